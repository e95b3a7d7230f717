// Reads what a class workbook already holds: the student rows of `Danh sách` (id, name, birth
// date, Số TT, leave date), in one batch read.
import { type Cell, parseDate, text } from '../../domain/control';
import { a1Range, type ClassLayout, ROSTER_COLUMNS, TAB } from '../../domain/layout';
import type { ExistingRow } from '../../domain/setup';
import type { Workbooks } from './ports';

export interface ExistingStudent extends ExistingRow {
  order: number | null;
  leftOn: string | null;
}

export function rosterRange(layout: ClassLayout): string {
  const lastCol = layout.nameCol + ROSTER_COLUMNS.length;
  return a1Range(
    TAB.roster,
    layout.firstStudentRow,
    1,
    layout.firstStudentRow + layout.capacity - 1,
    lastCol,
  );
}

export function parseRoster(
  layout: ClassLayout,
  rows: readonly (readonly Cell[])[],
): ExistingStudent[] {
  const at = (field: string) => layout.nameCol + ROSTER_COLUMNS.findIndex((c) => c.field === field);
  const out: ExistingStudent[] = [];
  rows.forEach((r, i) => {
    const id = text(r[layout.idCol - 1] ?? null);
    if (id === '') return;
    const order = Number(r[layout.orderCol - 1]);
    out.push({
      row: layout.firstStudentRow + i,
      id,
      fullName: text(r[layout.nameCol - 1] ?? null),
      birthDate: parseDate(r[at('birthDate')] ?? null) ?? '',
      order: Number.isFinite(order) && order > 0 ? order : null,
      leftOn: parseDate(r[at('leftOn')] ?? null),
    });
  });
  return out;
}

export function readExisting(
  workbooks: Workbooks,
  id: string,
  layout: ClassLayout,
): ExistingStudent[] {
  const [rows] = workbooks.readValues(id, [rosterRange(layout)]);
  return parseRoster(layout, rows ?? []);
}
