// Where the last reconciled state of each class workbook lives: one JSON file per class in the
// system-data folder (a 45-student, 14-subject book outgrows script properties' 9 KB per value),
// plus a small index of Drive modifiedTimes in script properties so unchanged books cost nothing.
import type { ReconciledState } from '../../domain/audit/state';
import type { SmallStore, SystemFiles } from './ports';

export const INDEX_KEY = 'sodiem.audit.reconciled';

export const stateFileName = (classId: string): string => `audit-state-${classId}.json`;

export type ReconcileIndex = Record<string, string>;

export function loadIndex(store: SmallStore): ReconcileIndex {
  const text = store.get(INDEX_KEY);
  return text ? (JSON.parse(text) as ReconcileIndex) : {};
}

export function saveIndex(store: SmallStore, index: ReconcileIndex): void {
  store.set(INDEX_KEY, JSON.stringify(index));
}

export function loadState(files: SystemFiles, classId: string): ReconciledState | null {
  const text = files.read(stateFileName(classId));
  return text ? (JSON.parse(text) as ReconciledState) : null;
}

export function saveState(files: SystemFiles, state: ReconciledState): void {
  files.write(stateFileName(state.classId), JSON.stringify(state));
}
