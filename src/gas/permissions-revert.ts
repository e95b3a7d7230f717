// Writes late edits' old values back (as the system account, which owns the workbook and so
// passes every protection), one Sheets API values.batchUpdate per workbook, RAW as stored.
import type { CellReverter } from '../app/tick/late-edits-step';
import { a1Cell } from '../domain/layout';

export class SheetsCellReverter implements CellReverter {
  revert(
    workbookId: string,
    cells: ReadonlyArray<{ sheet: string; row: number; col: number; value: unknown }>,
  ): void {
    if (cells.length === 0) return;
    Sheets!.Spreadsheets!.Values!.batchUpdate(
      {
        valueInputOption: 'RAW',
        data: cells.map((c) => ({
          range: a1Cell(c.sheet, c.row, c.col),
          values: [[c.value ?? '']],
        })),
      },
      workbookId,
    );
  }
}
