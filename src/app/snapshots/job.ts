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
} from '../../domain/archive/plan';
import { PROP, snapshotFolders } from './folders';
import type { SnapshotDeps } from './ports';
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

/**
 * Runs queued and unfinished snapshots until done or until the time budget is low. The caller
 * holds the script lock (two executions must never write the same snapshot).
 */
export function runSnapshotJobs(deps: SnapshotDeps): RunResult {
  const result: RunResult = { completed: [], pending: null };
  let job = decodeJob(deps.store.get(JOB_KEY));
  let queue: SnapshotRequest[] | null = null;
  let facts: SchoolFacts | null = null;
  for (;;) {
    if (!job) {
      queue ??= decodeQueue(deps.store.get(QUEUE_KEY));
      const request = queue.shift();
      if (!request) return result;
      facts ??= readSchoolFacts(deps.control);
      job = startJob(deps, request, facts);
      deps.store.set(JOB_KEY, encodeJob(job));
      deps.store.set(QUEUE_KEY, encodeQueue(queue));
    }
    facts ??= readSchoolFacts(deps.control);
    job.executions += 1;
    const ctx: RunContext = { deps, job, facts, items: null };
    const steps = planSteps(job);
    while (job.next < steps.length) {
      if (deps.timeLeftMs() < STEP_RESERVE_MS) {
        deps.store.set(JOB_KEY, encodeJob(job));
        result.pending = pendingOf(job, steps.length);
        return result;
      }
      const finished = runStep(ctx, steps[job.next]!);
      if (finished) job.next += 1;
      deps.store.set(JOB_KEY, encodeJob(job));
      if (!finished) {
        result.pending = pendingOf(job, steps.length);
        return result;
      }
    }
    deps.store.delete(JOB_KEY);
    result.completed.push(job.folderName);
    job = null;
    facts = readSchoolFacts(deps.control); // the index changed
  }
}

/** The longest an execution can hold the lease: Apps Script stops every execution at 6 minutes. */
export const LEASE_MS = 6.5 * 60_000;

/** Runs the jobs under the lease; null when another execution is already running them. */
export function continueSnapshots(deps: SnapshotDeps): RunResult | null {
  if (!deps.lease.acquire(LEASE_MS)) return null;
  try {
    return runSnapshotJobs(deps);
  } finally {
    deps.lease.release();
  }
}

/** Cheap check for the tick: is anything queued or unfinished? */
export function hasSnapshotWork(deps: Pick<SnapshotDeps, 'store'>): boolean {
  return deps.store.get(JOB_KEY) !== null || decodeQueue(deps.store.get(QUEUE_KEY)).length > 0;
}
