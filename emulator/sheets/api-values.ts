// Sheets API spreadsheets.values: get, update, batchGet, batchUpdate (RAW / USER_ENTERED).
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';
import { parseA1, quoteSheetName, toA1 } from './a1';
import { displayValue, parseUserInput, serialOf } from './locale';
import type { CellValue, Rect, SheetModel, SpreadsheetModel } from './model';
import { key, sheetByName, valueAt } from './model';
import { growToFit, writeGrid } from './writes';
import { shiftDimension } from './structure';
import { checkWrite } from './protect';
import type { Json } from './api-json';

export interface ResolvedRange {
  sheet: SheetModel;
  rect: Rect;
  a1: string;
}

export function resolveApiRange(model: SpreadsheetModel, range: string): ResolvedRange {
  const parts = parseA1(range);
  const sheet = parts.sheetName === null ? model.sheets[0] : sheetByName(model, parts.sheetName);
  if (!sheet) throw new AppsScriptError(`Unable to parse range: ${range}`);
  const rect = {
    r0: parts.startRow ?? 0,
    c0: parts.startCol ?? 0,
    r1: parts.endRow ?? sheet.rowCount,
    c1: parts.endCol ?? sheet.columnCount,
  };
  return {
    sheet,
    rect,
    a1: `${quoteSheetName(sheet.title)}!${toA1(rect.r0, rect.c0, rect.r1, rect.c1)}`,
  };
}

type Render = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';

function rendered(
  model: SpreadsheetModel,
  sheet: SheetModel,
  r: number,
  c: number,
  render: Render,
): unknown {
  const cell = sheet.cells.get(key(r, c));
  const value = cell?.value ?? '';
  if (render === 'FORMULA' && cell?.formula) return cell.formula;
  if (render === 'FORMATTED_VALUE')
    return displayValue(value, cell?.numberFormat, model.locale, model.timeZone);
  // UNFORMATTED_VALUE with the default dateTimeRenderOption SERIAL_NUMBER.
  if (value instanceof Date) return serialOf(value, model.timeZone);
  return value;
}

/** A ValueRange: trailing empty rows and columns are omitted, as the API does. */
export function readValueRange(model: SpreadsheetModel, range: string, render: Render): Json {
  const { sheet, rect, a1 } = resolveApiRange(model, range);
  const rows: unknown[][] = [];
  for (let r = rect.r0; r < rect.r1; r++) {
    const row: unknown[] = [];
    for (let c = rect.c0; c < rect.c1; c++) row.push(rendered(model, sheet, r, c, render));
    while (row.length && (row[row.length - 1] === '' || row[row.length - 1] === undefined))
      row.pop();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const out: Json = { range: a1, majorDimension: 'ROWS' };
  if (rows.length) out.values = rows;
  return out;
}

export interface ValueWrite {
  range: string;
  values: unknown[][];
}

/** Writes one ValueRange; null cells are skipped ("Null values will be skipped"). Returns cells updated. */
export function writeValueRange(
  ws: Workspace,
  file: DriveFileRecord,
  model: SpreadsheetModel,
  user: string,
  write: ValueWrite,
  input: 'RAW' | 'USER_ENTERED',
): { updatedRange: string; updatedRows: number; updatedColumns: number; updatedCells: number } {
  const { sheet, rect } = resolveApiRange(model, write.range);
  const rows = write.values.length;
  const cols = Math.max(0, ...write.values.map((r) => r.length));
  const boundedRows = rect.r1 - rect.r0;
  const boundedCols = rect.c1 - rect.c0;
  if (rows > boundedRows || cols > boundedCols) {
    throw new AppsScriptError(
      `Requested writing within range [${write.range}], but tried writing to ${rows > boundedRows ? `row [${rect.r0 + rows}]` : `column [${cols}]`}`,
    );
  }
  const target = { r0: rect.r0, c0: rect.c0, r1: rect.r0 + rows, c1: rect.c0 + cols };
  checkWrite(ws, file, model, sheet, target, user, 'api');
  let updated = 0;
  write.values.forEach((row, i) =>
    row.forEach((raw, j) => {
      if (raw === null || raw === undefined) return;
      let value: CellValue | '' =
        typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
      if (input === 'USER_ENTERED' && typeof raw === 'string') {
        const parsed = parseUserInput(
          raw,
          model.locale,
          model.timeZone,
          sheet.cells.get(key(rect.r0 + i, rect.c0 + j))?.numberFormat,
        );
        value = 'formula' in parsed ? parsed.formula : parsed.value;
      }
      const grid: (CellValue | '')[][] = [[value]];
      if (input === 'RAW' && typeof value === 'string' && value.startsWith('=')) {
        // RAW stores text as-is, formulas included.
        sheet.cells.set(key(rect.r0 + i, rect.c0 + j), {
          ...(sheet.cells.get(key(rect.r0 + i, rect.c0 + j)) ?? {}),
          value,
        });
      } else
        writeGrid({ ws, file, model, sheet, user, actor: 'api' }, rect.r0 + i, rect.c0 + j, grid);
      updated += 1;
    }),
  );
  void valueAt;
  return {
    updatedRange: `${quoteSheetName(sheet.title)}!${toA1(target.r0, target.c0, Math.max(target.r1, target.r0 + 1), Math.max(target.c1, target.c0 + 1))}`,
    updatedRows: rows,
    updatedColumns: cols,
    updatedCells: updated,
  };
}

/** Clears values (formats and validation stay), as spreadsheets.values.clear. */
export function clearValueRange(
  ws: Workspace,
  file: DriveFileRecord,
  model: SpreadsheetModel,
  user: string,
  range: string,
): string {
  const { sheet, rect, a1 } = resolveApiRange(model, range);
  checkWrite(ws, file, model, sheet, rect, user, 'api');
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (r >= rect.r0 && r < rect.r1 && c >= rect.c0 && c < rect.c1) {
      cell.value = '';
      delete cell.formula;
    }
  }
  return a1;
}

/**
 * spreadsheets.values.append: finds the table at the range (the last row with content in the
 * range's columns) and writes the rows after it (insertDataOption OVERWRITE; INSERT_ROWS inserts).
 */
export function appendValueRange(
  ws: Workspace,
  file: DriveFileRecord,
  model: SpreadsheetModel,
  user: string,
  write: ValueWrite,
  input: 'RAW' | 'USER_ENTERED',
  insertRows: boolean,
): { tableRange: string; updates: ReturnType<typeof writeValueRange> } {
  const { sheet, rect } = resolveApiRange(model, write.range);
  const width = Math.max(1, ...write.values.map((r) => r.length));
  let last = rect.r0 - 1;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    const cell = sheet.cells.get(k);
    if (cell?.value === '' && cell.formula === undefined) continue;
    if (r >= rect.r0 && c >= rect.c0 && c < Math.max(rect.c1, rect.c0 + width))
      last = Math.max(last, r);
  }
  const at = last + 1;
  const rows = write.values.length;
  if (insertRows) shiftDimension(model, sheet, 'ROWS', at, rows);
  else growToFit(sheet, at + rows, rect.c0 + width);
  const name = quoteSheetName(sheet.title);
  const target = `${name}!${toA1(at, rect.c0, at + Math.max(1, rows), rect.c0 + width)}`;
  const tableRange =
    last >= rect.r0 ? `${name}!${toA1(rect.r0, rect.c0, last + 1, rect.c0 + width)}` : '';
  return {
    tableRange,
    updates: writeValueRange(ws, file, model, user, { range: target, values: write.values }, input),
  };
}
