// What the sidebar reads for a teacher: missing and invalid scores in their open blocks, and a
// homeroom class's conduct and attendance status — one read per tab, through the layout.
import type { Progress } from '../app/sidebar/state';
import type { WindowInfo } from '../app/rpc';
import type { Directory } from '../domain/directory';
import { classOf } from '../domain/directory';
import {
  classLayout,
  subjectTabOf,
  TAB,
  tabOf,
  termOfMonth,
  type ClassLayout,
} from '../domain/layout';
import { parseScore } from '../domain/rules/score';

function layoutFor(
  d: Directory,
  classId: string,
): {
  layout: ClassLayout;
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  subjects: Directory['classes'][number]['subjects'];
} | null {
  const cls = classOf(d, classId);
  if (!cls?.workbookId) return null;
  const layout = classLayout(
    {
      id: cls.id,
      name: cls.name,
      grade: cls.grade,
      homeroomTeacher: cls.homeroom,
      ruleSet: cls.ruleSet,
    },
    cls.subjects,
    { schoolYear: d.schoolYear },
  );
  return { layout, book: SpreadsheetApp.openById(cls.workbookId), subjects: cls.subjects };
}

function rows(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  layout: ClassLayout,
  sheet: string,
  width: number,
): unknown[][] {
  const tab = book.getSheetByName(sheet);
  if (!tab) return [];
  return tab
    .getRange(layout.firstStudentRow, 1, layout.capacity, width)
    .getValues()
    .filter((r) => String(r[layout.idCol - 1] ?? '').trim() !== '');
}

export function progressOf(
  d: Directory,
  classId: string,
  subjectId: string,
  open: WindowInfo[],
): Progress {
  const found = layoutFor(d, classId);
  const tab = found && subjectTabOf(found.layout, subjectId);
  const subject = found?.subjects.find((s) => s.id === subjectId);
  if (!found || !tab || !subject || open.length === 0) return { missing: 0, invalid: [] };
  const columns = tab.columns.filter(
    (c) =>
      c.editor === 'subject' &&
      c.ref !== null &&
      open.some((w) => w.group === c.ref?.field && w.term === c.ref?.term) &&
      (c.ref.field !== 'regular' || (c.ref.index ?? 1) <= subject.regularCount),
  );
  const width = Math.max(...tab.columns.map((c) => c.col));
  let missing = 0;
  const invalid: string[] = [];
  for (const [i, row] of rows(found.book, found.layout, tab.name, width).entries()) {
    for (const c of columns) {
      const v = row[c.col - 1];
      if (v === '' || v === null || v === undefined) missing++;
      else if (
        subject.kind === 'comment'
          ? v !== 'Đ' && v !== 'CĐ'
          : !parseScore(typeof v === 'number' ? v : String(v)).ok
      ) {
        invalid.push(`${tab.name}!R${found.layout.firstStudentRow + i}C${c.col}: ${String(v)}`);
      }
    }
  }
  return { missing, invalid: invalid.slice(0, 20) };
}

export function homeroomOf(
  d: Directory,
  classId: string,
  now: number,
): { conductMissing: number; absencesThisMonth: number } {
  const found = layoutFor(d, classId);
  if (!found) return { conductMissing: 0, absencesThisMonth: 0 };
  const month = new Date(now + 7 * 3600_000).getUTCMonth() + 1;
  const conduct = tabOf(found.layout, TAB.conduct);
  const attendance = tabOf(found.layout, TAB.attendance);
  const widthOf = (t: typeof conduct) => (t ? Math.max(...t.columns.map((c) => c.col)) : 0);
  const termCols =
    conduct?.columns.filter(
      (c) => c.ref?.field === 'conduct' && c.ref.term === termOfMonth(month),
    ) ?? [];
  const conductRows = conduct ? rows(found.book, found.layout, conduct.name, widthOf(conduct)) : [];
  const conductMissing = conductRows.filter((r) =>
    termCols.some((c) => r[c.col - 1] === ''),
  ).length;
  const dayCols =
    attendance?.columns.filter((c) => c.ref?.field === 'attendance' && c.ref.month === month) ?? [];
  const attendanceRows = attendance
    ? rows(found.book, found.layout, attendance.name, widthOf(attendance))
    : [];
  const absencesThisMonth = attendanceRows.reduce(
    (n, r) => n + dayCols.filter((c) => r[c.col - 1] === 'P' || r[c.col - 1] === 'K').length,
    0,
  );
  return { conductMissing, absencesThisMonth };
}

/** Student id → full name from the class's roster tab (one read). */
export function namesOf(d: Directory, classId: string): ReadonlyMap<string, string> {
  const found = layoutFor(d, classId);
  const names = new Map<string, string>();
  if (!found) return names;
  const roster = found.layout.tabs[0];
  if (!roster) return names;
  for (const r of rows(found.book, found.layout, roster.name, found.layout.nameCol))
    names.set(String(r[found.layout.idCol - 1]).trim(), String(r[found.layout.nameCol - 1] ?? ''));
  return names;
}
