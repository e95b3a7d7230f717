// "Cập nhật tổng hợp": for each class workbook, one batch read of every tab's student rows, the
// rules engine, one batch write of `Tổng hợp`, the subject averages and (TT22) the year conduct.
import { CLASSES, SUBJECTS } from '../../domain/control';
import { a1Range, classLayout, type ClassLayout } from '../../domain/layout';
import { computeSummary, subjectsOfGrade, type TabGrid } from '../../domain/setup';
import type { GradeOutput } from '../../domain/rules';
import { readSettings, readTab, type ControlStore } from '../ports/control-store';
import { parseRoster } from './existing';
import type { Workbooks } from './ports';

export interface ClassSummary {
  classId: string;
  students: number;
  output: GradeOutput;
}

export function recomputeSummaries(
  deps: { store: ControlStore; workbooks: Workbooks },
  onlyClassIds: readonly string[] | null = null,
): ClassSummary[] {
  const { settings } = readSettings(deps.store);
  const classes = readTab(deps.store, CLASSES).items;
  const subjects = readTab(deps.store, SUBJECTS).items;
  const out: ClassSummary[] = [];
  for (const cls of classes) {
    if (!cls.workbookId || (onlyClassIds && !onlyClassIds.includes(cls.id))) continue;
    const defs = subjectsOfGrade(subjects, cls.grade);
    const layout = classLayout(cls, defs, { schoolYear: settings.schoolYear });
    const grid = readGrid(deps.workbooks, cls.workbookId, layout);
    const rows = parseRoster(layout, grid.get(layout.tabs[0]!.name) ?? []).map((s) => s.row);
    const { output, writes } = computeSummary(layout, defs, grid, rows);
    deps.workbooks.writeValues(cls.workbookId, writes);
    out.push({ classId: cls.id, students: rows.length, output });
  }
  return out;
}

/** Every tab's student rows in one batchGet. */
export function readGrid(workbooks: Workbooks, id: string, layout: ClassLayout): TabGrid {
  const last = layout.firstStudentRow + layout.capacity - 1;
  const ranges = layout.tabs.map((t) =>
    a1Range(t.name, layout.firstStudentRow, 1, last, t.columns.length),
  );
  const values = workbooks.readValues(id, ranges);
  return new Map(layout.tabs.map((t, i) => [t.name, values[i] ?? []]));
}
