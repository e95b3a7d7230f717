// The snapshot's steps, each idempotent: run again after an interruption, a step finds what an
// earlier attempt left in the snapshot folder (by the script-only Drive properties) and completes
// it; it never replaces, renames or deletes anything.
import { canonicalJson } from '../../domain/audit/canonical';
import {
  buildManifest,
  type ManifestClass,
  manifestBytes,
  parseManifest,
  sumsFor,
} from '../../domain/archive/manifest';
import {
  snapshotIdentity,
  AUDIT_NAME,
  type ClassFileNames,
  classFileNames,
  MANIFEST_NAME,
  SUMS_NAME,
} from '../../domain/archive/naming';
import type { SnapshotJob, Step } from '../../domain/archive/plan';
import { utf8Decode, utf8Encode } from '../../domain/archive/utf8';
import { verifySnapshotFiles } from '../../domain/archive/verify';
import { describeProblem } from '../../domain/archive/messages';
import { folderStamp } from '../../domain/archive/localtime';
import type { ClassInfo } from '../../domain/school';
import { SNAP_MSG, PDF_MIME, XLSX_MIME } from './messages';
import { type DriveItem, isPromise, type Maybe, type SnapshotDeps } from './ports';
import { type SchoolFacts, termCode, upsertIndexRow } from './school-facts';
import { latestComplete, PROP } from './folders';

export class SnapshotStepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotStepError';
  }
}

export interface RunContext {
  deps: SnapshotDeps;
  job: SnapshotJob;
  facts: SchoolFacts;
  /** Files of the snapshot folder by name, read once per execution and kept up to date. */
  items: Map<string, DriveItem> | null;
}

function jobClass(ctx: RunContext, classId: string): ClassInfo {
  const cls = ctx.facts.classes.find((c) => c.id === classId);
  if (!cls) throw new SnapshotStepError(SNAP_MSG.missingClass(classId));
  return cls;
}

export function jobFileNames(ctx: RunContext): Map<string, ClassFileNames> {
  const classes = ctx.job.classIds.map((id) => jobClass(ctx, id));
  return classFileNames(classes, folderStamp(Date.parse(ctx.job.createdAt)));
}

function folderId(ctx: RunContext): string {
  if (!ctx.job.folderId) throw new Error(`Snapshot ${ctx.job.id}: folder step not done`);
  return ctx.job.folderId;
}

function items(ctx: RunContext): Map<string, DriveItem> {
  if (!ctx.items)
    ctx.items = new Map(ctx.deps.drive.listFiles(folderId(ctx)).map((i) => [i.name, i]));
  return ctx.items;
}

/** Writes a byte file once; a file of that name already in the folder is kept, only re-locked. */
function writeOnce(ctx: RunContext, name: string, mime: string, make: () => Uint8Array): void {
  const { drive } = ctx.deps;
  const existing = items(ctx).get(name);
  let id = existing?.id;
  if (!id) {
    id = drive.createFile(folderId(ctx), name, mime, make());
    items(ctx).set(name, { id, name, isSpreadsheet: false, props: {} });
    drive.addViewers(id, ctx.facts.viewers);
  }
  drive.restrictReadOnly(id, restrictionReason(ctx));
}

function restrictionReason(ctx: RunContext): string {
  return `Bản lưu trữ ${ctx.job.id} (${ctx.job.folderName}): chỉ đọc, không sửa.`;
}

/** The names of every byte file this job writes besides manifest.json and SHA256SUMS. */
export function expectedFiles(ctx: RunContext): string[] {
  const names = jobFileNames(ctx);
  const out = [AUDIT_NAME];
  for (const id of ctx.job.classIds) {
    const n = names.get(id)!;
    if (ctx.job.classSteps.includes('xlsx')) out.push(n.xlsx);
    if (ctx.job.classSteps.includes('pdf')) out.push(n.pdf);
  }
  return out;
}

function copyOf(ctx: RunContext, classId: string): DriveItem | undefined {
  for (const item of items(ctx).values())
    if (item.isSpreadsheet && item.props[PROP.classId] === classId) return item;
  return undefined;
}

/** SHA-256 of every tab's values of a Sheets copy: detects an edit even if the lock is restored. */
export function valuesFingerprint(deps: SnapshotDeps, spreadsheetId: string): string {
  const tabs = deps.drive.readSheetValues(spreadsheetId);
  return deps.sha256(utf8Encode(canonicalJson(tabs)));
}

function runFolder(ctx: RunContext): void {
  const { deps, job } = ctx;
  if (job.folderId) return;
  const root = deps.drive.archiveFolder(ctx.facts.settings.yearFolderId, ctx.facts.viewers);
  if (!root) throw new Error(`Snapshot ${job.id}: no archive folder`);
  const folders = deps.drive.listFolders(root);
  const mine = folders.find((f) => f.props[PROP.snapshotId] === job.id);
  if (mine) {
    // Created by an attempt that stopped before its checkpoint: take its recorded head and link.
    job.folderId = mine.id;
    job.auditHead = {
      seq: Number(mine.props[PROP.auditSeq]),
      hash: mine.props[PROP.auditHash] ?? '',
    };
    const prevId = mine.props[PROP.prevId];
    job.previous = prevId
      ? { snapshotId: prevId, manifestSha256: mine.props[PROP.prevSha] ?? '' }
      : null;
    return;
  }
  if (folders.some((f) => f.name === job.folderName)) {
    // Someone made a folder of that name since the job started: nothing of ours is written yet,
    // so this snapshot takes the next free name; the other folder is left as it is.
    const taken = {
      ids: new Set([
        ...ctx.facts.index.map((r) => r.id),
        ...folders.map((f) => f.props[PROP.snapshotId] ?? ''),
      ]),
      folderNames: new Set(folders.map((f) => f.name)),
    };
    const again = snapshotIdentity(Date.parse(job.createdAt), job.request.reason, taken);
    job.id = again.id;
    job.folderName = again.folderName;
  }
  job.auditHead = deps.audit.head();
  job.previous = latestComplete(folders);
  const props: Record<string, string> = {
    [PROP.snapshotId]: job.id,
    [PROP.status]: 'writing',
    [PROP.createdAt]: job.createdAt,
    [PROP.auditSeq]: String(job.auditHead.seq),
    [PROP.auditHash]: job.auditHead.hash,
  };
  if (job.previous) {
    props[PROP.prevId] = job.previous.snapshotId;
    props[PROP.prevSha] = job.previous.manifestSha256;
  }
  job.folderId = deps.drive.createFolder(root, job.folderName, props);
  deps.drive.addViewers(job.folderId, ctx.facts.viewers);
  upsertIndexRow(deps.control, indexRow(ctx, 'writing', null, null));
}

export function indexRow(
  ctx: RunContext,
  status: 'writing' | 'complete',
  fileCount: number | null,
  sha256: string | null,
  manifestId = '',
) {
  const { job } = ctx;
  return {
    id: job.id,
    at: job.createdAt,
    reason: job.request.reason,
    folderId: job.folderId ?? '',
    manifestId,
    sha256: sha256 ?? '',
    createdBy: job.request.requestedBy,
    note: [job.folderName, job.request.key ?? ''].filter(Boolean).join(' · '),
    term: termCode(job.request.term),
    fileCount,
    status,
  };
}

function runCopy(ctx: RunContext, classId: string): void {
  const { drive } = ctx.deps;
  const cls = jobClass(ctx, classId);
  let copy = copyOf(ctx, classId);
  if (!copy) {
    const name = jobFileNames(ctx).get(classId)!.copy;
    const props = { [PROP.snapshotId]: ctx.job.id, [PROP.classId]: classId };
    const id = drive.copySpreadsheet(cls.workbookId ?? '', folderId(ctx), name, props);
    copy = { id, name, isSpreadsheet: true, props };
    items(ctx).set(name, copy);
  }
  // Sharing first: a content restriction is not an access restriction, but keep the order safe.
  drive.shareViewOnly(copy.id, ctx.facts.viewers);
  drive.restrictReadOnly(copy.id, restrictionReason(ctx));
  if (!copy.props[PROP.valuesSha256]) {
    const sha = valuesFingerprint(ctx.deps, copy.id);
    drive.setProps(copy.id, { [PROP.valuesSha256]: sha });
    copy.props = { ...copy.props, [PROP.valuesSha256]: sha };
  }
}

function runXlsx(ctx: RunContext, classId: string): void {
  const copy = copyOf(ctx, classId);
  if (!copy) throw new Error(`Snapshot ${ctx.job.id}: no copy of ${classId} before its XLSX`);
  const name = jobFileNames(ctx).get(classId)!.xlsx;
  // Exported from the read-only copy, so the XLSX is exactly the archived copy.
  writeOnce(ctx, name, XLSX_MIME, () => ctx.deps.drive.exportXlsx(copy.id));
}

function runPdf(ctx: RunContext, classId: string): Maybe<void> {
  const render = ctx.deps.renderBook;
  if (!render) throw new SnapshotStepError('Chưa có chức năng in sổ (PDF) trong phiên bản này.');
  const name = jobFileNames(ctx).get(classId)!.pdf;
  const done = items(ctx).get(name);
  if (done) return ctx.deps.drive.restrictReadOnly(done.id, restrictionReason(ctx));
  const bytes = render(jobClass(ctx, classId), ctx.job.request.term);
  if (isPromise(bytes)) return bytes.then((b) => writeOnce(ctx, name, PDF_MIME, () => b));
  writeOnce(ctx, name, PDF_MIME, () => bytes);
}

function runManifest(ctx: RunContext): void {
  const { deps, job } = ctx;
  const done = items(ctx).get(MANIFEST_NAME);
  if (done) return deps.drive.restrictReadOnly(done.id, restrictionReason(ctx));
  const files = expectedFiles(ctx).map((name) => {
    const item = items(ctx).get(name);
    if (!item)
      throw new SnapshotStepError(`Thiếu tệp «${name}» trong «Lưu trữ/${job.folderName}».`);
    const bytes = deps.drive.readFile(item.id);
    return { name, bytes: bytes.length, sha256: deps.sha256(bytes) };
  });
  const names = jobFileNames(ctx);
  const classes: ManifestClass[] = job.classIds.map((id) => {
    const cls = jobClass(ctx, id);
    const copy = copyOf(ctx, id);
    const n = names.get(id)!;
    return {
      classId: id,
      name: cls.name,
      grade: cls.grade,
      ruleSet: cls.ruleSet,
      copy: copy
        ? { driveId: copy.id, name: copy.name, valuesSha256: copy.props[PROP.valuesSha256] ?? '' }
        : null,
      files: [
        ...(job.classSteps.includes('xlsx') ? [n.xlsx] : []),
        ...(job.classSteps.includes('pdf') ? [n.pdf] : []),
      ],
    };
  });
  const manifest = buildManifest({
    snapshotId: job.id,
    createdAt: job.createdAt,
    reason: job.request.reason,
    trigger: job.request.trigger,
    createdBy: job.request.requestedBy,
    schoolYear: ctx.facts.settings.schoolYear,
    term: job.request.term,
    folder: job.folderName,
    classes,
    files,
    auditHead: job.auditHead ?? { seq: 0, hash: '0'.repeat(64) },
    previous: job.previous,
  });
  writeOnce(ctx, MANIFEST_NAME, 'application/json', () => manifestBytes(manifest));
}

function runSums(ctx: RunContext): void {
  const { deps } = ctx;
  // Not text/plain: a save or download must keep the exact name SHA256SUMS (no added .txt).
  writeOnce(ctx, SUMS_NAME, 'application/octet-stream', () => {
    const item = items(ctx).get(MANIFEST_NAME);
    if (!item) throw new Error(`Snapshot ${ctx.job.id}: no manifest before SHA256SUMS`);
    const bytes = deps.drive.readFile(item.id);
    const parsed = parseManifest(utf8Decode(bytes));
    if (!parsed.ok) throw new Error(`Snapshot ${ctx.job.id}: manifest unreadable: ${parsed.error}`);
    return utf8Encode(sumsFor(parsed.manifest, deps.sha256(bytes)));
  });
}

function runComplete(ctx: RunContext): void {
  const { deps, job } = ctx;
  const present = [...items(ctx).values()].filter((i) => !i.isSpreadsheet);
  const byName = new Map(present.map((i) => [i.name, i]));
  const check = verifySnapshotFiles(
    {
      names: present.map((i) => i.name),
      read: (name) => deps.drive.readFile(byName.get(name)!.id),
    },
    deps.sha256,
  );
  const problems = check.problems.map(describeProblem);
  for (const id of job.classIds)
    if (job.classSteps.includes('copy') && !copyOf(ctx, id))
      problems.push(`Thiếu bản sao Google Sheets của lớp ${id}.`);
  if (problems.length > 0 || !check.manifestSha256)
    throw new SnapshotStepError(SNAP_MSG.incomplete(job.folderName, problems));
  deps.drive.setProps(folderId(ctx), {
    [PROP.status]: 'complete',
    [PROP.manifestSha256]: check.manifestSha256,
  });
  upsertIndexRow(
    deps.control,
    indexRow(ctx, 'complete', present.length, check.manifestSha256, byName.get(MANIFEST_NAME)!.id),
  );
  deps.auditSink.append([
    {
      at: new Date(deps.now()).toISOString(),
      kind: 'snapshot',
      actor: job.request.requestedBy || null,
      basis: job.request.trigger === 'on-demand' ? 'request' : 'system',
      term: job.request.term,
      reason: job.request.reason,
      ref: job.id,
      new: {
        folder: job.folderName,
        files: present.length,
        manifestSha256: check.manifestSha256,
        auditSeq: job.auditHead?.seq ?? 0,
      },
    },
  ]);
}

/** Runs one step; false when it ran out of time and must be run again (by the next execution). */
export function runStep(ctx: RunContext, step: Step): Maybe<boolean> {
  if (step.kind === 'reconcile') {
    const { deps } = ctx;
    return deps.audit.reconcile(deps.now() + deps.timeLeftMs() - RECONCILE_MARGIN_MS);
  }
  const ran = runOther(ctx, step);
  return isPromise(ran) ? ran.then(() => true) : true;
}

/** Time kept back from reconciliation so the checkpoint can still be written. */
const RECONCILE_MARGIN_MS = 15_000;

function runOther(ctx: RunContext, step: Exclude<Step, { kind: 'reconcile' }>): Maybe<void> {
  switch (step.kind) {
    case 'folder':
      return runFolder(ctx);
    case 'audit': {
      const head = ctx.job.auditHead;
      if (!head) throw new Error(`Snapshot ${ctx.job.id}: no audit head`);
      return writeOnce(ctx, AUDIT_NAME, 'application/x-ndjson', () =>
        utf8Encode(ctx.deps.audit.exportJsonl(head)),
      );
    }
    case 'copy':
      return runCopy(ctx, step.classId);
    case 'xlsx':
      return runXlsx(ctx, step.classId);
    case 'pdf':
      return runPdf(ctx, step.classId);
    case 'manifest':
      return runManifest(ctx);
    case 'sums':
      return runSums(ctx);
    case 'complete':
      return runComplete(ctx);
  }
}
