// The snapshot job: requests are queued, one job runs at a time, step by step with a checkpoint in
// script properties after every step, until the execution's time budget runs low; the next tick
// (or click) continues it. A snapshot is complete only when its last step has checked every file.
import { snapshotIdentity } from '../../domain/archive/naming';
import {
  type ClassStepKind,
  decodeJob,
  decodeQueue,
  encodeJob,
  encodeQueue,
  JOB_VERSION,
  planSteps,
  type SnapshotJob,
  type SnapshotRequest,
  type Step,
} from '../../domain/archive/plan';
import { PROP, snapshotFolders } from './folders';
import { isPromise, type Maybe, type SnapshotDeps } from './ports';
import { readSchoolFacts, type SchoolFacts } from './school-facts';
import { type RunContext, runStep } from './steps';

export const JOB_KEY = 'snapshot.job';
export const QUEUE_KEY = 'snapshot.queue';

/** Time a step may take at most (a manifest over 45 classes reads ~90 files): stop before it. */
export const STEP_RESERVE_MS = 45_000;

export interface RunResult {
  /** Snapshots completed by this execution (folder names). */
  completed: string[];
  /** The job left for a later execution, if any. */
  pending: { id: string; folderName: string; done: number; total: number } | null;
}

function pendingOf(job: SnapshotJob, total: number): NonNullable<RunResult['pending']> {
  return { id: job.id, folderName: job.folderName, done: job.next, total };
}

/** Queues a request; an automatic one already queued, running or archived is ignored. */
export function requestSnapshot(deps: SnapshotDeps, request: SnapshotRequest): boolean {
  const queue = decodeQueue(deps.store.get(QUEUE_KEY));
  if (request.key) {
    const job = decodeJob(deps.store.get(JOB_KEY));
    const seen =
      queue.some((q) => q.key === request.key) ||
      job?.request.key === request.key ||
      readSchoolFacts(deps.control).index.some((r) => r.note.includes(request.key ?? ''));
    if (seen) return false;
  }
  queue.push(request);
  deps.store.set(QUEUE_KEY, encodeQueue(queue));
  return true;
}

function startJob(deps: SnapshotDeps, request: SnapshotRequest, facts: SchoolFacts): SnapshotJob {
  const now = deps.now();
  const root = deps.drive.archiveFolder(facts.settings.yearFolderId, facts.viewers);
  const folders = root ? deps.drive.listFolders(root) : [];
  const taken = {
    ids: new Set([
      ...facts.index.map((r) => r.id),
      ...snapshotFolders(folders).map((f) => f.props[PROP.snapshotId] ?? ''),
    ]),
    folderNames: new Set(folders.map((f) => f.name)),
  };
  const identity = snapshotIdentity(now, request.reason, taken);
  const classSteps: ClassStepKind[] = ['copy', 'xlsx'];
  if (deps.renderBook) classSteps.push('pdf');
  const classIds = facts.classes
    .filter((c) => Boolean(c.workbookId))
    .sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'vi'))
    .map((c) => c.id);
  return {
    v: JOB_VERSION,
    request,
    id: identity.id,
    folderName: identity.folderName,
    createdAt: new Date(now).toISOString(),
    folderId: null,
    classIds,
    classSteps,
    next: 0,
    auditHead: null,
    previous: null,
    executions: 0,
  };
}

interface Loop {
  deps: SnapshotDeps;
  result: RunResult;
  job: SnapshotJob | null;
  queue: SnapshotRequest[] | null;
  facts: SchoolFacts | null;
  ctx: RunContext | null;
  steps: Step[];
}

/**
 * Runs queued and unfinished snapshots until done or until the time budget is low. The caller
 * holds the lease (two executions must never write the same snapshot). Synchronous unless a step
 * is (the PDF book): then the rest runs when it settles, and a promise of the result is returned.
 */
export function runSnapshotJobs(deps: SnapshotDeps): Maybe<RunResult> {
  const loop: Loop = {
    deps,
    result: { completed: [], pending: null },
    job: decodeJob(deps.store.get(JOB_KEY)),
    queue: null,
    facts: null,
    ctx: null,
    steps: [],
  };
  return drive(loop);
}

/** Opens the current or next job; false when there is none. */
function open(l: Loop): boolean {
  const { deps } = l;
  if (!l.job) {
    l.queue ??= decodeQueue(deps.store.get(QUEUE_KEY));
    const request = l.queue.shift();
    if (!request) return false;
    l.facts ??= readSchoolFacts(deps.control);
    l.job = startJob(deps, request, l.facts);
    deps.store.set(JOB_KEY, encodeJob(l.job));
    deps.store.set(QUEUE_KEY, encodeQueue(l.queue));
  }
  l.facts ??= readSchoolFacts(deps.control);
  l.job.executions += 1;
  l.ctx = { deps, job: l.job, facts: l.facts, items: null };
  l.steps = planSteps(l.job);
  return true;
}

/** After a step: checkpoint; false when the job must wait for a later execution. */
function after(l: Loop, job: SnapshotJob, finished: boolean): boolean {
  if (finished) job.next += 1;
  l.deps.store.set(JOB_KEY, encodeJob(job));
  if (!finished) l.result.pending = pendingOf(job, l.steps.length);
  return finished;
}

function drive(l: Loop): Maybe<RunResult> {
  const { deps } = l;
  for (;;) {
    if (!l.ctx && !open(l)) return l.result;
    const ctx = l.ctx!;
    const job = ctx.job;
    if (job.next >= l.steps.length) {
      deps.store.delete(JOB_KEY);
      l.result.completed.push(job.folderName);
      l.job = null;
      l.ctx = null;
      l.facts = readSchoolFacts(deps.control); // the index changed
      continue;
    }
    if (deps.timeLeftMs() < STEP_RESERVE_MS) {
      deps.store.set(JOB_KEY, encodeJob(job));
      l.result.pending = pendingOf(job, l.steps.length);
      return l.result;
    }
    const ran = runStep(ctx, l.steps[job.next]!);
    if (isPromise(ran))
      return ran.then((finished) => (after(l, job, finished) ? drive(l) : l.result));
    if (!after(l, job, ran)) return l.result;
  }
}

/** The longest an execution can hold the lease: Apps Script stops every execution at 6 minutes. */
export const LEASE_MS = 6.5 * 60_000;

/** Runs the jobs under the lease; null when another execution is already running them. */
export function continueSnapshots(deps: SnapshotDeps): Maybe<RunResult | null> {
  if (!deps.lease.acquire(LEASE_MS)) return null;
  let ran: Maybe<RunResult>;
  try {
    ran = runSnapshotJobs(deps);
  } catch (error) {
    deps.lease.release();
    throw error;
  }
  if (isPromise(ran)) return ran.finally(() => deps.lease.release());
  deps.lease.release();
  return ran;
}

/** Cheap check for the tick: is anything queued or unfinished? */
export function hasSnapshotWork(deps: Pick<SnapshotDeps, 'store'>): boolean {
  return deps.store.get(JOB_KEY) !== null || decodeQueue(deps.store.get(QUEUE_KEY)).length > 0;
}
