// The one write path for cell values: protections checked first (all or nothing), then formulas,
// then the values. Used by Range.setValues, the Sheets API and the driver's user edits.
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { evaluateFormula, isFormulaText } from './formula';
import type { CellValue, SheetModel, SpreadsheetModel } from './model';
import { setValueAt } from './model';
import type { WriteActor } from './protect';
import { checkWrite } from './protect';

export interface WriteTarget {
  ws: Workspace;
  file: DriveFileRecord;
  model: SpreadsheetModel;
  sheet: SheetModel;
  user: string;
  actor: WriteActor;
}

/** Writes a grid at (r0, c0); formulas (text starting with "=") are evaluated or refused. */
export function writeGrid(
  t: WriteTarget,
  r0: number,
  c0: number,
  grid: ReadonlyArray<ReadonlyArray<CellValue | ''>>,
): void {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  checkWrite(
    t.ws,
    t.file,
    t.model,
    t.sheet,
    { r0, r1: r0 + rows, c0, c1: c0 + cols },
    t.user,
    t.actor,
  );
  const computed = grid.map((row) =>
    row.map((v) => (isFormulaText(v) ? { value: evaluateFormula(v), formula: v } : { value: v })),
  );
  computed.forEach((row, i) =>
    row.forEach((cell, j) => setValueAt(t.sheet, r0 + i, c0 + j, cell.value, cell.formula)),
  );
  t.file.modifiedTime = t.ws.clock.now();
}

export function growToFit(sheet: SheetModel, rows: number, cols: number): void {
  sheet.rowCount = Math.max(sheet.rowCount, rows);
  sheet.columnCount = Math.max(sheet.columnCount, cols);
}
