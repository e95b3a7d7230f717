// The emulator's public entry: createEmulator and the types tests use (contract: emulator/README.md).
import type { EmulatorOptions } from './driver';
import { Emulator } from './driver';

export { Emulator, Actor } from './driver';
export type { EmulatorOptions, DriverHooks, FiringTrigger } from './driver';
export { createGlobals } from './globals';
export type { Globals } from './globals';
export { Workspace, AppsScriptError, NotImplementedError } from './core/workspace';
export type { Execution, AuthMode, Deployment } from './core/workspace';
export {
  EditRefusedError,
  PROTECTED_MESSAGE,
  NO_ACCESS_MESSAGE,
  NO_EDIT_ACCESS_MESSAGE,
  READ_ONLY_MESSAGE,
} from './sheets/protect';
export { SheetInspector } from './sheets/inspector';
export { createSpreadsheetFile } from './sheets/spreadsheet-app';
export { modelOf } from './sheets/model';
export type { SpreadsheetModel, SheetModel, CellValue } from './sheets/model';

// EMU-B: load a saved workspace (emu.save(dir)) back into a driver; setup and test helpers.
export { loadEmulator } from './persist/load-emulator';
export { saveWorkspace, loadWorkspace } from './persist/save-load';
export { createDriveFile, createDriveFolder } from './drive/records';
export { setScriptOwner } from './runtime/session';
export { holdLock } from './runtime/lock';
export { setHtmlDir } from './runtime/html-service';
export type { UiRecord, MenuRecord, DialogRecord, AlertRecord } from './runtime/ui';

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
