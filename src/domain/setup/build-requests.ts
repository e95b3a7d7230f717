// The structure of a new class workbook as ONE Sheets API batchUpdate: tabs, frozen headers, widths,
// number formats, locale vi_VN, data validation with Vietnamese help text, the layout version.
// Docs: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
import {
  type CellKind,
  type ClassLayout,
  isSchoolDay,
  LAYOUT_METADATA_KEY,
  type TabLayout,
  firstYearOf,
} from '../layout';
import type { RuleSetId } from '../school';
import { M } from './messages';

export type SheetsRequest = Record<string, unknown>;

export const CLASS_METADATA_KEY = 'sodiem.classId';

export function conductLevels(ruleSet: RuleSetId): string[] {
  // TT22 Điều 8; TT58 Điều 4 (hạnh kiểm).
  return ruleSet === 'TT22'
    ? ['Tốt', 'Khá', 'Đạt', 'Chưa đạt']
    : ['Tốt', 'Khá', 'Trung bình', 'Yếu'];
}

/** Sheet ids are fixed by tab position: the first tab is the new spreadsheet's default sheet 0. */
export function sheetIdOf(layout: ClassLayout, tab: string): number {
  const i = layout.tabs.findIndex((t) => t.name === tab);
  if (i < 0) throw new Error(`sheetIdOf: no tab ${tab}`);
  return i;
}

interface Run {
  from: number;
  to: number;
}

/** Consecutive columns (1-based) with the same key. */
function runs<K>(tab: TabLayout, keyOf: (col: number) => K | null): Array<Run & { key: K }> {
  const out: Array<Run & { key: K }> = [];
  for (const c of tab.columns) {
    const k = keyOf(c.col);
    if (k === null) continue;
    const last = out[out.length - 1];
    if (last && last.key === k && last.to === c.col - 1) last.to = c.col;
    else out.push({ from: c.col, to: c.col, key: k });
  }
  return out;
}

function validationFor(kind: CellKind, ruleSet: RuleSetId): SheetsRequest | null {
  const list = (values: string[], help: string): SheetsRequest => ({
    condition: { type: 'ONE_OF_LIST', values: values.map((v) => ({ userEnteredValue: v })) },
    inputMessage: help,
    strict: true,
    showCustomUi: true,
  });
  switch (kind) {
    case 'score':
      // TT22 Điều 5.3.b: 0–10, one decimal. Sheets can check the range; the decimal is checked on read.
      return {
        condition: {
          type: 'NUMBER_BETWEEN',
          values: [{ userEnteredValue: '0' }, { userEnteredValue: '10' }],
        },
        inputMessage: M.scoreHelp,
        strict: true,
      };
    case 'comment':
      return list(['Đ', 'CĐ'], M.commentHelp);
    case 'attendance':
      return list(['P', 'K'], M.attendanceHelp);
    case 'conduct':
      return list(conductLevels(ruleSet), M.conductHelp(conductLevels(ruleSet)));
    default:
      return null;
  }
}

const GREY = { red: 0.85, green: 0.85, blue: 0.85 };
const HEADER_BG = { red: 0.91, green: 0.94, blue: 0.98 };

export function buildRequests(layout: ClassLayout): SheetsRequest[] {
  const rowCount = layout.firstStudentRow - 1 + layout.capacity;
  const dataRows = { startRowIndex: layout.firstStudentRow - 1, endRowIndex: rowCount };
  const reqs: SheetsRequest[] = [
    {
      updateSpreadsheetProperties: {
        properties: { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
        fields: 'locale,timeZone',
      },
    },
  ];
  layout.tabs.forEach((tab, i) => {
    const properties = {
      sheetId: i,
      title: tab.name,
      index: i,
      gridProperties: {
        rowCount,
        columnCount: tab.columns.length,
        frozenRowCount: layout.headerRows,
        frozenColumnCount: layout.nameCol,
      },
    };
    reqs.push(
      i === 0
        ? { updateSheetProperties: { properties, fields: 'title,index,gridProperties' } }
        : { addSheet: { properties } },
    );
  });
  layout.tabs.forEach((tab, sheetId) => {
    const width = (c: number) => tab.columns[c - 1]?.width ?? null;
    for (const r of runs(tab, width))
      reqs.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: r.from - 1, endIndex: r.to },
          properties: { pixelSize: r.key },
          fields: 'pixelSize',
        },
      });
    reqs.push({
      repeatCell: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: layout.headerRows,
          startColumnIndex: 0,
          endColumnIndex: tab.columns.length,
        },
        cell: {
          userEnteredFormat: {
            textFormat: { bold: true },
            backgroundColor: HEADER_BG,
            horizontalAlignment: 'CENTER',
            wrapStrategy: 'WRAP',
          },
        },
        fields:
          'userEnteredFormat.textFormat,userEnteredFormat.backgroundColor,userEnteredFormat.horizontalAlignment,userEnteredFormat.wrapStrategy',
      },
    });
    const format = (c: number): string | null => {
      const k = tab.columns[c - 1]?.kind;
      if (k === 'score' || (k === 'computed' && tab.kind === 'subject')) return '0.0';
      return k === 'key' || k === 'text' || k === 'date' ? '@' : null;
    };
    for (const r of runs(tab, format))
      reqs.push({
        repeatCell: {
          range: { sheetId, ...dataRows, startColumnIndex: r.from - 1, endColumnIndex: r.to },
          cell: {
            userEnteredFormat: {
              numberFormat:
                r.key === '@' ? { type: 'TEXT', pattern: '@' } : { type: 'NUMBER', pattern: r.key },
            },
          },
          fields: 'userEnteredFormat.numberFormat',
        },
      });
    for (const r of runs(tab, (c) => tab.columns[c - 1]?.kind ?? null)) {
      const rule = validationFor(r.key, layout.ruleSet);
      if (!rule) continue;
      reqs.push({
        setDataValidation: {
          range: { sheetId, ...dataRows, startColumnIndex: r.from - 1, endColumnIndex: r.to },
          rule,
        },
      });
    }
    if (tab.kind === 'attendance') {
      const y0 = firstYearOf(layout.schoolYear);
      const closed = (c: number): boolean | null => {
        const ref = tab.columns[c - 1]?.ref;
        if (!ref?.month || !ref.day) return null;
        return isSchoolDay(ref.month >= 8 ? y0 : y0 + 1, ref.month, ref.day) ? null : true;
      };
      for (const r of runs(tab, closed))
        reqs.push({
          repeatCell: {
            range: {
              sheetId,
              startRowIndex: 1,
              endRowIndex: rowCount,
              startColumnIndex: r.from - 1,
              endColumnIndex: r.to,
            },
            cell: { userEnteredFormat: { backgroundColor: GREY } },
            fields: 'userEnteredFormat.backgroundColor',
          },
        });
    }
  });
  for (const [metadataKey, metadataValue] of [
    [LAYOUT_METADATA_KEY, String(layout.version)],
    [CLASS_METADATA_KEY, layout.classId],
  ] as const)
    reqs.push({
      createDeveloperMetadata: {
        developerMetadata: {
          metadataKey,
          metadataValue,
          location: { spreadsheet: true },
          visibility: 'DOCUMENT',
        },
      },
    });
  return reqs;
}
