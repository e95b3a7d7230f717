// SpreadsheetApp Sheet. Doc: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { AppsScriptError } from '../core/workspace';
import { parseRef } from './a1';
import type { DocRef } from './context';
import { MetadataImpl, addMetadata } from './metadata';
import type { SheetModel } from './model';
import { lastRowCol, valueAt } from './model';
import { checkFileWritable, checkStructure, newProtection, protectionsOn } from './protect';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { SpreadsheetImpl } from './spreadsheet';
import { strict } from './strict';
import { sheetLayoutMethods, type SheetLayoutMethods } from './sheet-layout';
import { shiftDimension, sortRows } from './structure';
import { writeGrid } from './writes';
import { normaliseWritten } from './context';

type S = GoogleAppsScript.Spreadsheet.Sheet;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- methods mixed in below
export class SheetImpl implements Pick<
  S,
  | 'getName'
  | 'getSheetId'
  | 'getIndex'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'isSheetHidden'
> {
  constructor(
    readonly doc: DocRef,
    readonly sheetId: number,
  ) {
    return strict(this, 'Sheet');
  }

  count(method: string, units = 1): void {
    this.doc.ws.count(`Sheet.${method}`, units);
  }
  get m(): SheetModel {
    return this.doc.sheet(this.sheetId);
  }
  structural(rect?: { r0: number; r1: number; c0: number; c1: number }): SheetModel {
    const sheet = this.m;
    checkStructure(this.doc.ws, this.doc.file(), this.doc.model(), sheet, this.doc.user(), rect);
    this.doc.touch();
    return sheet;
  }

  getName(): string {
    this.count('getName');
    return this.m.title;
  }
  setName(name: string): SheetImpl {
    this.count('setName');
    const model = this.doc.model();
    if (model.sheets.some((s) => s.title === name && s.sheetId !== this.sheetId)) {
      throw new AppsScriptError(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    this.structural().title = name;
    return this;
  }
  getSheetId(): number {
    this.count('getSheetId');
    return this.sheetId;
  }
  getIndex(): number {
    this.count('getIndex');
    return this.doc.model().sheets.findIndex((s) => s.sheetId === this.sheetId) + 1;
  }
  getParent(): SpreadsheetImpl {
    this.count('getParent');
    return new SpreadsheetImpl(this.doc);
  }

  getRange(
    a1OrRow: string | number,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): RangeImpl {
    this.count('getRange');
    const sheet = this.m;
    if (typeof a1OrRow === 'string') {
      const parts = parseRef(a1OrRow);
      if (!parts) throw new AppsScriptError('Range not found');
      const r0 = parts.startRow ?? 0;
      const c0 = parts.startCol ?? 0;
      return new RangeImpl(
        this.doc,
        this.sheetId,
        r0,
        c0,
        (parts.endRow ?? sheet.rowCount) - r0,
        (parts.endCol ?? sheet.columnCount) - c0,
      );
    }
    if (column === undefined)
      throw new AppsScriptError(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    if (a1OrRow < 1 || column < 1) throw new AppsScriptError('Range not found');
    return new RangeImpl(
      this.doc,
      this.sheetId,
      a1OrRow - 1,
      column - 1,
      numRows ?? 1,
      numColumns ?? 1,
    );
  }
  getDataRange(): RangeImpl {
    this.count('getDataRange');
    const { row, col } = lastRowCol(this.m);
    return new RangeImpl(this.doc, this.sheetId, 0, 0, Math.max(1, row), Math.max(1, col));
  }
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    this.count('getSheetValues');
    const sheet = this.m;
    const { row, col } = lastRowCol(sheet);
    const nr = numRows === -1 ? row - startRow + 1 : numRows;
    const nc = numColumns === -1 ? col - startColumn + 1 : numColumns;
    return Array.from({ length: nr }, (_, i) =>
      Array.from({ length: nc }, (_, j) => valueAt(sheet, startRow - 1 + i, startColumn - 1 + j)),
    );
  }
  getLastRow(): number {
    this.count('getLastRow');
    return lastRowCol(this.m).row;
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return lastRowCol(this.m).col;
  }
  getMaxRows(): number {
    this.count('getMaxRows');
    return this.m.rowCount;
  }
  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.m.columnCount;
  }
  appendRow(rowContents: unknown[]): SheetImpl {
    this.count('appendRow');
    const sheet = this.m;
    const at = lastRowCol(sheet).row;
    if (at >= sheet.rowCount) sheet.rowCount = at + 1;
    sheet.columnCount = Math.max(sheet.columnCount, rowContents.length);
    writeGrid(
      {
        ws: this.doc.ws,
        file: this.doc.file(),
        model: this.doc.model(),
        sheet,
        user: this.doc.user(),
        actor: 'script',
      },
      at,
      0,
      [rowContents.map(normaliseWritten)],
    );
    return this;
  }

  shift(dim: 'ROWS' | 'COLUMNS', at: number, delta: number): void {
    const sheet = this.m;
    const rect =
      dim === 'ROWS'
        ? { r0: at, r1: at + Math.max(1, -delta), c0: 0, c1: sheet.columnCount }
        : { r0: 0, r1: sheet.rowCount, c0: at, c1: at + Math.max(1, -delta) };
    this.structural(rect);
    shiftDimension(this.doc.model(), sheet, dim, at, delta);
  }
  sort(columnPosition: number, ascending = true): SheetImpl {
    this.count('sort');
    const sheet = this.structural();
    const { row, col } = lastRowCol(sheet);
    sortRows(sheet, sheet.frozenRows, row, 0, col, [{ column: columnPosition - 1, ascending }]);
    return this;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.m.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.structural().frozenRows = rows;
  }
  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    return this.m.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    this.structural().frozenColumns = columns;
  }
  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.m.hidden;
  }
  hideSheet(): SheetImpl {
    this.count('hideSheet');
    const model = this.doc.model();
    if (model.sheets.filter((s) => !s.hidden && s.sheetId !== this.sheetId).length === 0) {
      throw new AppsScriptError("You can't hide all the sheets in a document.");
    }
    this.structural().hidden = true;
    return this;
  }
  showSheet(): SheetImpl {
    this.count('showSheet');
    this.structural().hidden = false;
    return this;
  }
  clear(): SheetImpl {
    this.count('clear');
    const sheet = this.m;
    checkStructure(this.doc.ws, this.doc.file(), this.doc.model(), sheet, this.doc.user());
    sheet.cells.clear();
    this.doc.touch();
    return this;
  }
  clearContents(): SheetImpl {
    this.count('clearContents');
    const sheet = this.m;
    checkStructure(this.doc.ws, this.doc.file(), this.doc.model(), sheet, this.doc.user());
    for (const cell of sheet.cells.values()) {
      cell.value = '';
      delete cell.formula;
    }
    this.doc.touch();
    return this;
  }
  activate(): SheetImpl {
    this.count('activate');
    return this;
  }

  /** "The copied sheet is named 'Copy of [original name]'"; protections are not copied (Assumption). */
  copyTo(spreadsheet: SpreadsheetImpl): SheetImpl {
    this.count('copyTo');
    const source = this.m;
    const target = spreadsheet.doc;
    checkFileWritable(target.ws, target.file(), target.user());
    const model = target.model();
    let title = `Copy of ${source.title}`;
    for (let n = 2; model.sheets.some((x) => x.title === title); n++)
      title = `Copy of ${source.title} ${n}`;
    const copy = structuredClone(source);
    copy.sheetId = model.nextSheetId++ * 1000 + 7;
    copy.title = title;
    copy.hidden = false;
    copy.merges = copy.merges.map((m) => ({ ...m, sheetId: copy.sheetId }));
    model.sheets.push(copy);
    target.touch();
    return new SheetImpl(target, copy.sheetId);
  }
  protect(): ProtectionImpl {
    this.count('protect');
    const model = this.doc.model();
    // "If the sheet is already protected, this method returns an object representing its existing protection settings."
    const existing = protectionsOn(model, this.sheetId).find((p) => p.sheetProtection);
    if (existing) return new ProtectionImpl(this.doc, existing.id);
    const p = newProtection(model, { sheetId: this.sheetId }, true);
    this.doc.touch();
    return new ProtectionImpl(this.doc, p.id);
  }
  getProtections(type: unknown): ProtectionImpl[] {
    this.count('getProtections');
    const wantSheet = String(type) === 'SHEET';
    return protectionsOn(this.doc.model(), this.sheetId)
      .filter((p) => p.sheetProtection === wantSheet)
      .map((p) => new ProtectionImpl(this.doc, p.id));
  }

  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): SheetImpl {
    this.count('addDeveloperMetadata');
    addMetadata(this.doc.model(), key, value ?? null, visibility, {
      kind: 'SHEET',
      sheetId: this.sheetId,
    });
    return this;
  }
  getDeveloperMetadata(): MetadataImpl[] {
    this.count('getDeveloperMetadata');
    return this.doc
      .model()
      .developerMetadata.filter(
        (d) => d.location.kind === 'SHEET' && d.location.sheetId === this.sheetId,
      )
      .map((d) => new MetadataImpl(this.doc, d.id));
  }
}

// Row/column structure and sizes live in sheet-layout.ts (one purpose per file).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SheetImpl extends SheetLayoutMethods {}
Object.assign(SheetImpl.prototype, sheetLayoutMethods);
