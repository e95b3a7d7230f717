// SpreadsheetApp Range. Doc: https://developers.google.com/apps-script/reference/spreadsheet/range
import { AppsScriptError } from '../core/workspace';
import { toA1 } from './a1';
import type { DocRef } from './context';
import { normaliseWritten } from './context';
import { DataValidationImpl, ruleFromModel } from './data-validation';
import { MetadataImpl, addMetadata } from './metadata';
import { displayValue } from './locale';
import type { CellModel, CellValue, GridRange, Rect } from './model';
import { ensureCell, key, setValueAt, valueAt } from './model';
import { ProtectionImpl } from './protection';
import { newProtection, checkWrite } from './protect';
import { SheetImpl } from './sheet';
import { strict } from './strict';
import { sortRows } from './structure';
import { growToFit, writeGrid } from './writes';

type R = GoogleAppsScript.Spreadsheet.Range;

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

  private count(method: string, units = 1): void {
    this.doc.ws.count(`Range.${method}`, units);
  }

  private cellsK(): number {
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

  private grid<T>(fn: (row: number, col: number, cell: CellModel | undefined) => T): T[][] {
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

  private write(grid: (CellValue | '')[][]): void {
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

  private checkFormatWrite(): void {
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
  private eachCell(fn: (cell: CellModel, i: number, j: number) => void): void {
    this.checkFormatWrite();
    const sheet = this.doc.sheet(this.sheetId);
    for (let i = 0; i < this.nr; i++) {
      for (let j = 0; j < this.nc; j++) fn(ensureCell(sheet, this.r0 + i, this.c0 + j), i, j);
    }
    this.doc.touch();
  }

  /** Copies values, formats and validation to the destination's top-left cell (same size). */
  copyTo(destination: RangeImpl, options?: { contentsOnly?: boolean; formatOnly?: boolean }): void {
    this.count('copyTo');
    const from = this.doc.sheet(this.sheetId);
    const cells = this.grid((_r, _c, cell) => (cell ? structuredClone(cell) : undefined));
    const to = destination.doc.sheet(destination.sheetId);
    const rect = {
      r0: destination.r0,
      c0: destination.c0,
      r1: destination.r0 + this.nr,
      c1: destination.c0 + this.nc,
    };
    growToFit(to, rect.r1, rect.c1);
    checkWrite(
      destination.doc.ws,
      destination.doc.file(),
      destination.doc.model(),
      to,
      rect,
      destination.doc.user(),
      'script',
    );
    cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        const k = key(rect.r0 + i, rect.c0 + j);
        const existing = to.cells.get(k);
        if (options?.contentsOnly) {
          setValueAt(to, rect.r0 + i, rect.c0 + j, cell?.value ?? '', cell?.formula);
        } else if (options?.formatOnly) {
          const target = ensureCell(to, rect.r0 + i, rect.c0 + j);
          target.format = cell?.format;
          target.numberFormat = cell?.numberFormat;
        } else if (cell) to.cells.set(k, cell);
        else if (existing) to.cells.delete(k);
      }),
    );
    void from;
    destination.doc.touch();
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

  getNumberFormat(): string {
    this.count('getNumberFormat');
    return (
      this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.numberFormat ??
      '0.###############'
    );
  }
  getNumberFormats(): string[][] {
    this.count('getNumberFormats', this.cellsK());
    return this.grid((_r, _c, cell) => cell?.numberFormat ?? '0.###############');
  }
  setNumberFormat(format: string): RangeImpl {
    this.count('setNumberFormat');
    this.eachCell((cell) => (cell.numberFormat = format));
    return this;
  }
  setNumberFormats(formats: string[][]): RangeImpl {
    this.count('setNumberFormats', this.cellsK());
    this.eachCell((cell, i, j) => (cell.numberFormat = formats[i]?.[j] ?? cell.numberFormat));
    return this;
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

  getNote(): string {
    this.count('getNote');
    return this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.note ?? '';
  }
  setNote(note: string | null): RangeImpl {
    this.count('setNote');
    this.eachCell((cell) => {
      if (note) cell.note = note;
      else delete cell.note;
    });
    return this;
  }

  private setFormat(method: string, prop: string, value: unknown): RangeImpl {
    this.count(method);
    this.eachCell((cell) => (cell.format = { ...(cell.format ?? {}), [prop]: value }));
    return this;
  }
  private setFormats(method: string, prop: string, values: unknown[][]): RangeImpl {
    this.count(method, this.cellsK());
    this.eachCell(
      (cell, i, j) => (cell.format = { ...(cell.format ?? {}), [prop]: values[i]?.[j] ?? null }),
    );
    return this;
  }
  setBackground(color: string | null): RangeImpl {
    return this.setFormat('setBackground', 'background', color);
  }
  setBackgrounds(colors: (string | null)[][]): RangeImpl {
    return this.setFormats('setBackgrounds', 'background', colors);
  }
  setFontWeight(weight: string | null): RangeImpl {
    return this.setFormat('setFontWeight', 'fontWeight', weight);
  }
  setFontColor(color: string | null): RangeImpl {
    return this.setFormat('setFontColor', 'fontColor', color);
  }
  setFontSize(size: number): RangeImpl {
    return this.setFormat('setFontSize', 'fontSize', size);
  }
  setFontStyle(style: string | null): RangeImpl {
    return this.setFormat('setFontStyle', 'fontStyle', style);
  }
  setHorizontalAlignment(alignment: string | null): RangeImpl {
    return this.setFormat('setHorizontalAlignment', 'horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null): RangeImpl {
    return this.setFormat('setVerticalAlignment', 'verticalAlignment', alignment);
  }
  setWrap(wrap: boolean): RangeImpl {
    return this.setFormat('setWrap', 'wrap', wrap);
  }
  setFontFamily(family: string | null): RangeImpl {
    return this.setFormat('setFontFamily', 'fontFamily', family);
  }
  setFontLine(line: string | null): RangeImpl {
    return this.setFormat('setFontLine', 'fontLine', line);
  }
  setFontWeights(weights: (string | null)[][]): RangeImpl {
    return this.setFormats('setFontWeights', 'fontWeight', weights);
  }
  setFontColors(colors: (string | null)[][]): RangeImpl {
    return this.setFormats('setFontColors', 'fontColor', colors);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): RangeImpl {
    return this.setFormats('setHorizontalAlignments', 'horizontalAlignment', alignments);
  }
  setWrapStrategy(strategy: unknown): RangeImpl {
    return this.setFormat('setWrapStrategy', 'wrapStrategy', String(strategy));
  }
  setTextRotation(degrees: number): RangeImpl {
    return this.setFormat('setTextRotation', 'textRotation', degrees);
  }
  /** Borders are recorded as one format entry per cell (sides and style), not drawn. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): RangeImpl {
    const border = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ?? null,
      style: style === undefined ? null : String(style),
    };
    return this.setFormat('setBorder', 'border', border);
  }
  setNotes(notes: (string | null)[][]): RangeImpl {
    this.count('setNotes', this.cellsK());
    this.eachCell((cell, i, j) => {
      const note = notes[i]?.[j];
      if (note) cell.note = note;
      else delete cell.note;
    });
    return this;
  }
  getNotes(): string[][] {
    this.count('getNotes', this.cellsK());
    return this.grid((_r, _c, cell) => cell?.note ?? '');
  }
  getBackgrounds(): string[][] {
    this.count('getBackgrounds', this.cellsK());
    return this.grid((_r, _c, cell) => {
      const bg = cell?.format?.background;
      return typeof bg === 'string' ? bg : '#ffffff';
    });
  }
  getFontWeights(): string[][] {
    this.count('getFontWeights', this.cellsK());
    return this.grid((_r, _c, cell) => {
      const w = cell?.format?.fontWeight;
      return typeof w === 'string' ? w : 'normal';
    });
  }
  getHorizontalAlignment(): string {
    this.count('getHorizontalAlignment');
    const a = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))
      ?.format?.horizontalAlignment;
    return typeof a === 'string' ? a : 'general';
  }
  insertCheckboxes(): RangeImpl {
    this.count('insertCheckboxes');
    this.eachCell((cell) => {
      cell.validation = {
        kind: 'CHECKBOX',
        values: [],
        strict: true,
        helpText: '',
        showCustomUi: true,
      };
      if (cell.value === '') cell.value = false;
    });
    return this;
  }
  removeCheckboxes(): RangeImpl {
    this.count('removeCheckboxes');
    this.eachCell((cell) => {
      if (cell.validation?.kind === 'CHECKBOX') {
        delete cell.validation;
        if (typeof cell.value === 'boolean') cell.value = '';
      }
    });
    return this;
  }
  breakApart(): RangeImpl {
    this.count('breakApart');
    this.checkFormatWrite();
    const sheet = this.doc.sheet(this.sheetId);
    const mine = this.rect();
    sheet.merges = sheet.merges.filter((m) => {
      const r = {
        r0: m.startRowIndex ?? 0,
        r1: m.endRowIndex ?? 0,
        c0: m.startColumnIndex ?? 0,
        c1: m.endColumnIndex ?? 0,
      };
      return !(r.r0 >= mine.r0 && r.r1 <= mine.r1 && r.c0 >= mine.c0 && r.c1 <= mine.c1);
    });
    return this;
  }
  getMergedRanges(): RangeImpl[] {
    this.count('getMergedRanges');
    const mine = this.rect();
    return this.doc
      .sheet(this.sheetId)
      .merges.filter((m) => {
        const r = {
          r0: m.startRowIndex ?? 0,
          r1: m.endRowIndex ?? 0,
          c0: m.startColumnIndex ?? 0,
          c1: m.endColumnIndex ?? 0,
        };
        return r.r0 < mine.r1 && mine.r0 < r.r1 && r.c0 < mine.c1 && mine.c0 < r.c1;
      })
      .map((m) => {
        const r0 = m.startRowIndex ?? 0;
        const c0 = m.startColumnIndex ?? 0;
        return new RangeImpl(
          this.doc,
          this.sheetId,
          r0,
          c0,
          (m.endRowIndex ?? r0 + 1) - r0,
          (m.endColumnIndex ?? c0 + 1) - c0,
        );
      });
  }
  getBackground(): string {
    this.count('getBackground');
    const bg = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.format?.background;
    return typeof bg === 'string' ? bg : '#ffffff';
  }
  getFontWeight(): string {
    this.count('getFontWeight');
    const w = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.format?.fontWeight;
    return typeof w === 'string' ? w : 'normal';
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
  clearFormat(): RangeImpl {
    this.count('clearFormat');
    this.eachCell((cell) => {
      delete cell.format;
      delete cell.numberFormat;
    });
    return this;
  }
  private clearCells(formatsToo: boolean): void {
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

  setDataValidation(rule: DataValidationImpl | null): RangeImpl {
    this.count('setDataValidation');
    const model = rule ? rule.toModel() : undefined;
    this.eachCell((cell) => {
      if (model) cell.validation = { ...model, values: [...model.values] };
      else delete cell.validation;
    });
    return this;
  }
  setDataValidations(rules: (DataValidationImpl | null)[][]): RangeImpl {
    this.count('setDataValidations', this.cellsK());
    this.eachCell((cell, i, j) => {
      const rule = rules[i]?.[j];
      if (rule) cell.validation = rule.toModel();
      else delete cell.validation;
    });
    return this;
  }
  clearDataValidations(): RangeImpl {
    this.count('clearDataValidations');
    this.eachCell((cell) => delete cell.validation);
    return this;
  }
  getDataValidation(): DataValidationImpl | null {
    this.count('getDataValidation');
    const v = this.doc.sheet(this.sheetId).cells.get(key(this.r0, this.c0))?.validation;
    return v ? ruleFromModel(v) : null;
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    this.count('getDataValidations', this.cellsK());
    return this.grid((_r, _c, cell) => (cell?.validation ? ruleFromModel(cell.validation) : null));
  }

  protect(): ProtectionImpl {
    this.count('protect');
    const model = this.doc.model();
    // A range protection starts mirroring the file's editors (apps-script-facts §1.1).
    const p = newProtection(model, this.gridRange(), false);
    this.doc.touch();
    return new ProtectionImpl(this.doc, p.id);
  }

  merge(): RangeImpl {
    this.count('merge');
    this.checkFormatWrite();
    this.doc.sheet(this.sheetId).merges.push(this.gridRange());
    return this;
  }

  sort(
    spec:
      | number
      | { column: number; ascending?: boolean }
      | Array<number | { column: number; ascending?: boolean }>,
  ): RangeImpl {
    this.count('sort');
    this.checkFormatWrite();
    const list = Array.isArray(spec) ? spec : [spec];
    const specs = list.map((s) =>
      typeof s === 'number'
        ? { column: s - 1, ascending: true }
        : { column: s.column - 1, ascending: s.ascending ?? true },
    );
    sortRows(
      this.doc.sheet(this.sheetId),
      this.r0,
      this.r0 + this.nr,
      this.c0,
      this.c0 + this.nc,
      specs,
    );
    this.doc.touch();
    return this;
  }

  addDeveloperMetadata(metaKey: string, value?: string, visibility?: unknown): RangeImpl {
    this.count('addDeveloperMetadata');
    const isRows = this.c0 === 0 && this.nc === this.doc.sheet(this.sheetId).columnCount;
    const isCols = this.r0 === 0 && this.nr === this.doc.sheet(this.sheetId).rowCount;
    if (!isRows && !isCols)
      throw new AppsScriptError(
        'Adding developer metadata to arbitrary ranges is not supported. Use a whole row or column.',
      );
    addMetadata(
      this.doc.model(),
      metaKey,
      value ?? null,
      visibility,
      isRows
        ? { kind: 'ROW', sheetId: this.sheetId, start: this.r0, end: this.r0 + this.nr }
        : { kind: 'COLUMN', sheetId: this.sheetId, start: this.c0, end: this.c0 + this.nc },
    );
    return this;
  }
  getDeveloperMetadata(): MetadataImpl[] {
    this.count('getDeveloperMetadata');
    return this.doc
      .model()
      .developerMetadata.filter((d) => {
        const l = d.location;
        if (l.kind === 'ROW')
          return l.sheetId === this.sheetId && l.start === this.r0 && l.end === this.r0 + this.nr;
        if (l.kind === 'COLUMN')
          return l.sheetId === this.sheetId && l.start === this.c0 && l.end === this.c0 + this.nc;
        return false;
      })
      .map((d) => new MetadataImpl(this.doc, d.id));
  }

  activate(): RangeImpl {
    this.count('activate');
    return this;
  }
}
