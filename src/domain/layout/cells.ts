// Lookups over a layout: the cell of a score for a student row, and the score a cell holds.
import { a1Cell } from './a1';
import type { CellAddress, ClassLayout, ColumnDef, ScoreRef, TabLayout } from './types';

/** Canonical string of a ref, e.g. `toan/1/regular/2`, `-/1/attendance/9-15`. */
export function refKey(ref: ScoreRef): string {
  const base = `${ref.subjectId ?? '-'}/${ref.term}/${ref.field}`;
  if (ref.field === 'attendance') return `${base}/${ref.month ?? 0}-${ref.day ?? 0}`;
  return ref.index === undefined ? base : `${base}/${ref.index}`;
}

interface Index {
  byRef: Map<string, { tab: TabLayout; column: ColumnDef }>;
  byCell: Map<string, Map<number, ColumnDef>>;
}

const indexes = new WeakMap<ClassLayout, Index>();

function indexOf(layout: ClassLayout): Index {
  const cached = indexes.get(layout);
  if (cached) return cached;
  const byRef = new Map<string, { tab: TabLayout; column: ColumnDef }>();
  const byCell = new Map<string, Map<number, ColumnDef>>();
  for (const tab of layout.tabs) {
    const cols = new Map<number, ColumnDef>();
    for (const column of tab.columns) {
      cols.set(column.col, column);
      if (column.ref) byRef.set(refKey(column.ref), { tab, column });
    }
    byCell.set(tab.name, cols);
  }
  const index = { byRef, byCell };
  indexes.set(layout, index);
  return index;
}

export function tabOf(layout: ClassLayout, name: string): TabLayout | undefined {
  return layout.tabs.find((t) => t.name === name);
}

export function subjectTabOf(layout: ClassLayout, subjectId: string): TabLayout | undefined {
  return layout.tabs.find((t) => t.kind === 'subject' && t.subjectId === subjectId);
}

/** Where a score lives for the student in `studentRow`; throws when the layout has no such field. */
export function scoreCell(layout: ClassLayout, ref: ScoreRef, studentRow: number): CellAddress {
  const hit = indexOf(layout).byRef.get(refKey(ref));
  if (!hit) throw new Error(`scoreCell: no column for ${refKey(ref)} in ${layout.classId}`);
  if (studentRow < layout.firstStudentRow)
    throw new Error(`scoreCell: row ${studentRow} is a header row in ${layout.classId}`);
  const sheet = hit.tab.name;
  const col = hit.column.col;
  return { sheet, row: studentRow, col, a1: a1Cell(sheet, studentRow, col) };
}

/** The column of a ref, or undefined when the layout has none. */
export function columnOf(layout: ClassLayout, ref: ScoreRef): number | undefined {
  return indexOf(layout).byRef.get(refKey(ref))?.column.col;
}

/** Reverse lookup (reconciliation): the score a cell holds, or null for keys, headers, summary. */
export function fieldAt(
  layout: ClassLayout,
  sheet: string,
  row: number,
  col: number,
): ScoreRef | null {
  if (row < layout.firstStudentRow) return null;
  return indexOf(layout).byCell.get(sheet)?.get(col)?.ref ?? null;
}

/** The column definition at a cell's column (any row), or null. */
export function columnAt(layout: ClassLayout, sheet: string, col: number): ColumnDef | null {
  return indexOf(layout).byCell.get(sheet)?.get(col) ?? null;
}

/** Every ref of a tab, in column order. */
export function refsOf(tab: TabLayout): ScoreRef[] {
  return tab.columns.flatMap((c) => (c.ref ? [c.ref] : []));
}
