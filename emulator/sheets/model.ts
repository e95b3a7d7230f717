// The spreadsheet model: plain data held in a Drive file record (content.kind 'spreadsheet').
// Services (SpreadsheetApp, Sheets advanced service, the driver's user edits) all act on this.
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';

export type CellValue = number | string | boolean | Date;

/** A rectangle of cells, 0-based, end exclusive; undefined bounds are unbounded (Sheets API GridRange). */
export interface GridRange {
  sheetId: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface ValidationRuleModel {
  kind:
    | 'NUMBER_BETWEEN'
    | 'ONE_OF_LIST'
    | 'TEXT_EQ'
    | 'NUMBER_GREATER_THAN_EQ'
    | 'NUMBER_LESS_THAN_EQ'
    | 'CHECKBOX';
  values: Array<string | number>;
  strict: boolean;
  helpText: string;
  showCustomUi: boolean;
}

export interface CellModel {
  value: CellValue | '';
  formula?: string;
  numberFormat?: string;
  validation?: ValidationRuleModel;
  note?: string;
  format?: Record<string, unknown>;
}

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** Where it lives: the spreadsheet, a sheet, or a row/column span of a sheet. */
  location:
    | { kind: 'SPREADSHEET' }
    | { kind: 'SHEET'; sheetId: number }
    | { kind: 'ROW' | 'COLUMN'; sheetId: number; start: number; end: number };
}

export interface ProtectionModel {
  id: number;
  /** Whole-sheet protection when range has no bounds (Sheets API ProtectedRange.range). */
  range: GridRange;
  sheetProtection: boolean;
  description: string;
  warningOnly: boolean;
  /** null: mirrors the file's editors until a script changes the editors (apps-script-facts §1.1). */
  editors: Set<string> | null;
  domainEdit: boolean;
  unprotectedRanges: GridRange[];
  rangeName: string | null;
}

export interface NamedRangeModel {
  id: string;
  name: string;
  range: GridRange;
}

export interface SheetModel {
  sheetId: number;
  title: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  rowCount: number;
  columnCount: number;
  /** Sparse cells keyed by `${row},${col}` (0-based). */
  cells: Map<string, CellModel>;
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  merges: GridRange[];
  tabColor: string | null;
}

export interface SpreadsheetModel {
  title: string;
  locale: string;
  timeZone: string;
  sheets: SheetModel[];
  protections: ProtectionModel[];
  namedRanges: NamedRangeModel[];
  developerMetadata: DeveloperMetadataModel[];
  nextSheetId: number;
  nextProtectionId: number;
  nextMetadataId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function newSheet(
  sheetId: number,
  title: string,
  rows = DEFAULT_ROWS,
  cols = DEFAULT_COLUMNS,
): SheetModel {
  return {
    sheetId,
    title,
    hidden: false,
    frozenRows: 0,
    frozenColumns: 0,
    rowCount: rows,
    columnCount: cols,
    cells: new Map(),
    rowHeights: new Map(),
    columnWidths: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
    tabColor: null,
  };
}

export function newSpreadsheetModel(
  title: string,
  locale = 'vi_VN',
  timeZone = 'Asia/Ho_Chi_Minh',
): SpreadsheetModel {
  // A new Google spreadsheet has one tab, "Sheet1" in English ("Trang tính1" in Vietnamese UIs).
  return {
    title,
    locale,
    timeZone,
    sheets: [newSheet(0, 'Sheet1')],
    protections: [],
    namedRanges: [],
    developerMetadata: [],
    nextSheetId: 1,
    nextProtectionId: 1,
    nextMetadataId: 1,
  };
}

export function isSpreadsheet(file: DriveFileRecord): boolean {
  return file.content.kind === 'spreadsheet';
}

export function modelOf(file: DriveFileRecord): SpreadsheetModel {
  if (file.content.kind !== 'spreadsheet')
    throw new Error(`Emulator: file ${file.id} is not a spreadsheet`);
  return file.content.model as SpreadsheetModel;
}

export function spreadsheetFile(ws: Workspace, id: string): DriveFileRecord {
  const file = ws.files.get(id);
  if (!file || file.content.kind !== 'spreadsheet') {
    throw new AppsScriptError(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  }
  return file;
}

export const key = (row: number, col: number): string => `${row},${col}`;

export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(key(row, col));
}

export function valueAt(sheet: SheetModel, row: number, col: number): CellValue | '' {
  const v = sheet.cells.get(key(row, col))?.value ?? '';
  return v instanceof Date ? new Date(v.getTime()) : v;
}

/** Writes a value, keeping the cell's format and validation. "" empties the cell. */
export function setValueAt(
  sheet: SheetModel,
  row: number,
  col: number,
  value: CellValue | '',
  formula?: string,
): void {
  const k = key(row, col);
  const cell = sheet.cells.get(k);
  const stored = value instanceof Date ? new Date(value.getTime()) : value;
  if (cell) {
    cell.value = stored;
    if (formula === undefined) delete cell.formula;
    else cell.formula = formula;
    if (isBlankCell(cell)) sheet.cells.delete(k);
  } else if (stored !== '' || formula !== undefined) {
    sheet.cells.set(k, formula === undefined ? { value: stored } : { value: stored, formula });
  }
}

export function ensureCell(sheet: SheetModel, row: number, col: number): CellModel {
  const k = key(row, col);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: '' };
    sheet.cells.set(k, cell);
  }
  return cell;
}

function isBlankCell(cell: CellModel): boolean {
  return (
    cell.value === '' &&
    cell.formula === undefined &&
    cell.numberFormat === undefined &&
    cell.validation === undefined &&
    cell.note === undefined &&
    cell.format === undefined
  );
}

export function sheetById(model: SpreadsheetModel, sheetId: number): SheetModel | undefined {
  return model.sheets.find((s) => s.sheetId === sheetId);
}

export function sheetByName(model: SpreadsheetModel, name: string): SheetModel | undefined {
  return model.sheets.find((s) => s.title === name);
}

/** Last row/column with content (1-based; 0 when empty), as Sheet.getLastRow / getLastColumn. */
export function lastRowCol(sheet: SheetModel): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === '' && cell.formula === undefined) continue;
    const [r, c] = k.split(',').map(Number) as [number, number];
    row = Math.max(row, r + 1);
    col = Math.max(col, c + 1);
  }
  return { row, col };
}

/** Resolved bounds of a grid range against its sheet. */
export interface Rect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export function rectOf(range: GridRange, sheet: SheetModel): Rect {
  return {
    r0: range.startRowIndex ?? 0,
    r1: range.endRowIndex ?? sheet.rowCount,
    c0: range.startColumnIndex ?? 0,
    c1: range.endColumnIndex ?? sheet.columnCount,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 < b.r1 && b.r0 < a.r1 && a.c0 < b.c1 && b.c0 < a.c1;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.r0 && row < outer.r1 && col >= outer.c0 && col < outer.c1;
}

export function cloneModel(model: SpreadsheetModel): SpreadsheetModel {
  return structuredClone(model);
}
