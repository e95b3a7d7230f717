// Ports of the year setup: Drive (folders, files, sharing), class workbooks (batch structure,
// batch values), a checkpoint store for resumable runs, and the clock.
import type { Cell } from '../../domain/control';
import type { SheetsRequest, ValueRange } from '../../domain/setup';
import type { ControlStore } from '../ports/control-store';

export interface SetupDrive {
  /** Creates a folder inside `parentId` (or the user's root) and returns its id. */
  createFolder(name: string, parentId: string | null): string;
  /** The first parent folder of a file, or null. */
  parentOf(fileId: string): string | null;
  /** Creates an empty spreadsheet in the folder and returns its id. */
  createSpreadsheet(name: string, folderId: string | null): string;
  /** Adds editors to a file (idempotent; no notification). */
  addEditors(fileId: string, emails: readonly string[]): void;
  /**
   * Lets the admins into the admin-only control workbook (Drive editors, and editors of each of
   * its protections) and the year folder, where they export books and bundles (idempotent).
   */
  shareControl(controlId: string, yearFolderId: string, admins: readonly string[]): void;
}

export interface Workbooks {
  /** One Sheets API spreadsheets.batchUpdate (atomic). */
  batchUpdate(id: string, requests: SheetsRequest[]): void;
  /** One values.batchUpdate with RAW input. */
  writeValues(id: string, data: readonly ValueRange[]): void;
  /** One values.batchGet; each range's rows (trailing empties may be missing). */
  readValues(id: string, ranges: readonly string[]): Cell[][][];
}

export interface Checkpoints {
  load(key: string): string | null;
  save(key: string, value: string | null): void;
}

export interface Clock {
  now(): number;
}

export interface SetupDeps {
  store: ControlStore;
  drive: SetupDrive;
  workbooks: Workbooks;
  checkpoints: Checkpoints;
  clock: Clock;
  /** Who runs it (for the event log). */
  actor: string;
}
