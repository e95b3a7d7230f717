// Protection semantics and the write check every edit goes through (user edit, paste, script
// setValues, Sheets API batch). Doc: https://developers.google.com/apps-script/reference/spreadsheet/protection
import { canEditFile } from '../core/access';
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';
import type { GridRange, ProtectionModel, Rect, SheetModel, SpreadsheetModel } from './model';
import { contains, intersects, rectOf } from './model';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Assumption (README): the text for a write by someone without edit access to the file. */
export const NO_EDIT_ACCESS_MESSAGE = 'You do not have permission to edit this document.';
/** Assumption (README): the text for a write to a file under a read-only Drive content restriction. */
export const READ_ONLY_MESSAGE =
  'This document is read-only (Drive content restriction). Remove the restriction to edit it.';
export const NO_ACCESS_MESSAGE = 'You do not have permission to access the requested document.';

/** Thrown when a user's edit (type, paste, clear, structure) or a write is refused. */
export class EditRefusedError extends AppsScriptError {
  constructor(message: string) {
    super(message);
    this.name = 'EditRefusedError';
  }
}

export type WriteActor = 'user' | 'script' | 'api';

export interface WriteWarning {
  user: string;
  documentId: string;
  sheet: string;
  protectionId: number;
  description: string;
}

/** The people who may edit a protection: the owner always; the file's editors while it mirrors them. */
export function effectiveEditors(file: DriveFileRecord, p: ProtectionModel): string[] {
  const set = new Set<string>([file.owner]);
  const source = p.editors ?? file.editors;
  for (const e of source) set.add(e);
  return [...set];
}

export function canEditProtection(
  ws: Workspace,
  file: DriveFileRecord,
  p: ProtectionModel,
  user: string,
): boolean {
  const who = user.toLowerCase();
  // "The spreadsheet owner is always able to edit protected ranges and sheets."
  if (who === file.owner) return true;
  if (!canEditFile(ws, file, who)) return false;
  // "Warning-based protection means that every user can edit data in the area" (Assumption: and its settings).
  if (p.warningOnly || p.editors === null) return true;
  if (p.editors.has(who)) return true;
  return p.domainEdit && ws.domainOf(who) === ws.domainOf(file.owner);
}

/** Cells of rect that the protection covers (sheet protections minus their unprotected ranges). */
export function coversAny(p: ProtectionModel, sheet: SheetModel, rect: Rect): boolean {
  const pr = rectOf(p.range, sheet);
  if (!intersects(pr, rect)) return false;
  if (p.unprotectedRanges.length === 0) return true;
  const holes = p.unprotectedRanges.map((u) => rectOf(u, sheet));
  const r0 = Math.max(pr.r0, rect.r0);
  const r1 = Math.min(pr.r1, rect.r1);
  const c0 = Math.max(pr.c0, rect.c0);
  const c1 = Math.min(pr.c1, rect.c1);
  for (let r = r0; r < r1; r++) {
    for (let c = c0; c < c1; c++) {
      if (!holes.some((h) => contains(h, r, c))) return true;
    }
  }
  return false;
}

export function protectionsOn(model: SpreadsheetModel, sheetId: number): ProtectionModel[] {
  return model.protections.filter((p) => p.range.sheetId === sheetId);
}

/** Refuses a write to a file the user cannot edit, or that carries a read-only restriction. */
export function checkFileWritable(ws: Workspace, file: DriveFileRecord, user: string): void {
  if (file.contentRestrictions.some((r) => r.readOnly))
    throw new EditRefusedError(READ_ONLY_MESSAGE);
  if (!canEditFile(ws, file, user)) throw new EditRefusedError(NO_EDIT_ACCESS_MESSAGE);
}

/**
 * Checks that `user` may write the rectangle. A user needs edit rights on EVERY protection covering
 * a cell (Assumption, README). Warning-only protections let the edit proceed; for a user's own edit
 * the warning is recorded (the dialog's OK is assumed to be clicked).
 */
export function checkWrite(
  ws: Workspace,
  file: DriveFileRecord,
  model: SpreadsheetModel,
  sheet: SheetModel,
  rect: Rect,
  user: string,
  actor: WriteActor,
): void {
  checkFileWritable(ws, file, user);
  const warnings: WriteWarning[] = [];
  for (const p of protectionsOn(model, sheet.sheetId)) {
    if (!coversAny(p, sheet, rect)) continue;
    if (p.warningOnly) {
      if (actor === 'user') {
        warnings.push({
          user,
          documentId: file.id,
          sheet: sheet.title,
          protectionId: p.id,
          description: p.description,
        });
      }
      continue;
    }
    if (!canEditProtection(ws, file, p, user)) throw new EditRefusedError(PROTECTED_MESSAGE);
  }
  warningsOf(ws).push(...warnings);
}

/** Structural edits (insert/delete rows, sort, rename, delete tab) need every protection on the sheet. */
export function checkStructure(
  ws: Workspace,
  file: DriveFileRecord,
  model: SpreadsheetModel,
  sheet: SheetModel,
  user: string,
  rect?: Rect,
): void {
  checkFileWritable(ws, file, user);
  for (const p of protectionsOn(model, sheet.sheetId)) {
    if (p.warningOnly) continue;
    if (rect && !coversAny(p, sheet, rect)) continue;
    if (!canEditProtection(ws, file, p, user)) throw new EditRefusedError(PROTECTED_MESSAGE);
  }
}

export function warningsOf(ws: Workspace): WriteWarning[] {
  return ws.stateOf<WriteWarning[]>('sheets.protectionWarnings', () => []);
}

export function newProtection(
  model: SpreadsheetModel,
  range: GridRange,
  sheetProtection: boolean,
): ProtectionModel {
  const p: ProtectionModel = {
    id: nextProtectionId(model),
    range,
    sheetProtection,
    description: '',
    warningOnly: false,
    editors: null,
    domainEdit: false,
    unprotectedRanges: [],
    rangeName: null,
  };
  model.protections.push(p);
  return p;
}

export function nextProtectionId(model: SpreadsheetModel): number {
  // Sheets API ids are large opaque ints; a stable sequence keeps tests deterministic.
  const id = 1_000_000 + model.nextProtectionId;
  model.nextProtectionId += 1;
  return id;
}
