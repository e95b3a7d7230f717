// Late edits: a value typed into a block after its deadline but before the lock landed
// (architecture: entry windows and locking). Known to be late → revert; not known → flag for the
// principal; never silent. The audit area supplies the captured edits (time and actor when an
// edit event was seen; otherwise the interval between two reconciliations).
import type { Block } from '../layout/types';
import type { BlockRef, PermissionFacts } from './facts';
import { norm, whoCouldEdit } from './facts';
import { transitions } from '../windows/queries';

export type CellValue = string | number | boolean | null;

export interface CapturedEdit {
  id: string;
  classId: string;
  sheet: string;
  /** 1-based row and column of the cell. */
  row: number;
  col: number;
  /** When it was made, if an edit event saw it (ISO). */
  at: string | null;
  /** Otherwise: it happened in (after, before] (the reconciliations around it). */
  after: string | null;
  before: string | null;
  actor: string | null;
  old: CellValue;
  new: CellValue;
}

export type LateVerdict =
  | { kind: 'ok'; blockId: string | null }
  | { kind: 'revert'; blockId: string }
  | { kind: 'flag'; blockId: string };

export function blockAt(blocks: readonly Block[], sheet: string, row: number, col: number) {
  return blocks.find(
    (b) =>
      b.sheet === sheet &&
      b.rows.from <= row &&
      row <= b.rows.to &&
      b.cols.from <= col &&
      col <= b.cols.to,
  );
}

function allowed(facts: PermissionFacts, classId: string, b: BlockRef, who: string, at: number) {
  const e = whoCouldEdit(facts, classId, b, at);
  return who === e.system || e.admins.includes(who) || e.teachers.includes(who);
}

function anyTeacherAllowed(facts: PermissionFacts, classId: string, b: BlockRef, at: number) {
  return whoCouldEdit(facts, classId, b, at).teachers.length > 0;
}

/**
 * @param lastSync when this class's protections were last applied (epoch ms), or null. A lock
 *   "had landed" at t when a sync happened between the block's closing and t.
 */
export function judgeEdit(
  facts: PermissionFacts,
  blocks: readonly Block[],
  edit: CapturedEdit,
  lastSync: number | null,
): LateVerdict {
  const b = blockAt(blocks, edit.sheet, edit.row, edit.col);
  if (!b || b.editor === 'admin' || b.group === null) return { kind: 'ok', blockId: b?.id ?? null };
  const actor = edit.actor === null ? null : norm(edit.actor);
  if (edit.at !== null) {
    const t = Date.parse(edit.at);
    if (actor !== null) {
      return allowed(facts, edit.classId, b, actor, t)
        ? { kind: 'ok', blockId: b.id }
        : { kind: 'revert', blockId: b.id };
    }
    if (anyTeacherAllowed(facts, edit.classId, b, t)) return { kind: 'ok', blockId: b.id };
    // Closed at t. If the lock had landed by t only admins could type it; else it slipped in.
    const closedSince = lastClosingBefore(facts, edit.classId, b, t);
    const landed =
      lastSync !== null && closedSince !== null && closedSince <= lastSync && lastSync <= t;
    return landed ? { kind: 'ok', blockId: b.id } : { kind: 'revert', blockId: b.id };
  }
  if (actor !== null && (facts.admins.map(norm).includes(actor) || actor === norm(facts.system))) {
    return { kind: 'ok', blockId: b.id };
  }
  const from = edit.after === null ? Number.NEGATIVE_INFINITY : Date.parse(edit.after);
  // Never open to any teacher up to then: no protection ever let a teacher in, so only admins or
  // the system wrote it (a block closed only since `after` may still have been unlocked: flag).
  const until = edit.before === null ? Number.POSITIVE_INFINITY : Date.parse(edit.before);
  if (closedThroughout(facts, edit.classId, b, Number.NEGATIVE_INFINITY, until)) {
    return { kind: 'ok', blockId: b.id };
  }
  if (edit.before === null) return { kind: 'flag', blockId: b.id };
  const to = Date.parse(edit.before);
  return openThroughout(facts, edit.classId, b, from, to)
    ? { kind: 'ok', blockId: b.id }
    : { kind: 'flag', blockId: b.id };
}

/** The latest moment ≤ t when the block went from open to closed for its teachers. */
function lastClosingBefore(
  facts: PermissionFacts,
  classId: string,
  b: BlockRef,
  t: number,
): number | null {
  const times = [
    ...transitions(facts.windows).map((x) => Date.parse(x.at)),
    ...facts.assignments
      .flatMap((a) => [a.from, a.to])
      .map((x) => (x === null ? NaN : Date.parse(x))),
  ]
    .filter((x) => !Number.isNaN(x) && x <= t)
    .sort((a, z) => z - a);
  for (const x of times) {
    if (!anyTeacherAllowed(facts, classId, b, x) && anyTeacherAllowed(facts, classId, b, x - 1))
      return x;
  }
  return null;
}

/** Open for some teacher at every moment of (from, to]: checked at each change point. */
function openThroughout(
  facts: PermissionFacts,
  classId: string,
  b: BlockRef,
  from: number,
  to: number,
): boolean {
  const points = transitions(facts.windows)
    .map((x) => Date.parse(x.at))
    .filter((x) => x > from && x <= to);
  const start = Number.isFinite(from) ? from + 1 : to;
  return [start, to, ...points].every((x) => anyTeacherAllowed(facts, classId, b, x));
}

/** Closed to every teacher at every moment of (from, to]: checked at each change point. */
function closedThroughout(
  facts: PermissionFacts,
  classId: string,
  b: BlockRef,
  from: number,
  to: number,
): boolean {
  const points = [
    ...transitions(facts.windows).map((x) => Date.parse(x.at)),
    ...facts.assignments
      .flatMap((a) => [a.from, a.to])
      .map((x) => (x === null ? NaN : Date.parse(x))),
  ].filter((x) => !Number.isNaN(x) && x > from && x <= to);
  const start = Number.isFinite(from)
    ? from + 1
    : Math.min(...points, Number.isFinite(to) ? to : 0);
  return [start, ...points].every((x) => !anyTeacherAllowed(facts, classId, b, x));
}
