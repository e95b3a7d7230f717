// The SpreadsheetApp global. Doc: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { canView } from '../core/access';
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';
import { DocRef, requireFullAuth } from './context';
import { DataValidationBuilderImpl, DataValidationCriteria } from './data-validation';
import { newSheet, newSpreadsheetModel, spreadsheetFile } from './model';
import { NO_ACCESS_MESSAGE } from './protect';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { strictService } from './strict';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** Creates a spreadsheet file owned by `owner` (no execution needed: the driver uses it for setup). */
export function createSpreadsheetFile(
  ws: Workspace,
  owner: string,
  name: string,
  options: {
    folderId?: string;
    rows?: number;
    columns?: number;
    locale?: string;
    timeZone?: string;
  } = {},
): DriveFileRecord {
  const id = ws.newId('ss');
  const model = newSpreadsheetModel(name, options.locale, options.timeZone);
  if (options.rows !== undefined || options.columns !== undefined) {
    model.sheets = [newSheet(0, 'Sheet1', options.rows, options.columns)];
  }
  const now = ws.clock.now();
  const file: DriveFileRecord = {
    id,
    name,
    mimeType: SPREADSHEET_MIME,
    owner: owner.toLowerCase(),
    editors: new Set(),
    viewers: new Set(),
    parents: options.folderId ? [options.folderId] : [],
    trashed: false,
    description: '',
    appProperties: {},
    createdTime: now,
    modifiedTime: now,
    sharing: { access: 'PRIVATE', permission: 'NONE' },
    contentRestrictions: [],
    content: { kind: 'spreadsheet', model },
  };
  ws.files.set(id, file);
  return file;
}

/** Opens a spreadsheet as the current execution's user, as Apps Script does. */
export function openSpreadsheet(ws: Workspace, id: string): SpreadsheetImpl {
  const file = spreadsheetFile(ws, id);
  if (!canView(ws, file, ws.execution.user)) throw new AppsScriptError(NO_ACCESS_MESSAGE);
  return new SpreadsheetImpl(new DocRef(ws, id));
}

export function idFromUrl(url: string): string {
  const m = /\/d\/([A-Za-z0-9_-]+)/.exec(url);
  if (!m?.[1]) throw new AppsScriptError('Invalid argument: url');
  return m[1];
}

export function createSpreadsheetApp(ws: Workspace, getUi: () => unknown) {
  const active = (method: string): SpreadsheetImpl | null => {
    ws.count(`SpreadsheetApp.${method}`);
    const e = ws.execution;
    if (e.authMode === 'NONE') requireFullAuth(ws, `SpreadsheetApp.${method}`);
    if (!e.documentId) return null;
    return openSpreadsheet(ws, e.documentId);
  };
  const app = {
    openById(id: string): SpreadsheetImpl {
      ws.count('SpreadsheetApp.openById');
      requireFullAuth(ws, 'SpreadsheetApp.openById');
      return openSpreadsheet(ws, id);
    },
    openByUrl(url: string): SpreadsheetImpl {
      ws.count('SpreadsheetApp.openByUrl');
      requireFullAuth(ws, 'SpreadsheetApp.openByUrl');
      return openSpreadsheet(ws, idFromUrl(url));
    },
    open(file: { getId(): string }): SpreadsheetImpl {
      ws.count('SpreadsheetApp.open');
      requireFullAuth(ws, 'SpreadsheetApp.open');
      return openSpreadsheet(ws, file.getId());
    },
    getActiveSpreadsheet: (): SpreadsheetImpl | null => active('getActiveSpreadsheet'),
    getActive: (): SpreadsheetImpl | null => active('getActive'),
    getActiveSheet(): SheetImpl | null {
      const ss = active('getActiveSheet');
      return ss ? ss.getActiveSheet() : null;
    },
    getActiveRange(): RangeImpl | null {
      ws.count('SpreadsheetApp.getActiveRange');
      return null;
    },
    create(name: string, rows?: number, columns?: number): SpreadsheetImpl {
      ws.count('SpreadsheetApp.create');
      requireFullAuth(ws, 'SpreadsheetApp.create');
      const file = createSpreadsheetFile(ws, ws.execution.user, name, { rows, columns });
      return new SpreadsheetImpl(new DocRef(ws, file.id));
    },
    flush(): void {
      ws.count('SpreadsheetApp.flush');
    },
    newDataValidation(): DataValidationBuilderImpl {
      ws.count('SpreadsheetApp.newDataValidation');
      return new DataValidationBuilderImpl(ws);
    },
    getUi(): unknown {
      ws.count('SpreadsheetApp.getUi');
      return getUi();
    },
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    DataValidationCriteria,
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    DeveloperMetadataLocationType: {
      SPREADSHEET: 'SPREADSHEET',
      SHEET: 'SHEET',
      ROW: 'ROW',
      COLUMN: 'COLUMN',
    },
    Dimension: { ROWS: 'ROWS', COLUMNS: 'COLUMNS' },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    BorderStyle: {
      SOLID: 'SOLID',
      SOLID_MEDIUM: 'SOLID_MEDIUM',
      SOLID_THICK: 'SOLID_THICK',
      DASHED: 'DASHED',
      DOTTED: 'DOTTED',
      DOUBLE: 'DOUBLE',
    },
  };
  return strictService(app, 'SpreadsheetApp');
}

export type SpreadsheetAppEmu = ReturnType<typeof createSpreadsheetApp>;
