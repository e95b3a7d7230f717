// Shared setup for the emulator's spreadsheet tests: a school domain, an owner, two teachers.
import { createEmulator, type Emulator } from '../../emulator';

export type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type SheetsApi = GoogleAppsScript.Sheets;

export interface School {
  emu: Emulator;
  owner: string;
  alice: string;
  bob: string;
  outsider: string;
  doc: string;
}

export function school(): School {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z') });
  const owner = emu.addUser('sodiem@truong.edu.vn', 'Hệ thống');
  const alice = emu.addUser('alice@truong.edu.vn', 'Nguyễn Thị An');
  const bob = emu.addUser('bob@truong.edu.vn', 'Trần Văn Bình');
  const outsider = emu.addUser('khach@gmail.com', 'Khách');
  const doc = emu.createSpreadsheet(owner, 'Sổ điểm 2025-2026 - Lớp 6A');
  const file = emu.ws.files.get(doc);
  file?.editors.add(alice);
  file?.editors.add(bob);
  emu.sheet(doc).model.sheets[0]!.title = 'Toán';
  return { emu, owner, alice, bob, outsider, doc };
}

export function app(emu: Emulator): SA {
  return emu.context.SpreadsheetApp as SA;
}

export function sheetsApi(emu: Emulator): SheetsApi {
  return emu.context.Sheets as SheetsApi;
}
