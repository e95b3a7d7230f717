// The globals the bundle sees: one object per emulated Apps Script service, all bound to one
// Workspace. Nothing else from Node leaks in (no setTimeout, TextEncoder, Buffer, require, process).
import type { Workspace } from './core/workspace';
import { createSheetsAdvanced } from './sheets/advanced';
import { createSpreadsheetApp } from './sheets/spreadsheet-app';
import { createLogger, createConsole } from './sheets/logging';
// ---- EMU-B imports ----
import { createCacheService } from './runtime/cache';
import { createPropertiesService } from './runtime/properties';
import { createVirtualDate } from './runtime/time';
import { createUtilities } from './runtime/utilities';
import { createDriveApp } from './drive/drive-app';
import { createSession } from './runtime/session';
import { createLockService } from './runtime/lock';
import { createScriptApp } from './runtime/script-app';
import { createHtmlService } from './runtime/html-service';
import { createUi } from './runtime/ui';
import { createAdvancedDrive } from './drive/advanced-drive';
import { createUrlFetchApp } from './runtime/url-fetch';
// ---- end EMU-B imports ----

export type Globals = Record<string, unknown>;

export interface GlobalsHooks {
  /** SpreadsheetApp.getUi(): EMU-B's Ui recorder for the current user and document. */
  getUi?: () => unknown;
}

export function createGlobals(ws: Workspace, hooks: GlobalsHooks = {}): Globals {
  const globals: Globals = {
    SpreadsheetApp: createSpreadsheetApp(ws, hooks.getUi ?? (() => emuBServices.getUi())),
    Sheets: createSheetsAdvanced(ws),
    Logger: createLogger(ws),
    console: createConsole(ws),
  };
  // ---- EMU-B services ----
  // EMU-B may edit this section: add Drive, DriveApp, Session, LockService, ScriptApp, HtmlService,
  // UrlFetchApp, the Ui recorder (getUi below) and anything else from emulator/runtime or emulator/drive.
  const emuBServices = {
    getUi(): unknown {
      return createUi(ws);
    },
  };
  Object.assign(globals, {
    Date: createVirtualDate(ws),
    PropertiesService: createPropertiesService(ws),
    CacheService: createCacheService(ws),
    Utilities: createUtilities(ws),
    DriveApp: createDriveApp(ws),
    Session: createSession(ws),
    LockService: createLockService(ws),
    ScriptApp: createScriptApp(ws),
    HtmlService: createHtmlService(ws),
    Drive: createAdvancedDrive(ws),
    UrlFetchApp: createUrlFetchApp(ws),
  });
  // ---- end EMU-B services ----
  return globals;
}
