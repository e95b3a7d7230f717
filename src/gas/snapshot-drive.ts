// ArchiveDrive on Apps Script: the advanced Drive service (v3) for folders, copies, appProperties
// and content restrictions (https://developers.google.com/drive/api/guides/file-locking), DriveApp
// for sharing and blobs, the Sheets API for a copy's values, the export URL for XLSX, Utilities.zip.
import type { ArchiveDrive, DriveItem, DriveProps } from '../app/snapshots/ports';
import { ARCHIVE_FOLDER_NAME } from '../domain/archive/naming';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
const LIST_FIELDS = 'nextPageToken,files(id,name,mimeType,appProperties)';

/** Blob bytes are signed (-128..127); the archive works with unsigned bytes. */
export function fromSigned(bytes: ArrayLike<number>): Uint8Array {
  return Uint8Array.from(bytes as ArrayLike<number>);
}

export function toSigned(bytes: Uint8Array): number[] {
  return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
}

interface FileJson {
  id?: string;
  name?: string;
  mimeType?: string;
  appProperties?: Record<string, string>;
  trashed?: boolean;
  contentRestrictions?: Array<{ readOnly?: boolean }>;
}

type Json = Record<string, unknown>;

/** The advanced services as called here (Drive v3 and Sheets v4 shapes, untyped upstream). */
interface DriveV3 {
  Files: {
    list(args: Json): Json;
    get(id: string, args: Json): Json;
    create(resource: Json, blob: GoogleAppsScript.Base.Blob | undefined, args: Json): Json;
    copy(resource: Json, id: string, args: Json): Json;
    update(resource: Json, id: string, blob: undefined, args: Json): Json;
  };
  Permissions: { create(resource: Json, id: string, args: Json): Json };
}
interface SheetsV4 {
  Spreadsheets: {
    get(id: string, args: Json): Json;
    Values: { batchGet(id: string, args: Json): Json };
  };
}
const drive = (): DriveV3 => Drive as unknown as DriveV3;
const sheets = (): SheetsV4 => Sheets as unknown as SheetsV4;

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function list(q: string): DriveItem[] {
  const out: DriveItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive().Files.list({
      q,
      fields: LIST_FIELDS,
      pageSize: 1000,
      ...(pageToken ? { pageToken } : {}),
    }) as unknown as { files?: FileJson[]; nextPageToken?: string };
    for (const f of page.files ?? [])
      out.push({
        id: f.id ?? '',
        name: f.name ?? '',
        isSpreadsheet: f.mimeType === SHEETS_MIME,
        props: { ...(f.appProperties ?? {}) },
      });
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

/** ISO strings for dates so a fingerprint never depends on the time zone of the reader. */
function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

export class GasArchiveDrive implements ArchiveDrive {
  /** controlId: where the archive goes when the settings name no year folder (its parent). */
  constructor(private readonly controlId: string) {}

  archiveFolder(settingsYearFolderId: string, viewers: readonly string[] | null): string | null {
    const yearFolderId =
      settingsYearFolderId || DriveApp.getFileById(this.controlId).getParents().next().getId();
    const found = list(
      `${quote(yearFolderId)} in parents and name = ${quote(ARCHIVE_FOLDER_NAME)} and mimeType = '${FOLDER_MIME}' and trashed = false`,
    );
    if (found[0]) return found[0].id;
    if (viewers === null) return null;
    const id = this.createFolder(yearFolderId, ARCHIVE_FOLDER_NAME, {});
    this.addViewers(id, viewers);
    return id;
  }

  listFolders(parentId: string): DriveItem[] {
    return list(
      `${quote(parentId)} in parents and mimeType = '${FOLDER_MIME}' and trashed = false`,
    );
  }

  createFolder(parentId: string, name: string, props: DriveProps): string {
    const made = drive().Files.create(
      { name, mimeType: FOLDER_MIME, parents: [parentId], appProperties: props },
      undefined,
      { fields: 'id' },
    ) as unknown as FileJson;
    return made.id ?? '';
  }

  setProps(id: string, props: DriveProps): void {
    drive().Files.update({ appProperties: props }, id, undefined, { fields: 'id' });
  }

  listFiles(folderId: string): DriveItem[] {
    return list(
      `${quote(folderId)} in parents and mimeType != '${FOLDER_MIME}' and trashed = false`,
    );
  }

  copySpreadsheet(sourceId: string, folderId: string, name: string, props: DriveProps): string {
    const made = drive().Files.copy({ name, parents: [folderId], appProperties: props }, sourceId, {
      fields: 'id',
    }) as unknown as FileJson;
    return made.id ?? '';
  }

  restrictReadOnly(fileId: string, reason: string): void {
    drive().Files.update({ contentRestrictions: [{ readOnly: true, reason }] }, fileId, undefined, {
      fields: 'id',
    });
  }

  isReadOnly(fileId: string): boolean | null {
    let f: FileJson;
    try {
      f = drive().Files.get(fileId, {
        fields: 'trashed,contentRestrictions',
      }) as unknown as FileJson;
    } catch {
      return null;
    }
    if (f.trashed) return null;
    return (f.contentRestrictions ?? []).some((r) => r.readOnly === true);
  }

  shareViewOnly(fileId: string, viewers: readonly string[]): void {
    const file = DriveApp.getFileById(fileId);
    file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
    for (const editor of file.getEditors()) file.removeEditor(editor);
    if (viewers.length > 0) file.addViewers([...viewers]);
  }

  /** Drive v3 permissions work on files and folders alike; no notification e-mail. */
  addViewers(id: string, viewers: readonly string[]): void {
    for (const emailAddress of viewers)
      drive().Permissions.create({ role: 'reader', type: 'user', emailAddress }, id, {
        sendNotificationEmail: false,
        fields: 'id',
      });
  }

  readSheetValues(spreadsheetId: string): Array<{ title: string; values: unknown[][] }> {
    const meta = sheets().Spreadsheets.get(spreadsheetId, {
      fields: 'sheets.properties.title',
    }) as unknown as { sheets?: Array<{ properties?: { title?: string } }> };
    const titles = (meta.sheets ?? []).map((s) => s.properties?.title ?? '');
    if (titles.length === 0) return [];
    const got = sheets().Spreadsheets.Values.batchGet(spreadsheetId, {
      ranges: titles.map((t) => `'${t.replace(/'/g, "''")}'`),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    }) as unknown as { valueRanges?: Array<{ values?: unknown[][] }> };
    return titles.map((title, i) => ({
      title,
      values: (got.valueRanges?.[i]?.values ?? []).map((row) => row.map(plain)),
    }));
  }

  exportXlsx(spreadsheetId: string): Uint8Array {
    const url = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/export?format=xlsx`;
    const response = UrlFetchApp.fetch(url, {
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
    const code = response.getResponseCode();
    if (code !== 200)
      throw new Error(
        `Xuất XLSX của tệp ${spreadsheetId} thất bại (HTTP ${code}); sẽ thử lại ở lần chạy sau.`,
      );
    return fromSigned(response.getContent());
  }

  createFile(folderId: string, name: string, mimeType: string, bytes: Uint8Array): string {
    const blob = Utilities.newBlob(toSigned(bytes), mimeType, name);
    const made = drive().Files.create({ name, mimeType, parents: [folderId] }, blob, {
      fields: 'id',
    }) as unknown as FileJson;
    return made.id ?? '';
  }

  readFile(fileId: string): Uint8Array {
    return fromSigned(DriveApp.getFileById(fileId).getBlob().getBytes());
  }

  /** The ZIP goes to the caller's own Drive: the archive folder is never written by readers. */
  zipFiles(fileIds: readonly string[], zipName: string): { id: string; url: string } {
    const blobs = fileIds.map((id) => DriveApp.getFileById(id).getBlob());
    const zip = Utilities.zip(blobs, zipName);
    const file = DriveApp.createFile(zip);
    return {
      id: file.getId(),
      url: `https://drive.google.com/uc?export=download&id=${file.getId()}`,
    };
  }
}
