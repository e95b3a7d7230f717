// SpreadsheetApp Spreadsheet. Doc: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { canEditFile } from '../core/access';
import { AppsScriptError } from '../core/workspace';
import { parseA1 } from './a1';
import { DocRef } from './context';
import { MetadataFinderImpl, MetadataImpl, addMetadata } from './metadata';
import type { GridRange, SheetModel } from './model';
import { cloneModel, newSheet, sheetByName } from './model';
import { createSpreadsheetFile } from './spreadsheet-app';
import { checkFileWritable, checkStructure } from './protect';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { strict } from './strict';
import { UserImpl, emailOf } from './user';
import { NamedRangeImpl } from './named-range';
import { recordToast } from './ui-hooks';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeSheetKey(user: string, docId: string): string {
  return `${user}|${docId}`;
}

export function activeSheets(doc: DocRef): Map<string, number> {
  return doc.ws.stateOf('sheets.activeSheet', () => new Map<string, number>());
}

export function rangeFromGrid(doc: DocRef, g: GridRange, sheet: SheetModel): RangeImpl {
  const r0 = g.startRowIndex ?? 0;
  const c0 = g.startColumnIndex ?? 0;
  return new RangeImpl(
    doc,
    sheet.sheetId,
    r0,
    c0,
    (g.endRowIndex ?? sheet.rowCount) - r0,
    (g.endColumnIndex ?? sheet.columnCount) - c0,
  );
}

export class SpreadsheetImpl implements Pick<
  SS,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getNumSheets'
> {
  constructor(readonly doc: DocRef) {
    return strict(this, 'Spreadsheet');
  }
  private count(method: string): void {
    this.doc.ws.count(`Spreadsheet.${method}`);
  }
  private writable(): void {
    checkFileWritable(this.doc.ws, this.doc.file(), this.doc.user());
    this.doc.touch();
  }

  getId(): string {
    this.count('getId');
    return this.doc.fileId;
  }
  getName(): string {
    this.count('getName');
    return this.doc.file().name;
  }
  rename(newName: string): void {
    this.count('rename');
    this.writable();
    this.doc.file().name = newName;
    this.doc.model().title = newName;
  }
  getUrl(): string {
    this.count('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.doc.fileId}/edit`;
  }
  /** "Copies the spreadsheet and returns the new one": owned by the caller; tabs, protections and metadata copied. */
  copy(name: string): SpreadsheetImpl {
    this.count('copy');
    const ws = this.doc.ws;
    const file = createSpreadsheetFile(ws, this.doc.user(), name);
    file.content = { kind: 'spreadsheet', model: { ...cloneModel(this.doc.model()), title: name } };
    return new SpreadsheetImpl(new DocRef(ws, file.id));
  }
  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.doc.model().locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.count('setSpreadsheetLocale');
    this.writable();
    this.doc.model().locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.doc.model().timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.count('setSpreadsheetTimeZone');
    this.writable();
    this.doc.model().timeZone = timeZone;
  }
  getNumSheets(): number {
    this.count('getNumSheets');
    return this.doc.model().sheets.length;
  }
  getSheets(): SheetImpl[] {
    this.count('getSheets');
    return this.doc.model().sheets.map((s) => new SheetImpl(this.doc, s.sheetId));
  }
  getSheetByName(name: string): SheetImpl | null {
    this.count('getSheetByName');
    const s = sheetByName(this.doc.model(), name);
    return s ? new SheetImpl(this.doc, s.sheetId) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    this.count('getSheetById');
    const s = this.doc.model().sheets.find((x) => x.sheetId === id);
    return s ? new SheetImpl(this.doc, s.sheetId) : null;
  }
  insertSheet(a?: string | number, b?: number): SheetImpl {
    this.count('insertSheet');
    this.writable();
    const model = this.doc.model();
    const name = typeof a === 'string' ? a : nextSheetName(model.sheets);
    const index = typeof a === 'number' ? a : (b ?? model.sheets.length);
    if (sheetByName(model, name)) {
      throw new AppsScriptError(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    const sheet = newSheet(model.nextSheetId++ * 1000 + 7, name);
    model.sheets.splice(Math.min(index, model.sheets.length), 0, sheet);
    activeSheets(this.doc).set(activeSheetKey(this.doc.user(), this.doc.fileId), sheet.sheetId);
    return new SheetImpl(this.doc, sheet.sheetId);
  }
  deleteSheet(sheet: SheetImpl): void {
    this.count('deleteSheet');
    const model = this.doc.model();
    const target = this.doc.sheet(sheet.sheetId);
    checkStructure(this.doc.ws, this.doc.file(), model, target, this.doc.user());
    if (model.sheets.length === 1)
      throw new AppsScriptError("You can't remove all the sheets in a document.");
    model.sheets = model.sheets.filter((s) => s.sheetId !== target.sheetId);
    model.protections = model.protections.filter((p) => p.range.sheetId !== target.sheetId);
    model.namedRanges = model.namedRanges.filter((n) => n.range.sheetId !== target.sheetId);
    this.doc.touch();
  }
  getActiveSheet(): SheetImpl {
    this.count('getActiveSheet');
    const model = this.doc.model();
    const id = activeSheets(this.doc).get(activeSheetKey(this.doc.user(), this.doc.fileId));
    const sheet =
      model.sheets.find((s) => s.sheetId === id) ??
      model.sheets.find((s) => !s.hidden) ??
      model.sheets[0];
    if (!sheet) throw new AppsScriptError('The spreadsheet has no sheets.');
    return new SheetImpl(this.doc, sheet.sheetId);
  }
  setActiveSheet(sheet: SheetImpl): SheetImpl {
    this.count('setActiveSheet');
    activeSheets(this.doc).set(activeSheetKey(this.doc.user(), this.doc.fileId), sheet.sheetId);
    return sheet;
  }
  getRange(a1: string): RangeImpl {
    this.count('getRange');
    const parts = parseA1(a1);
    const model = this.doc.model();
    const activeId = activeSheets(this.doc).get(activeSheetKey(this.doc.user(), this.doc.fileId));
    // Without a tab name, A1 refers to the active sheet.
    const sheet =
      parts.sheetName === null
        ? (model.sheets.find((x) => x.sheetId === activeId) ?? model.sheets[0])
        : sheetByName(model, parts.sheetName);
    if (!sheet) throw new AppsScriptError('Range not found');
    return rangeFromGrid(
      this.doc,
      {
        sheetId: sheet.sheetId,
        startRowIndex: parts.startRow,
        endRowIndex: parts.endRow,
        startColumnIndex: parts.startCol,
        endColumnIndex: parts.endCol,
      },
      sheet,
    );
  }
  getRangeByName(name: string): RangeImpl | null {
    this.count('getRangeByName');
    const n = this.doc.model().namedRanges.find((x) => x.name === name);
    return n ? rangeFromGrid(this.doc, n.range, this.doc.sheet(n.range.sheetId)) : null;
  }
  setNamedRange(name: string, range: RangeImpl): void {
    this.count('setNamedRange');
    this.writable();
    const model = this.doc.model();
    const existing = model.namedRanges.find((x) => x.name === name);
    if (existing) existing.range = range.gridRange();
    else model.namedRanges.push({ id: this.doc.ws.newId('nr'), name, range: range.gridRange() });
  }
  removeNamedRange(name: string): void {
    this.count('removeNamedRange');
    this.writable();
    const model = this.doc.model();
    model.namedRanges = model.namedRanges.filter((x) => x.name !== name);
  }
  getNamedRanges(): NamedRangeImpl[] {
    this.count('getNamedRanges');
    return this.doc.model().namedRanges.map((n) => new NamedRangeImpl(this.doc, n.id));
  }
  getProtections(type: unknown): ProtectionImpl[] {
    this.count('getProtections');
    const wantSheet = String(type) === 'SHEET';
    return this.doc
      .model()
      .protections.filter((p) => p.sheetProtection === wantSheet)
      .map((p) => new ProtectionImpl(this.doc, p.id));
  }
  getOwner(): UserImpl {
    this.count('getOwner');
    return new UserImpl(this.doc.file().owner);
  }
  getEditors(): UserImpl[] {
    this.count('getEditors');
    const file = this.doc.file();
    return [file.owner, ...file.editors].map((e) => new UserImpl(e));
  }
  getViewers(): UserImpl[] {
    this.count('getViewers');
    return [...this.doc.file().viewers].map((e) => new UserImpl(e));
  }
  private share(): void {
    if (!canEditFile(this.doc.ws, this.doc.file(), this.doc.user()))
      throw new AppsScriptError('Access denied: DriveApp.');
  }
  addEditor(user: string | { getEmail(): string }): SpreadsheetImpl {
    this.count('addEditor');
    this.share();
    const file = this.doc.file();
    const email = emailOf(user);
    file.viewers.delete(email);
    if (email !== file.owner) file.editors.add(email);
    return this;
  }
  addEditors(users: string[]): SpreadsheetImpl {
    this.count('addEditors');
    this.share();
    const file = this.doc.file();
    for (const u of users.map(emailOf)) if (u !== file.owner) file.editors.add(u);
    return this;
  }
  removeEditor(user: string | { getEmail(): string }): SpreadsheetImpl {
    this.count('removeEditor');
    this.share();
    this.doc.file().editors.delete(emailOf(user));
    return this;
  }
  addViewer(user: string | { getEmail(): string }): SpreadsheetImpl {
    this.count('addViewer');
    this.share();
    const file = this.doc.file();
    const email = emailOf(user);
    if (!file.editors.has(email) && email !== file.owner) file.viewers.add(email);
    return this;
  }
  addViewers(users: string[]): SpreadsheetImpl {
    this.count('addViewers');
    this.share();
    const file = this.doc.file();
    for (const email of users.map(emailOf))
      if (!file.editors.has(email) && email !== file.owner) file.viewers.add(email);
    return this;
  }
  removeViewer(user: string | { getEmail(): string }): SpreadsheetImpl {
    this.count('removeViewer');
    this.share();
    this.doc.file().viewers.delete(emailOf(user));
    return this;
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): SpreadsheetImpl {
    this.count('addDeveloperMetadata');
    this.writable();
    addMetadata(this.doc.model(), key, value ?? null, visibility, { kind: 'SPREADSHEET' });
    return this;
  }
  getDeveloperMetadata(): MetadataImpl[] {
    this.count('getDeveloperMetadata');
    return this.doc
      .model()
      .developerMetadata.filter((d) => d.location.kind === 'SPREADSHEET')
      .map((d) => new MetadataImpl(this.doc, d.id));
  }
  createDeveloperMetadataFinder(): MetadataFinderImpl {
    this.count('createDeveloperMetadataFinder');
    return new MetadataFinderImpl(this.doc, () => true);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.count('toast');
    recordToast(this.doc.ws, this.doc.user(), this.doc.fileId, {
      msg,
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

function nextSheetName(sheets: SheetModel[]): string {
  let n = sheets.length + 1;
  while (sheets.some((s) => s.title === `Sheet${n}`)) n += 1;
  return `Sheet${n}`;
}
