// The Sheets API v4 shapes the protection diff reads and writes (ProtectedRange, GridRange and
// the three batchUpdate requests). Doc: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange

/** 0-based, end-exclusive; a range with only sheetId is the whole sheet. */
export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface Editors {
  users?: string[];
  groups?: string[];
  domainUsersCanEdit?: boolean;
}

export interface ProtectedRange {
  protectedRangeId?: number;
  range?: GridRange;
  description?: string;
  warningOnly?: boolean;
  requestingUserCanEdit?: boolean;
  unprotectedRanges?: GridRange[];
  editors?: Editors;
}

export type ProtectionRequest =
  | { addProtectedRange: { protectedRange: ProtectedRange } }
  | { updateProtectedRange: { protectedRange: ProtectedRange; fields: string } }
  | { deleteProtectedRange: { protectedRangeId: number } };

export interface SheetRef {
  sheetId: number;
  title: string;
}

/** A workbook's tabs and protections as `spreadsheets.get` returns them. */
export interface WorkbookProtections {
  sheets: SheetRef[];
  protectedRanges: ProtectedRange[];
}

export function isWholeSheet(r: GridRange | undefined): boolean {
  return (
    r !== undefined &&
    r.startRowIndex === undefined &&
    r.endRowIndex === undefined &&
    r.startColumnIndex === undefined &&
    r.endColumnIndex === undefined
  );
}
