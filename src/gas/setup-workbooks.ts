// Workbooks on the Sheets advanced service: one batchUpdate, one values.batchUpdate (RAW), one
// values.batchGet (unformatted) per call — the fewest service calls the API allows.
import type { Workbooks } from '../app/setup/ports';
import type { Cell } from '../domain/control';
import type { SheetsRequest, ValueRange } from '../domain/setup';

export class GasWorkbooks implements Workbooks {
  batchUpdate(id: string, requests: SheetsRequest[]): void {
    if (requests.length === 0) return;
    Sheets!.Spreadsheets!.batchUpdate(
      { requests } as GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
      id,
    );
  }

  writeValues(id: string, data: readonly ValueRange[]): void {
    if (data.length === 0) return;
    Sheets!.Spreadsheets!.Values!.batchUpdate(
      { valueInputOption: 'RAW', data: data.map((d) => ({ range: d.range, values: d.values })) },
      id,
    );
  }

  readValues(id: string, ranges: readonly string[]): Cell[][][] {
    if (ranges.length === 0) return [];
    const res = Sheets!.Spreadsheets!.Values!.batchGet(id, {
      ranges: [...ranges],
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    return (res.valueRanges ?? []).map((v) => (v.values ?? []) as Cell[][]);
  }
}
