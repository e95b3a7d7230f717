// The advanced Sheets service (Sheets API v4 subset). Filled in by advanced-*.ts modules.
import type { Workspace } from '../core/workspace';
import { strict } from './strict';

export function createSheetsAdvanced(ws: Workspace) {
  void ws;
  return strict({ Spreadsheets: strict({}, 'Sheets.Spreadsheets') }, 'Sheets');
}
