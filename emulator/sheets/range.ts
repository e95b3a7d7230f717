// SpreadsheetApp Range. Doc: https://developers.google.com/apps-script/reference/spreadsheet/range
import { AppsScriptError } from '../core/workspace';
import { toA1 } from './a1';
import type { DocRef } from './context';
import { normaliseWritten } from './context';
import { displayValue } from './locale';
import type { CellModel, CellValue, GridRange, Rect } from './model';
import { ensureCell, key, valueAt } from './model';
import { checkWrite } from './protect';
import { SheetImpl } from './sheet';
import { strict } from './strict';
import { rangeFormatMethods, type RangeFormatMethods } from './range-format';
import { rangeRuleMethods, type RangeRuleMethods } from './range-rules';
import { writeGrid } from './writes';

type R = GoogleAppsScript.Spreadsheet.Range;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- methods mixed in below
export class RangeImpl implements Pick<
  R,
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getGridId'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getFormula'
  | 'getFormulas'
  | 'getNote'
  | 'isBlank'
> {
  constructor(
    readonly doc: DocRef,
    readonly sheetId: number,
    readonly r0: number,
    readonly c0: number,
    readonly nr: number,
    readonly nc: number,
  ) {
    if (nr < 1 || nc < 1)
      throw new AppsScriptError('The number of rows or columns in the range must be at least 1.');
    const sheet = doc.sheet(sheetId);
    if (r0 < 0 || c0 < 0 || r0 + nr > sheet.rowCount || c0 + nc > sheet.columnCount) {
      throw new AppsScriptError(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
    return strict(this, 'Range');
  }

  count(method: string, units = 1): void {
    this.doc.ws.count(`Range.${method}`, units);
  }

  cellsK(): number {
    return (this.nr * this.nc) / 1000;
  }

  rect(): Rect {
    return { r0: this.r0, r1: this.r0 + this.nr, c0: this.c0, c1: this.c0 + this.nc };
  }

  gridRange(): GridRange {
    return {
      sheetId: this.sheetId,
      startRowIndex: this.r0,
      endRowIndex: this.r0 + this.nr,
      startColumnIndex: this.c0,
      endColumnIndex: this.c0 + this.nc,
    };
  }

  grid<T>(fn: (row: number, col: number, cell: CellModel | undefined) => T): T[][] {
    const sheet = this.doc.sheet(this.sheetId);
    const out: T[][] = [];
    for (let i = 0; i < this.nr; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.nc; j++) {
        const r = this.r0 + i;
        const c = this.c0 + j;
        row.push(fn(r, c, sheet.cells.get(key(r, c))));
      }
      out.push(row);
    }
    return out;
  }

  getValues(): (CellValue | '')[][] {
    this.count('getValues', this.cellsK());
    const sheet = this.doc.sheet(this.sheetId);
    return this.grid((r, c) => valueAt(sheet, r, c));
  }

  getValue(): CellValue | '' {
    this.count('getValue');
    return valueAt(this.doc.sheet(this.sheetId), this.r0, this.c0);
  }

  getDisplayValues(): string[][] {
    this.count('getDisplayValues', this.cellsK());
    const model = this.doc.model();
    return this.grid((_r, _c, cell) =>
      displayValue(cell?.value ?? '', cell?.numberFormat, model.locale, model.timeZone),
    );
  }

  getDisplayValue(): string {
    this.count('getDisplayValue');
    const model = this.doc.model();
    const cell = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0));
    return displayValue(cell?.value ?? '', cell?.numberFormat, model.locale, model.timeZone);
  }

  setValues(values: unknown[][]): RangeImpl {
    this.count('setValues', this.cellsK());
    if (!Array.isArray(values))
      throw new AppsScriptError(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    if (values.length !== this.nr) {
      throw new AppsScriptError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.nr}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.nc) {
        throw new AppsScriptError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.nc}.`,
        );
      }
    }
    this.write(values.map((row) => row.map(normaliseWritten)));
    return this;
  }

  setValue(value: unknown): RangeImpl {
    this.count('setValue');
    const v = normaliseWritten(value);
    this.write(Array.from({ length: this.nr }, () => Array.from({ length: this.nc }, () => v)));
    return this;
  }

  write(grid: (CellValue | '')[][]): void {
    const file = this.doc.file();
    const model = this.doc.model();
    const sheet = this.doc.sheet(this.sheetId);
    writeGrid(
      { ws: this.doc.ws, file, model, sheet, user: this.doc.user(), actor: 'script' },
      this.r0,
      this.c0,
      grid,
    );
  }

  checkFormatWrite(): void {
    const file = this.doc.file();
    checkWrite(
      this.doc.ws,
      file,
      this.doc.model(),
      this.doc.sheet(this.sheetId),
      this.rect(),
      this.doc.user(),
      'script',
    );
  }

  /** Applies a cell property over the whole range (formats, validation, notes). */
  eachCell(fn: (cell: CellModel, i: number, j: number) => void): void {
    this.checkFormatWrite();
    const sheet = this.doc.sheet(this.sheetId);
    for (let i = 0; i < this.nr; i++) {
      for (let j = 0; j < this.nc; j++) fn(ensureCell(sheet, this.r0 + i, this.c0 + j), i, j);
    }
    this.doc.touch();
  }

  getRow(): number {
    this.count('getRow');
    return this.r0 + 1;
  }
  getColumn(): number {
    this.count('getColumn');
    return this.c0 + 1;
  }
  getRowIndex(): number {
    this.count('getRowIndex');
    return this.r0 + 1;
  }
  getNumRows(): number {
    this.count('getNumRows');
    return this.nr;
  }
  getNumColumns(): number {
    this.count('getNumColumns');
    return this.nc;
  }
  getLastRow(): number {
    this.count('getLastRow');
    return this.r0 + this.nr;
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.c0 + this.nc;
  }
  getA1Notation(): string {
    this.count('getA1Notation');
    return toA1(this.r0, this.c0, this.r0 + this.nr, this.c0 + this.nc);
  }
  getGridId(): number {
    this.count('getGridId');
    return this.sheetId;
  }
  getSheet(): SheetImpl {
    this.count('getSheet');
    return new SheetImpl(this.doc, this.sheetId);
  }
  getCell(row: number, column: number): RangeImpl {
    this.count('getCell');
    if (row < 1 || column < 1 || row > this.nr || column > this.nc)
      throw new AppsScriptError('Cell reference out of range');
    return new RangeImpl(this.doc, this.sheetId, this.r0 + row - 1, this.c0 + column - 1, 1, 1);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    this.count('offset');
    return new RangeImpl(
      this.doc,
      this.sheetId,
      this.r0 + rowOffset,
      this.c0 + columnOffset,
      numRows ?? this.nr,
      numColumns ?? this.nc,
    );
  }
  isBlank(): boolean {
    this.count('isBlank');
    return this.grid(
      (_r, _c, cell) => cell === undefined || (cell.value === '' && cell.formula === undefined),
    ).every((row) => row.every(Boolean));
  }

  getFormula(): string {
    this.count('getFormula');
    return this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.formula ?? '';
  }
  getFormulas(): string[][] {
    this.count('getFormulas', this.cellsK());
    return this.grid((_r, _c, cell) => cell?.formula ?? '');
  }
  setFormula(formula: string): RangeImpl {
    this.count('setFormula');
    this.write(
      Array.from({ length: this.nr }, () => Array.from({ length: this.nc }, () => formula)),
    );
    return this;
  }

  clear(): RangeImpl {
    this.count('clear');
    this.clearCells(true);
    return this;
  }
  clearContent(): RangeImpl {
    this.count('clearContent');
    this.clearCells(false);
    return this;
  }
  clearCells(formatsToo: boolean): void {
    this.checkFormatWrite();
    const sheet = this.doc.sheet(this.sheetId);
    for (let r = this.r0; r < this.r0 + this.nr; r++) {
      for (let c = this.c0; c < this.c0 + this.nc; c++) {
        const cell = sheet.cells.get(key(r, c));
        if (!cell) continue;
        if (formatsToo) {
          // Range.clear() keeps data validation (Assumption, README).
          if (cell.validation)
            sheet.cells.set(key(r, c), { value: '', validation: cell.validation });
          else sheet.cells.delete(key(r, c));
        } else {
          cell.value = '';
          delete cell.formula;
        }
      }
    }
    this.doc.touch();
  }

  activate(): RangeImpl {
    this.count('activate');
    return this;
  }
}

// The formatting and rule methods live in range-format.ts and range-rules.ts (one purpose per file).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface RangeImpl extends RangeFormatMethods, RangeRuleMethods {}
Object.assign(RangeImpl.prototype, rangeFormatMethods, rangeRuleMethods);
