// The permissions test school, with class workbooks filled as the setup lays them out (headers in
// row 3, student ids in column B), for the audit integration tests.
import { chainDrafts, EMPTY_HEAD, headOf } from '../../src/domain/audit/chain';
import type { AuditDraft, AuditEntry } from '../../src/domain/audit/entry';
import { parseEntry } from '../../src/domain/audit/verify';
import { AUDIT, encodeRow, headersOf } from '../../src/domain/control';
import { classLayout, type ClassLayout } from '../../src/domain/layout';
import { auditRowOf } from '../../src/gas/audit-log';
import { nodeDigest } from '../../scripts/node-digest';
import { storedAuditLines } from '../../scripts/audit-export';
import {
  makeWorld,
  MORE_SUBJECT_ROWS,
  SUBJECT_ROWS,
  SYSTEM,
  type World,
} from './permissions-world';

export const STUDENTS = ['HS01', 'HS02', 'HS03', 'HS04', 'HS05', 'HS06'];

export interface AuditWorld extends World {
  layouts: Record<string, ClassLayout>;
}

export function auditWorld(
  deployment: 'bound' | 'addon',
  classIds = ['10A1', '10A2'],
  options: { students?: string[]; moreSubjects?: boolean } = {},
): AuditWorld {
  const students = options.students ?? STUDENTS;
  const w = makeWorld(deployment, classIds, options.moreSubjects ?? false);
  const layouts: Record<string, ClassLayout> = {};
  for (const cls of w.classes) {
    const layout = classLayout(
      cls,
      (options.moreSubjects ? [...SUBJECT_ROWS, ...MORE_SUBJECT_ROWS] : SUBJECT_ROWS).filter(
        (s) => s.grade === cls.grade,
      ),
      { schoolYear: '2025-2026' },
    );
    layouts[cls.id] = layout;
    const ins = w.emu.sheet(w.books[cls.id]!);
    for (const tab of layout.tabs) {
      const q = `'${tab.name}'`;
      ins.set(`${q}!A3`, [tab.columns.map((c) => c.header)]);
      ins.set(
        `${q}!A${layout.firstStudentRow}`,
        students.map((id, i) => [i + 1, id]),
      );
    }
  }
  // The setup keeps class workbooks in the year folder (architecture: files in Drive).
  w.emu.as(SYSTEM).run((ctx) => {
    const drive = (ctx as unknown as { DriveApp: GoogleAppsScript.Drive.DriveApp }).DriveApp;
    const folder = drive.createFolder('Sổ điểm 2025-2026');
    for (const id of Object.values(w.books)) drive.getFileById(id).moveTo(folder);
  });
  return { ...w, layouts };
}

/** The canonical lines of the control workbook's `Nhật ký` tab (no execution counted). */
export function auditLines(w: World): string[] {
  return storedAuditLines(w.emu, w.control);
}

export function auditEntries(w: World): AuditEntry[] {
  return auditLines(w).map((l) => parseEntry(l)!);
}

/** Another execution's appends, written straight into the tab (it holds the lock meanwhile). */
export function appendAsOther(w: World, drafts: AuditDraft[]): void {
  const ins = w.emu.sheet(w.control);
  if (!ins.sheetNames().includes(AUDIT.name)) {
    ins.addSheet(AUDIT.name);
    ins.set(`'${AUDIT.name}'!A1`, [headersOf(AUDIT)]);
  }
  const existing = auditEntries(w);
  const entries = chainDrafts(headOf(existing, EMPTY_HEAD), drafts, nodeDigest);
  ins.set(
    `'${AUDIT.name}'!A${existing.length + 2}`,
    entries.map((e) => encodeRow(AUDIT, auditRowOf(e)) as never),
  );
}
