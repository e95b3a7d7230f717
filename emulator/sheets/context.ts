// What every Spreadsheet/Sheet/Range object shares: the workspace and the file it belongs to.
// Objects keep ids, never model references, so an atomic batch can swap the model underneath.
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';
import type { CellValue, SheetModel, SpreadsheetModel } from './model';
import { modelOf, spreadsheetFile } from './model';

export class DocRef {
  constructor(
    readonly ws: Workspace,
    readonly fileId: string,
  ) {}

  file(): DriveFileRecord {
    return spreadsheetFile(this.ws, this.fileId);
  }

  model(): SpreadsheetModel {
    return modelOf(this.file());
  }

  sheet(sheetId: number): SheetModel {
    const sheet = this.model().sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) throw new AppsScriptError(`Sheet ${sheetId} not found (it may have been deleted).`);
    return sheet;
  }

  /** The user the current execution runs as. */
  user(): string {
    return this.ws.execution.user;
  }

  touch(): void {
    this.file().modifiedTime = this.ws.clock.now();
  }
}

/** Scopes Apps Script names when a simple trigger calls a service that needs authorization. */
export const SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets',
  Sheets: 'https://www.googleapis.com/auth/spreadsheets',
  DriveApp: 'https://www.googleapis.com/auth/drive',
  Drive: 'https://www.googleapis.com/auth/drive',
  UrlFetchApp: 'https://www.googleapis.com/auth/script.external_request',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
};

/**
 * Simple triggers run in LIMITED mode (NONE before the add-on is enabled): a call that needs
 * authorization throws. Doc: https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export function requireFullAuth(ws: Workspace, method: string): void {
  const mode = ws.execution.authMode;
  if (mode === 'FULL' || mode === 'CUSTOM_FUNCTION') return;
  const service = method.slice(0, method.indexOf('.'));
  const scope = SCOPES[service] ?? 'https://www.googleapis.com/auth/script.external_request';
  throw new AppsScriptError(
    `You do not have permission to call ${method}. Required permissions: ${scope}`,
  );
}

/** Normalises a value a script writes: null/undefined → "", other objects → their text. */
export function normaliseWritten(value: unknown): CellValue | '' {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '#NUM!';
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date)
    return value;
  return String(value);
}
