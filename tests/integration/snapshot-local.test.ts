// The local run's hooks: a snapshot taken as the school would, the workspace saved to disk by the
// emulator, and every snapshot folder there passing the system's `sha256sum -c SHA256SUMS`.
// Runs in a child process: the emulator's save refuses objects from jest's separate realm.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildServer } from '../../scripts/build';

let bundleDir = '';
beforeAll(async () => {
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sodiem-snapshot-local-'));
  await buildServer(bundleDir);
}, 120_000);

it('leaves snapshot folders on disk where sha256sum -c passes', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sodiem-out-'));
  const root = path.resolve(__dirname, '../..');
  const printed = execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(__dirname, 'snapshot-local.run.ts'), bundleDir, out],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const { taken, checks } = JSON.parse(printed.trim().split('\n').at(-1)!) as {
    taken: { completed: string[] };
    checks: Array<{ dir: string; ok: boolean; output: string }>;
  };
  expect(taken.completed).toEqual([expect.stringMatching(/ Chạy thử cục bộ$/)]);
  expect(checks).toHaveLength(1);
  expect(checks[0]!.dir).toContain(`${path.sep}Lưu trữ${path.sep}`);
  expect(checks[0]!.ok).toBe(true);
  expect(checks[0]!.output.match(/: OK$/gm)).toHaveLength(6); // 2 XLSX, 2 PDF, audit, manifest
  fs.rmSync(out, { recursive: true });
}, 180_000);
