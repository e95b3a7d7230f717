// ProtectionStore on the advanced Sheets service: one spreadsheets.get (tabs and protected ranges)
// and one spreadsheets.batchUpdate per workbook (apps-script-facts §1.7).
import type { ProtectionStore } from '../app/permissions/ports';
import type { ProtectedRange, ProtectionRequest, WorkbookProtections } from '../domain/permissions';

const FIELDS = 'sheets(properties(sheetId,title),protectedRanges)';

interface SheetJson {
  properties?: { sheetId?: number; title?: string };
  protectedRanges?: ProtectedRange[];
}

export class SheetsProtectionStore implements ProtectionStore {
  read(workbookId: string): WorkbookProtections {
    const book = Sheets!.Spreadsheets!.get(workbookId, { fields: FIELDS }) as {
      sheets?: SheetJson[];
    };
    const sheets = book.sheets ?? [];
    return {
      sheets: sheets.map((s) => ({
        sheetId: s.properties?.sheetId ?? 0,
        title: s.properties?.title ?? '',
      })),
      protectedRanges: sheets.flatMap((s) => s.protectedRanges ?? []),
    };
  }

  apply(workbookId: string, requests: readonly ProtectionRequest[]): void {
    Sheets!.Spreadsheets!.batchUpdate(
      { requests: requests as GoogleAppsScript.Sheets.Schema.Request[] },
      workbookId,
    );
  }
}
