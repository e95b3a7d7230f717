// Port: a class workbook's protections through the Sheets API (one read, one batchUpdate).
import type { ProtectionRequest, WorkbookProtections } from '../../domain/permissions';

export interface ProtectionStore {
  /** spreadsheets.get with sheets(properties(sheetId,title),protectedRanges). */
  read(workbookId: string): WorkbookProtections;
  /** spreadsheets.batchUpdate with the requests, all or nothing. */
  apply(workbookId: string, requests: readonly ProtectionRequest[]): void;
}

/** Port: who may open a class workbook for editing (Drive sharing). */
export interface WorkbookSharing {
  editors(workbookId: string): string[];
  addEditors(workbookId: string, emails: readonly string[]): void;
}
