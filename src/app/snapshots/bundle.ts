// The archive bundle for the external drive / DVD (issue 8, item 6): one ZIP per snapshot holding
// the snapshot folder's byte files flat (the Sheets copies are represented by their XLSX), so that
// after unzipping `sha256sum -c SHA256SUMS` passes. Made only from a snapshot that verifies.
import { describeProblem } from '../../domain/archive/messages';
import { isComplete, PROP, snapshotFolders } from './folders';
import { SNAP_MSG } from './messages';
import type { SnapshotDeps } from './ports';
import { readSchoolFacts } from './school-facts';
import { checkFolder } from './verify';

export type BundleResult =
  | { ok: true; zipId: string; url: string; name: string; files: number; message: string }
  | { ok: false; message: string };

/** snapshotId '' means the newest complete snapshot. */
export function makeBundle(deps: SnapshotDeps, snapshotId: string): BundleResult {
  const facts = readSchoolFacts(deps.control);
  const root = deps.drive.archiveFolder(facts.settings.yearFolderId, null);
  const all = root ? deps.drive.listFolders(root) : [];
  const done = snapshotFolders(all).filter(isComplete);
  const folder = snapshotId
    ? done.find((f) => f.props[PROP.snapshotId] === snapshotId.trim())
    : done[done.length - 1];
  if (!folder) return { ok: false, message: SNAP_MSG.noSnapshot(snapshotId.trim()) };
  const { problems, extra } = checkFolder(deps, folder);
  // A changed Sheets copy does not touch the ZIP's files, but the bundle must not hide it either.
  if (problems.length > 0 || extra.length > 0)
    return {
      ok: false,
      message: [
        SNAP_MSG.bundleRefused(folder.name),
        ...problems.map(describeProblem),
        ...extra,
      ].join('\n'),
    };
  const files = deps.drive.listFiles(folder.id).filter((f) => !f.isSpreadsheet);
  const name = `${folder.name}.zip`;
  const made = deps.drive.zipFiles(
    files.map((f) => f.id),
    name,
  );
  return {
    ok: true,
    zipId: made.id,
    url: made.url,
    name,
    files: files.length,
    message: SNAP_MSG.bundleReady(name, files.length),
  };
}
