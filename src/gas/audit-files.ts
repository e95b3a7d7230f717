// System-only storage of the audit area: JSON files in a Drive folder owned by the system account
// and shared with nobody (reconciled states, captured edits); small values in script properties.
import type { SmallStore, SystemFiles } from '../app/audit/ports';

export const SYSTEM_FOLDER_KEY = 'sodiem.systemDataFolderId';
export const FILE_IDS_KEY = 'sodiem.audit.fileIds';
export const SYSTEM_FOLDER_NAME = 'Sổ điểm - dữ liệu hệ thống (không chia sẻ)';

export function propertiesStore(props: GoogleAppsScript.Properties.Properties): SmallStore {
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => {
      if (value === null) props.deleteProperty(key);
      else props.setProperty(key, value);
    },
  };
}

export class DriveSystemFiles implements SystemFiles {
  private folder: GoogleAppsScript.Drive.Folder | null = null;
  private readonly ids = new Map<string, string>();
  constructor(private readonly props: GoogleAppsScript.Properties.Properties) {}

  private home(): GoogleAppsScript.Drive.Folder {
    if (this.folder) return this.folder;
    const id = this.props.getProperty(SYSTEM_FOLDER_KEY);
    if (id) this.folder = DriveApp.getFolderById(id);
    else {
      this.folder = DriveApp.createFolder(SYSTEM_FOLDER_NAME);
      this.props.setProperty(SYSTEM_FOLDER_KEY, this.folder.getId());
    }
    return this.folder;
  }

  /** File ids by name, kept in script properties: one getFileById instead of a folder search. */
  private known(): Record<string, string> {
    return JSON.parse(this.props.getProperty(FILE_IDS_KEY) ?? '{}') as Record<string, string>;
  }

  private remember(name: string, id: string): void {
    this.ids.set(name, id);
    this.props.setProperty(FILE_IDS_KEY, JSON.stringify({ ...this.known(), [name]: id }));
  }

  private file(name: string): GoogleAppsScript.Drive.File | null {
    const known = this.ids.get(name) ?? this.known()[name];
    if (known) {
      try {
        const f = DriveApp.getFileById(known);
        this.ids.set(name, known);
        return f;
      } catch {
        // Removed or no longer ours: search the folder again.
      }
    }
    const it = this.home().getFilesByName(name);
    if (!it.hasNext()) return null;
    const f = it.next();
    this.remember(name, f.getId());
    return f;
  }

  read(name: string): string | null {
    return this.file(name)?.getBlob().getDataAsString('UTF-8') ?? null;
  }

  write(name: string, text: string): void {
    const f = this.file(name);
    if (f) f.setContent(text);
    else this.remember(name, this.home().createFile(name, text, 'application/json').getId());
  }
}
