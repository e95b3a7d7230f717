// Uploads converted to Google Sheets (Drive.Files.create with the spreadsheet mimeType): XLSX and
// CSV read into EMU-A's spreadsheet model; no upload gives an empty spreadsheet.
import { NotImplementedError, type DriveFileRecord, type Workspace } from '../core/workspace';
import type { EmuBlob } from '../runtime/blob';
import { newSheet, setValueAt, type SpreadsheetModel } from '../sheets/model';
import { createSpreadsheetFile } from '../sheets/spreadsheet-app';
import { XLSX_MIME } from './records';
import { readCsv, readXlsx, type ImportedSheet } from './xlsx-read';

export function modelFromImport(model: SpreadsheetModel, sheets: ImportedSheet[]): void {
  if (sheets.length === 0) return;
  model.sheets = sheets.map((s, i) => {
    const rows = Math.max(1000, ...s.cells.map((c) => c.row + 1));
    const cols = Math.max(26, ...s.cells.map((c) => c.col + 1));
    const sheet = newSheet(i, s.name, rows, cols);
    sheet.hidden = s.hidden;
    for (const c of s.cells) setValueAt(sheet, c.row, c.col, c.value, c.formula);
    return sheet;
  });
  model.nextSheetId = sheets.length;
}

export function importSpreadsheet(
  ws: Workspace,
  init: { name: string; owner: string; parents: string[]; blob: EmuBlob | null },
): DriveFileRecord {
  const record = createSpreadsheetFile(ws, init.owner, init.name, { folderId: init.parents[0] });
  record.parents = [...init.parents];
  const model =
    record.content.kind === 'spreadsheet' ? (record.content.model as SpreadsheetModel) : null;
  if (init.blob === null || model === null) return record;
  const type = init.blob.meta().contentType ?? '';
  const fileName = init.blob.meta().name ?? '';
  if (type === XLSX_MIME || fileName.toLowerCase().endsWith('.xlsx')) {
    modelFromImport(model, readXlsx(init.blob.raw(), model.timeZone));
  } else if (type === 'text/csv' || fileName.toLowerCase().endsWith('.csv')) {
    // The tab is named after the file (README A-DRIVE-CSV).
    modelFromImport(
      model,
      readCsv(Buffer.from(init.blob.raw()).toString('utf8'), init.name.replace(/\.csv$/i, '')),
    );
  } else {
    ws.files.delete(record.id);
    throw new NotImplementedError(
      `Drive.Files.create converting ${type || fileName} to a Google Sheet`,
    );
  }
  return record;
}
