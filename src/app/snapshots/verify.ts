// "Kiểm tra lưu trữ": recomputes every checksum from Drive, checks each Sheets copy is still
// read-only and unchanged, the chain between snapshots, and that every indexed snapshot still exists.
import { describeProblem, MSG } from '../../domain/archive/messages';
import { decodeJob } from '../../domain/archive/plan';
import {
  type ChainMember,
  type Problem,
  verifyChain,
  verifySnapshotFiles,
} from '../../domain/archive/verify';
import { isComplete, PROP, snapshotFolders } from './folders';
import { JOB_KEY } from './job';
import { SNAP_MSG } from './messages';
import type { DriveItem, SnapshotDeps } from './ports';
import { readSchoolFacts } from './school-facts';
import { valuesFingerprint } from './steps';

export interface SnapshotReport {
  snapshotId: string;
  folderName: string;
  status: 'complete' | 'writing' | 'interrupted';
  problems: string[];
}

export interface ArchiveReport {
  snapshots: SnapshotReport[];
  /** Index rows whose folder is gone. */
  missing: string[];
  ok: boolean;
  text: string;
}

/** Checks one snapshot folder's files and copies (not the chain). */
export function checkFolder(
  deps: SnapshotDeps,
  folder: DriveItem,
): { problems: Problem[]; member: ChainMember; extra: string[] } {
  const files = deps.drive.listFiles(folder.id);
  const bytesFiles = files.filter((f) => !f.isSpreadsheet);
  const byName = new Map(bytesFiles.map((f) => [f.name, f]));
  const check = verifySnapshotFiles(
    { names: [...byName.keys()], read: (name) => deps.drive.readFile(byName.get(name)!.id) },
    deps.sha256,
  );
  const problems = [...check.problems];
  const extra: string[] = [];
  for (const cls of check.manifest?.classes ?? []) {
    if (!cls.copy) continue;
    const copy = files.find((f) => f.id === cls.copy!.driveId && f.isSpreadsheet);
    const readOnly = copy ? deps.drive.isReadOnly(copy.id) : null;
    if (!copy || readOnly === null) problems.push({ kind: 'copy-missing', classId: cls.classId });
    else {
      if (!readOnly) problems.push({ kind: 'copy-writable', classId: cls.classId });
      if (valuesFingerprint(deps, copy.id) !== cls.copy.valuesSha256)
        problems.push({ kind: 'copy-changed', classId: cls.classId });
    }
  }
  const recorded = folder.props[PROP.manifestSha256];
  if (recorded && check.manifestSha256 && recorded !== check.manifestSha256)
    extra.push(SNAP_MSG.manifestChanged);
  const prevId = folder.props[PROP.prevId];
  return {
    problems,
    extra,
    member: {
      snapshotId: folder.props[PROP.snapshotId] ?? '',
      // The link as recorded when the folder was made (script-only), else as the manifest says.
      previous: prevId
        ? { snapshotId: prevId, manifestSha256: folder.props[PROP.prevSha] ?? '' }
        : (check.manifest?.previous ?? null),
      // The chain is checked against the manifests as they are now.
      manifestSha256: check.manifestSha256,
    },
  };
}

export function verifyArchiveFolders(deps: SnapshotDeps): ArchiveReport {
  const facts = readSchoolFacts(deps.control);
  const root = deps.drive.archiveFolder(facts.settings.yearFolderId, null);
  const folders = root ? snapshotFolders(deps.drive.listFolders(root)) : [];
  const running = decodeJob(deps.store.get(JOB_KEY));
  const snapshots: SnapshotReport[] = [];
  const members: ChainMember[] = [];
  for (const folder of folders) {
    const snapshotId = folder.props[PROP.snapshotId] ?? '';
    if (!isComplete(folder)) {
      const isRunning = running?.id === snapshotId;
      snapshots.push({
        snapshotId,
        folderName: folder.name,
        status: isRunning ? 'writing' : 'interrupted',
        problems: isRunning ? [SNAP_MSG.inProgress] : [describeProblem({ kind: 'incomplete' })],
      });
      continue;
    }
    const { problems, member, extra } = checkFolder(deps, folder);
    members.push(member);
    snapshots.push({
      snapshotId,
      folderName: folder.name,
      status: 'complete',
      problems: [...problems.map(describeProblem), ...extra],
    });
  }
  for (const [id, problems] of verifyChain(members))
    snapshots.find((s) => s.snapshotId === id)?.problems.push(...problems.map(describeProblem));
  const present = new Set(folders.map((f) => f.props[PROP.snapshotId]));
  const missing = facts.index
    .filter((r) => r.status === 'complete' && !present.has(r.id))
    .map((r) => SNAP_MSG.folderGone(r.id, r.note.split(' · ')[0] ?? ''));
  const bad = snapshots.filter((s) => s.status !== 'writing' && s.problems.length > 0);
  const ok = bad.length === 0 && missing.length === 0;
  const lines = ok
    ? [MSG.verifyAllGood(snapshots.length)]
    : [
        MSG.verifyFound(snapshots.length, bad.length + missing.length),
        ...missing.map((m) => `• ${m}`),
        ...bad.flatMap((s) => [
          `• «Lưu trữ/${s.folderName}» (${s.snapshotId}):`,
          ...s.problems.map((p) => `   – ${p}`),
        ]),
      ];
  return { snapshots, missing, ok, text: lines.join('\n') };
}
