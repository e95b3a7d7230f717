// Adding imported students to the control workbook's `Học sinh` tab: new students become rows;
// students already there (same id) are left as they are, so importing twice adds nothing.
import { type Cell, displayDate, text } from '../control';
import type { RosterEntry } from './roster';
import { STUDENTS_HEADERS } from './school-data';

export function studentRow(s: RosterEntry): Cell[] {
  return [
    s.classId,
    s.id,
    s.fullName,
    displayDate(s.birthDate),
    s.sex,
    s.ethnicity,
    s.placeOfBirth,
    s.address,
    s.fatherName,
    s.motherName,
    s.guardianPhone,
    displayDate(s.joinedOn),
    displayDate(s.leftOn),
  ];
}

/** Rows to append to `Học sinh` (given its current values, header first). */
export function rowsToAdd(
  current: readonly (readonly Cell[])[],
  imported: readonly RosterEntry[],
): Cell[][] {
  const header = (current[0] ?? []).map((c) => text(c));
  const idCol = header.indexOf(STUDENTS_HEADERS[1]);
  const known = new Set(current.slice(1).map((r) => text(r[idCol < 0 ? 1 : idCol] ?? null)));
  const out: Cell[][] = [];
  for (const s of imported) {
    if (known.has(s.id)) continue;
    known.add(s.id);
    out.push(studentRow(s));
  }
  return out;
}
