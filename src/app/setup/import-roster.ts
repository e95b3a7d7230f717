// "Nhập danh sách học sinh": a roster table (another Google Sheet, or CSV text) → checked → the new
// students appended to `Học sinh`. Nothing is added while the table has problems.
import { type Cell, type Problem } from '../../domain/control';
import { importRoster, rowsToAdd, STUDENTS_HEADERS, STUDENTS_TAB } from '../../domain/setup';
import type { ControlStore } from '../ports/control-store';

export type ImportResult =
  { status: 'invalid'; problems: Problem[] } | { status: 'done'; read: number; added: number };

export function importRosterTable(
  store: ControlStore,
  source: { sheet: string; values: Cell[][]; classId?: string },
): ImportResult {
  const opts = source.classId === undefined ? {} : { classId: source.classId };
  const { students, problems } = importRoster(source.sheet, source.values, opts);
  if (problems.length > 0) return { status: 'invalid', problems };
  const current = store.readTabs([STUDENTS_TAB]).get(STUDENTS_TAB) ?? [];
  const rows = rowsToAdd(current.length > 0 ? current : [[...STUDENTS_HEADERS]], students);
  if (current.length === 0)
    store.replaceTabs([{ name: STUDENTS_TAB, values: [[...STUDENTS_HEADERS], ...rows] }]);
  else if (rows.length > 0) store.appendRows([{ name: STUDENTS_TAB, rows }]);
  return { status: 'done', read: students.length, added: rows.length };
}
