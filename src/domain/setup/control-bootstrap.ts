// "Tạo sổ quản trị": the control workbook's tabs, headers, prefilled settings and subjects,
// validation on every input column and admin-only protection, as Sheets API requests + values.
import {
  type Cell,
  type ColumnSpec,
  CONTROL_TABS,
  type ControlSettings,
  encodeSettings,
  encodeTab,
  gradesOf,
  headersOf,
  SETTINGS_HEADERS,
  SETTINGS_TAB,
  SUBJECTS,
  TEACHERS,
} from '../control';
import { a1Range } from '../layout';
import type { Level } from '../school';
import { defaultSubjects } from './catalogue';
import type { SheetsRequest } from './build-requests';
import type { ValueRange } from './class-values';
import { STUDENTS_HEADERS, STUDENTS_TAB } from './school-data';

export const CONTROL_PROTECTION = 'sodiem:control';
const ROWS = 1000;
/** The roster import area holds a whole school (45 classes × 45 students and more). */
const STUDENT_ROWS = 4000;

export interface ControlTabPlan {
  name: string;
  headers: readonly string[];
  columns: readonly ColumnSpec[];
  widths: number[];
}

export function controlTabs(): ControlTabPlan[] {
  return [
    { name: SETTINGS_TAB, headers: SETTINGS_HEADERS, columns: [], widths: [200, 260, 320] },
    ...CONTROL_TABS.map((t) => ({
      name: t.name,
      headers: headersOf(t),
      columns: t.columns,
      widths: t.columns.map((c) => c.width ?? 120),
    })),
    {
      name: STUDENTS_TAB,
      headers: STUDENTS_HEADERS,
      columns: [],
      widths: STUDENTS_HEADERS.map((h) => (h === 'Họ và tên' || h === 'Địa chỉ' ? 200 : 100)),
    },
  ];
}

/** "2025-2026" for a date from August on, else the year that started last August. */
export function schoolYearAt(ms: number): string {
  const d = new Date(ms + 7 * 3600 * 1000);
  const y = d.getUTCMonth() + 1 >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return `${y}-${y + 1}`;
}

function validation(c: ColumnSpec): SheetsRequest | null {
  if (c.type === 'enum' && c.options)
    return {
      condition: {
        type: 'ONE_OF_LIST',
        values: c.options.map((o) => ({ userEnteredValue: o.label })),
      },
      inputMessage: c.help ?? `Chọn: ${c.options.map((o) => o.label).join(', ')}.`,
      strict: true,
      showCustomUi: true,
    };
  if (c.type === 'bool') return { condition: { type: 'BOOLEAN' }, strict: true };
  if ((c.type === 'int' || c.type === 'number') && c.min !== undefined && c.max !== undefined)
    return {
      condition: {
        type: 'NUMBER_BETWEEN',
        values: [{ userEnteredValue: String(c.min) }, { userEnteredValue: String(c.max) }],
      },
      inputMessage: c.help ?? `Nhập số từ ${c.min} đến ${c.max}.`,
      strict: true,
    };
  return null;
}

/** Structure requests for a new spreadsheet whose default sheet has id 0. */
export function controlRequests(admins: readonly string[]): SheetsRequest[] {
  const tabs = controlTabs();
  const reqs: SheetsRequest[] = [
    {
      updateSpreadsheetProperties: {
        properties: { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
        fields: 'locale,timeZone',
      },
    },
  ];
  tabs.forEach((t, sheetId) => {
    const properties = {
      sheetId,
      title: t.name,
      index: sheetId,
      gridProperties: {
        rowCount: t.name === STUDENTS_TAB ? STUDENT_ROWS : ROWS,
        columnCount: Math.max(t.headers.length, 3),
        frozenRowCount: 1,
      },
    };
    reqs.push(
      sheetId === 0
        ? { updateSheetProperties: { properties, fields: 'title,index,gridProperties' } }
        : { addSheet: { properties } },
    );
  });
  tabs.forEach((t, sheetId) => {
    t.widths.forEach((w, i) =>
      reqs.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 },
          properties: { pixelSize: w },
          fields: 'pixelSize',
        },
      }),
    );
    reqs.push({
      repeatCell: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: 1,
          startColumnIndex: 0,
          endColumnIndex: t.headers.length,
        },
        cell: {
          userEnteredFormat: {
            textFormat: { bold: true },
            backgroundColor: { red: 0.91, green: 0.94, blue: 0.98 },
          },
        },
        fields: 'userEnteredFormat.textFormat,userEnteredFormat.backgroundColor',
      },
    });
    t.columns.forEach((c, i) => {
      const rule = validation(c);
      if (rule)
        reqs.push({
          setDataValidation: {
            range: {
              sheetId,
              startRowIndex: 1,
              endRowIndex: ROWS,
              startColumnIndex: i,
              endColumnIndex: i + 1,
            },
            rule,
          },
        });
    });
    // Admins only (architecture: control workbook). The owner can always edit (Protection docs).
    reqs.push({
      addProtectedRange: {
        protectedRange: {
          range: { sheetId },
          description: CONTROL_PROTECTION,
          warningOnly: false,
          editors: { users: [...admins] },
        },
      },
    });
  });
  return reqs;
}

export function controlValues(
  settings: ControlSettings,
  admin: { email: string; name: string },
  level: Level,
): ValueRange[] {
  const tabs = controlTabs();
  const out: ValueRange[] = [];
  const put = (name: string, values: Cell[][]) => {
    const width = Math.max(...values.map((r) => r.length));
    out.push({
      range: a1Range(name, 1, 1, values.length, width),
      values: values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')),
    });
  };
  for (const t of tabs) {
    if (t.name === SETTINGS_TAB)
      put(
        t.name,
        encodeSettings({
          ...settings,
          ruleSetByGrade: Object.fromEntries(
            gradesOf(level).map((g) => [g, settings.ruleSetByGrade[g] ?? 'TT22']),
          ),
        }),
      );
    else if (t.name === SUBJECTS.name) put(t.name, encodeTab(SUBJECTS, defaultSubjects(level)));
    else if (t.name === TEACHERS.name)
      put(
        t.name,
        encodeTab(TEACHERS, [
          { id: 'qt01', name: admin.name, email: admin.email, roles: ['admin'] },
        ]),
      );
    else put(t.name, [[...t.headers]]);
  }
  return out;
}
