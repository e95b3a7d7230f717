// The snapshot job as a list of idempotent steps with a checkpoint (code-style: "Long jobs are
// explicit"). The plan is a pure function of the job, so the checkpoint holds only an index.
import type { Term } from '../school';
import type { SnapshotLink, SnapshotTrigger } from './manifest';
import { utf8Encode } from './utf8';

/** What one class contributes; adding the PDF book (or anything else) is one entry here. */
export const CLASS_STEP_KINDS = ['copy', 'xlsx', 'pdf'] as const;
export type ClassStepKind = (typeof CLASS_STEP_KINDS)[number];

export type Step =
  | { kind: 'reconcile' }
  | { kind: 'folder' }
  | { kind: 'audit' }
  | { kind: ClassStepKind; classId: string }
  | { kind: 'manifest' }
  | { kind: 'sums' }
  | { kind: 'complete' };

export interface SnapshotRequest {
  reason: string;
  trigger: SnapshotTrigger;
  term: Term | null;
  requestedBy: string;
  /** ISO UTC ms. */
  requestedAt: string;
  /** Identifies an automatic request (e.g. "window:<id>@<end>") so it is taken only once. */
  key?: string | null;
}

/** The checkpoint: everything a later execution needs to continue the same snapshot. */
export interface SnapshotJob {
  v: number;
  request: SnapshotRequest;
  id: string;
  folderName: string;
  /** ISO UTC ms: the snapshot's time (its folder's date). */
  createdAt: string;
  folderId: string | null;
  classIds: string[];
  /** Class step kinds this job runs (without 'pdf' while no book renderer is available). */
  classSteps: ClassStepKind[];
  next: number;
  auditHead: { seq: number; hash: string } | null;
  previous: SnapshotLink | null;
  executions: number;
}

export const JOB_VERSION = 1;

export function planSteps(job: Pick<SnapshotJob, 'classIds' | 'classSteps'>): Step[] {
  const steps: Step[] = [{ kind: 'reconcile' }, { kind: 'folder' }, { kind: 'audit' }];
  for (const classId of job.classIds)
    for (const kind of CLASS_STEP_KINDS)
      if (job.classSteps.includes(kind)) steps.push({ kind, classId });
  steps.push({ kind: 'manifest' }, { kind: 'sums' }, { kind: 'complete' });
  return steps;
}

export function stepLabel(step: Step): string {
  return 'classId' in step ? `${step.kind}:${step.classId}` : step.kind;
}

/** Script properties hold at most 9 KB per value (apps-script-facts, quotas). */
export const CHECKPOINT_LIMIT_BYTES = 9 * 1024;

export function encodeJob(job: SnapshotJob): string {
  const text = JSON.stringify(job);
  const size = utf8Encode(text).length;
  if (size > CHECKPOINT_LIMIT_BYTES)
    throw new Error(
      `Snapshot checkpoint too large: ${size} bytes (limit ${CHECKPOINT_LIMIT_BYTES})`,
    );
  return text;
}

export function decodeJob(text: string | null): SnapshotJob | null {
  if (!text) return null;
  const job = JSON.parse(text) as SnapshotJob;
  if (job.v !== JOB_VERSION) throw new Error(`Snapshot checkpoint: unknown version ${job.v}`);
  return job;
}

export function encodeQueue(queue: readonly SnapshotRequest[]): string {
  const text = JSON.stringify(queue);
  if (utf8Encode(text).length > CHECKPOINT_LIMIT_BYTES)
    throw new Error(`Snapshot queue too large: ${queue.length} requests`);
  return text;
}

export function decodeQueue(text: string | null): SnapshotRequest[] {
  return text ? (JSON.parse(text) as SnapshotRequest[]) : [];
}
