// WorkbookSharing on DriveApp: the file's editors, and adding the teachers who must type in it.
import type { WorkbookSharing } from '../app/permissions/ports';

export class DriveWorkbookSharing implements WorkbookSharing {
  editors(workbookId: string): string[] {
    const file = DriveApp.getFileById(workbookId);
    return [file.getOwner()?.getEmail() ?? '', ...file.getEditors().map((u) => u.getEmail())];
  }

  addEditors(workbookId: string, emails: readonly string[]): void {
    DriveApp.getFileById(workbookId).addEditors([...emails]);
  }
}
