// Child process of snapshot-local.test.ts (plain Node, outside jest's realm, as the local run
// is): a school, a snapshot taken as the school would, the workspace saved to argv[3], and the
// result of `sha256sum -c` in every snapshot folder printed as JSON.
import { checkSnapshotsOnDisk, takeSnapshotLocally } from '../../scripts/snapshot-local';
import { CLERK, SYSTEM, useBundle } from './permissions-world';
import { makeSnapshotWorld } from './snapshot-world';

async function main(): Promise<void> {
  const [bundleDir, outDir] = process.argv.slice(2);
  if (!bundleDir || !outDir) throw new Error('usage: snapshot-local.run.ts <bundleDir> <outDir>');
  useBundle(bundleDir);
  const w = makeSnapshotWorld(['10A1', '10A2']);
  const taken = await takeSnapshotLocally(w.emu, w.control, 'Chạy thử cục bộ', {
    clerk: CLERK,
    system: SYSTEM,
  });
  w.emu.save(outDir);
  console.log(JSON.stringify({ taken, checks: checkSnapshotsOnDisk(outDir) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
