// SetupDrive on DriveApp and the Sheets API: folders, new spreadsheets (locale vi_VN), sharing.
import type { SetupDrive } from '../app/setup/ports';

export class GasSetupDrive implements SetupDrive {
  private readonly folders = new Map<string, GoogleAppsScript.Drive.Folder>();
  /** Files this execution created, reused for sharing (one getFileById less per class). */
  private readonly files = new Map<string, GoogleAppsScript.Drive.File>();

  private file(id: string): GoogleAppsScript.Drive.File {
    let f = this.files.get(id);
    if (!f) {
      f = DriveApp.getFileById(id);
      this.files.set(id, f);
    }
    return f;
  }

  private folder(id: string): GoogleAppsScript.Drive.Folder {
    let f = this.folders.get(id);
    if (!f) {
      f = DriveApp.getFolderById(id);
      this.folders.set(id, f);
    }
    return f;
  }

  createFolder(name: string, parentId: string | null): string {
    const f = parentId ? this.folder(parentId).createFolder(name) : DriveApp.createFolder(name);
    this.folders.set(f.getId(), f);
    return f.getId();
  }

  parentOf(fileId: string): string | null {
    const it = DriveApp.getFileById(fileId).getParents();
    return it.hasNext() ? it.next().getId() : null;
  }

  createSpreadsheet(name: string, folderId: string | null): string {
    // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
    const created = Sheets!.Spreadsheets!.create({
      properties: { title: name, locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
    });
    const id = created.spreadsheetId!;
    if (folderId) this.file(id).moveTo(this.folder(folderId));
    return id;
  }

  addEditors(fileId: string, emails: readonly string[]): void {
    if (emails.length > 0) this.file(fileId).addEditors([...emails]);
  }

  shareControl(controlId: string, yearFolderId: string, admins: readonly string[]): void {
    if (admins.length === 0) return;
    this.file(controlId).addEditors([...admins]);
    this.folder(yearFolderId).addEditors([...admins]);
    const book = SpreadsheetApp.openById(controlId);
    const protections = [
      ...book.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      ...book.getProtections(SpreadsheetApp.ProtectionType.RANGE),
    ];
    for (const p of protections) p.addEditors([...admins]);
  }
}
