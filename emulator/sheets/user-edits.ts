// What a person does in the Sheets UI: type into a cell, paste a block, clear a range, and the
// structural changes (rows, columns, tabs, sort). Locale parsing, data validation, protections,
// then the write. The driver fires the edit/change triggers afterwards (events.ts).
import { canView } from '../core/access';
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { parseA1 } from './a1';
import { parseUserInput } from './locale';
import type { CellValue, Rect, SheetModel, SpreadsheetModel } from './model';
import { key, modelOf, sheetByName, spreadsheetFile, valueAt } from './model';
import { EditRefusedError, NO_ACCESS_MESSAGE, checkStructure, checkWrite } from './protect';
import { isValid, rejectionMessage } from './validation';
import { toA1 } from './a1';
import { growToFit, writeGrid } from './writes';
import { shiftDimension, sortRows, type SortSpec } from './structure';

export interface ValidationWarning {
  user: string;
  documentId: string;
  a1: string;
  value: CellValue | '';
  message: string;
}

export function validationWarningsOf(ws: Workspace): ValidationWarning[] {
  return ws.stateOf<ValidationWarning[]>('sheets.validationWarnings', () => []);
}

export interface UserEditResult {
  sheetId: number;
  sheetName: string;
  rect: Rect;
  /** Single-cell edits only: the cell before and after. */
  single: { before: CellValue | ''; after: CellValue | '' } | null;
}

export interface Target {
  file: DriveFileRecord;
  model: SpreadsheetModel;
  sheet: SheetModel;
  rect: Rect;
}

export function resolveTarget(ws: Workspace, docId: string, a1: string, user: string): Target {
  const file = spreadsheetFile(ws, docId);
  if (!canView(ws, file, user)) throw new EditRefusedError(NO_ACCESS_MESSAGE);
  const model = modelOf(file);
  const parts = parseA1(a1);
  const sheet = parts.sheetName === null ? model.sheets[0] : sheetByName(model, parts.sheetName);
  if (!sheet) throw new Error(`Emulator: no tab named ${parts.sheetName} in ${file.name}`);
  const r0 = parts.startRow ?? 0;
  const c0 = parts.startCol ?? 0;
  return {
    file,
    model,
    sheet,
    rect: { r0, c0, r1: parts.endRow ?? sheet.rowCount, c1: parts.endCol ?? sheet.columnCount },
  };
}

/**
 * A user puts text (typed or pasted) or clears cells. `texts` null means clear. Text is parsed as
 * Sheets parses typing under the spreadsheet locale; non-string values are taken as they are.
 */
export function applyUserEdit(
  ws: Workspace,
  docId: string,
  a1: string,
  user: string,
  texts: ReadonlyArray<ReadonlyArray<string | number | boolean | Date>> | null,
): UserEditResult {
  const who = user.toLowerCase();
  const t = resolveTarget(ws, docId, a1, who);
  const { model, sheet } = t;
  const rows = texts ? texts.length : t.rect.r1 - t.rect.r0;
  const cols = texts ? (texts[0]?.length ?? 0) : t.rect.c1 - t.rect.c0;
  const rect = { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0 + rows, c1: t.rect.c0 + cols };
  // A paste past the last row or column adds rows/columns, as the Sheets UI does.
  growToFit(sheet, rect.r1, rect.c1);
  const grid: (CellValue | '')[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: (CellValue | '')[] = [];
    for (let j = 0; j < cols; j++) {
      const input = texts ? (texts[i]?.[j] ?? '') : '';
      const cell = sheet.cells.get(key(rect.r0 + i, rect.c0 + j));
      if (typeof input !== 'string') {
        row.push(input);
        continue;
      }
      const parsed = parseUserInput(input, model.locale, model.timeZone, cell?.numberFormat);
      row.push('formula' in parsed ? parsed.formula : parsed.value);
    }
    grid.push(row);
  }
  // Data validation checks what a user enters; script and API writes are not checked.
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const rule = sheet.cells.get(key(rect.r0 + i, rect.c0 + j))?.validation;
      const value = grid[i]?.[j] ?? '';
      if (!rule || isValid(rule, value)) continue;
      const a1Cell = toA1(rect.r0 + i, rect.c0 + j, rect.r0 + i + 1, rect.c0 + j + 1);
      const message = rejectionMessage(rule, a1Cell);
      if (rule.strict) throw new EditRefusedError(message);
      validationWarningsOf(ws).push({
        user: who,
        documentId: docId,
        a1: `${sheet.title}!${a1Cell}`,
        value,
        message,
      });
    }
  }
  const before = rows === 1 && cols === 1 ? valueAt(sheet, rect.r0, rect.c0) : null;
  writeGrid({ ws, file: t.file, model, sheet, user: who, actor: 'user' }, rect.r0, rect.c0, grid);
  return {
    sheetId: sheet.sheetId,
    sheetName: sheet.title,
    rect,
    single: before === null ? null : { before, after: valueAt(sheet, rect.r0, rect.c0) },
  };
}

export type ChangeType =
  | 'EDIT'
  | 'INSERT_ROW'
  | 'INSERT_COLUMN'
  | 'REMOVE_ROW'
  | 'REMOVE_COLUMN'
  | 'INSERT_GRID'
  | 'REMOVE_GRID'
  | 'FORMAT'
  | 'OTHER';

function sheetFor(ws: Workspace, docId: string, sheetName: string, user: string) {
  const t = resolveTarget(ws, docId, quote(sheetName), user);
  return t;
}

function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Inserts or deletes rows/columns as a user (1-based position), after the protection check. */
export function applyUserShift(
  ws: Workspace,
  docId: string,
  user: string,
  sheetName: string,
  dim: 'ROWS' | 'COLUMNS',
  position: number,
  delta: number,
): ChangeType {
  const who = user.toLowerCase();
  const t = sheetFor(ws, docId, sheetName, who);
  const at = position - 1;
  const n = Math.max(1, Math.abs(delta));
  const rect =
    dim === 'ROWS'
      ? { r0: at, r1: at + n, c0: 0, c1: t.sheet.columnCount }
      : { r0: 0, r1: t.sheet.rowCount, c0: at, c1: at + n };
  checkStructure(ws, t.file, t.model, t.sheet, who, rect);
  shiftDimension(t.model, t.sheet, dim, at, delta);
  t.file.modifiedTime = ws.clock.now();
  if (dim === 'ROWS') return delta > 0 ? 'INSERT_ROW' : 'REMOVE_ROW';
  return delta > 0 ? 'INSERT_COLUMN' : 'REMOVE_COLUMN';
}

export function applyUserRename(
  ws: Workspace,
  docId: string,
  user: string,
  sheetName: string,
  newName: string,
): ChangeType {
  const who = user.toLowerCase();
  const t = sheetFor(ws, docId, sheetName, who);
  checkStructure(ws, t.file, t.model, t.sheet, who);
  if (sheetByName(t.model, newName))
    throw new EditRefusedError(
      `A sheet with the name "${newName}" already exists. Please enter another name.`,
    );
  t.sheet.title = newName;
  t.file.modifiedTime = ws.clock.now();
  return 'OTHER';
}

export function applyUserDeleteSheet(
  ws: Workspace,
  docId: string,
  user: string,
  sheetName: string,
): ChangeType {
  const who = user.toLowerCase();
  const t = sheetFor(ws, docId, sheetName, who);
  checkStructure(ws, t.file, t.model, t.sheet, who);
  if (t.model.sheets.length === 1)
    throw new EditRefusedError("You can't remove all the sheets in a document.");
  const id = t.sheet.sheetId;
  t.model.sheets = t.model.sheets.filter((s) => s.sheetId !== id);
  t.model.protections = t.model.protections.filter((p) => p.range.sheetId !== id);
  t.model.namedRanges = t.model.namedRanges.filter((n) => n.range.sheetId !== id);
  t.file.modifiedTime = ws.clock.now();
  return 'REMOVE_GRID';
}

/** Sorts a range as a user (Data → Sort range); every covered cell must be editable. */
export function applyUserSort(
  ws: Workspace,
  docId: string,
  user: string,
  a1: string,
  specs: Array<{ column: number; ascending?: boolean }>,
): ChangeType {
  const who = user.toLowerCase();
  const t = resolveTarget(ws, docId, a1, who);
  checkWrite(ws, t.file, t.model, t.sheet, t.rect, who, 'user');
  const sortSpecs: SortSpec[] = specs.map((s) => ({
    column: s.column - 1,
    ascending: s.ascending ?? true,
  }));
  sortRows(t.sheet, t.rect.r0, t.rect.r1, t.rect.c0, t.rect.c1, sortSpecs);
  t.file.modifiedTime = ws.clock.now();
  return 'OTHER';
}
