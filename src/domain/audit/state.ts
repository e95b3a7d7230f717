// The last reconciled state of a class workbook (kept where only the system account can read it):
// tab names, key columns and every tracked value by (student id, field).
import type { ScoreValue } from './observe';

export const STATE_VERSION = 1;

export interface ReconciledState {
  v: number;
  classId: string;
  layoutVersion: number;
  /** When this state was reconciled (ISO UTC ms). */
  at: string;
  /** Drive modifiedTime of the workbook read for this state (skip when unchanged). */
  sourceModified: string | null;
  tabNames: string[];
  keys: Record<string, string[]>;
  /** studentId → refKey → value (non-empty only). */
  values: Record<string, Record<string, ScoreValue>>;
}

/** The state of a workbook nobody has touched yet: the values setup wrote. */
export function emptyState(classId: string, layoutVersion: number, at: string): ReconciledState {
  return {
    v: STATE_VERSION,
    classId,
    layoutVersion,
    at,
    sourceModified: null,
    tabNames: [],
    keys: {},
    values: {},
  };
}

export function valueIn(
  state: Pick<ReconciledState, 'values'>,
  studentId: string,
  key: string,
): ScoreValue {
  return state.values[studentId]?.[key] ?? '';
}
