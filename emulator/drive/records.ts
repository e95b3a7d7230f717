// Drive file records: creation, lookup with access checks, folder trees, the per-user root folder.
// https://developers.google.com/apps-script/reference/drive/drive-app
import { accessOf, canEditFile, canView } from '../core/access';
import {
  AppsScriptError,
  type DriveFileRecord,
  type FileContent,
  type Workspace,
} from '../core/workspace';
import { virtualNow } from '../runtime/time';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** DriveApp.getFileById without access or with an unknown id (text reported by users, e.g. chriskyfung/AutoFetcher-IG-Stories-to-GDrive#112). */
export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** A change the user's role does not allow (README assumption A-DRIVE-DENIED). */
export const ACCESS_DENIED_MESSAGE = 'Access denied: DriveApp.';
/** Content-restricted file: title or content change refused (README assumption A-DRIVE-READONLY). */
export const CONTENT_RESTRICTED_MESSAGE =
  'This file is read-only (Drive content restriction): its title and content cannot be changed until the restriction is removed.';

export function newRecord(
  ws: Workspace,
  init: {
    name: string;
    mimeType: string;
    owner: string;
    parents: string[];
    content: FileContent;
    idPrefix?: string;
  },
): DriveFileRecord {
  const now = virtualNow(ws);
  const record: DriveFileRecord = {
    id: ws.newId(init.idPrefix ?? (init.content.kind === 'folder' ? 'fo' : 'fi')),
    name: init.name,
    mimeType: init.mimeType,
    owner: init.owner.toLowerCase(),
    editors: new Set(),
    viewers: new Set(),
    parents: [...init.parents],
    trashed: false,
    description: '',
    appProperties: {},
    createdTime: now,
    modifiedTime: now,
    sharing: { access: 'PRIVATE', permission: 'NONE' },
    contentRestrictions: [],
    content: init.content,
  };
  ws.files.set(record.id, record);
  return record;
}

/** Each user's My Drive root, created on first use. */
export function rootFolderOf(ws: Workspace, email: string): DriveFileRecord {
  const user = email.toLowerCase();
  const roots = ws.stateOf<Record<string, string>>('drive.roots', () => ({}));
  const existing = roots[user] ? ws.files.get(roots[user]) : undefined;
  if (existing) return existing;
  const root = newRecord(ws, {
    name: 'My Drive',
    mimeType: FOLDER_MIME,
    owner: user,
    parents: [],
    content: { kind: 'folder' },
    idPrefix: 'root',
  });
  roots[user] = root.id;
  return root;
}

export function isRootFolder(ws: Workspace, id: string): boolean {
  return Object.values(ws.stateOf<Record<string, string>>('drive.roots', () => ({}))).includes(id);
}

/** The record if the current user may see it, else Apps Script's "No item with the given ID" error. */
export function visibleRecord(ws: Workspace, id: string, kind: 'file' | 'folder'): DriveFileRecord {
  const record = ws.files.get(String(id));
  const isFolder = record?.content.kind === 'folder';
  if (!record || isFolder !== (kind === 'folder') || !canView(ws, record, ws.execution.user)) {
    throw new AppsScriptError(NO_ITEM_MESSAGE);
  }
  return record;
}

export function requireEdit(ws: Workspace, record: DriveFileRecord): void {
  if (!canEditFile(ws, record, ws.execution.user)) throw new AppsScriptError(ACCESS_DENIED_MESSAGE);
}

export function requireOwner(ws: Workspace, record: DriveFileRecord): void {
  if (accessOf(ws, record, ws.execution.user) !== 'owner')
    throw new AppsScriptError(ACCESS_DENIED_MESSAGE);
}

/** Title and content changes are refused for everyone while a read-only restriction is set (guides/file-locking). */
export function requireContentWritable(record: DriveFileRecord): void {
  if (record.contentRestrictions.some((r) => r.readOnly))
    throw new AppsScriptError(CONTENT_RESTRICTED_MESSAGE);
}

export function touch(ws: Workspace, record: DriveFileRecord): void {
  record.modifiedTime = virtualNow(ws);
}

/** Children of a folder the current user can see, not trashed, in creation order. */
export function childrenOf(
  ws: Workspace,
  folderId: string,
  kind: 'file' | 'folder' | 'any' = 'any',
): DriveFileRecord[] {
  const out: DriveFileRecord[] = [];
  for (const record of ws.files.values()) {
    if (record.trashed || !record.parents.includes(folderId)) continue;
    const isFolder = record.content.kind === 'folder';
    if (kind !== 'any' && isFolder !== (kind === 'folder')) continue;
    if (canView(ws, record, ws.execution.user)) out.push(record);
  }
  return out;
}

/** Everything the current user can see (DriveApp.getFiles / getFilesByName search all of Drive). */
export function allVisible(ws: Workspace, kind: 'file' | 'folder'): DriveFileRecord[] {
  const out: DriveFileRecord[] = [];
  for (const record of ws.files.values()) {
    if (record.trashed || isRootFolder(ws, record.id)) continue;
    if ((record.content.kind === 'folder') !== (kind === 'folder')) continue;
    if (canView(ws, record, ws.execution.user)) out.push(record);
  }
  return out;
}

export function sizeOf(record: DriveFileRecord): number {
  // Google-type files (Sheets, folders) report 0 bytes of quota (File.getSize on a native file).
  return record.content.kind === 'blob' ? record.content.bytes.length : 0;
}

export function urlOf(record: DriveFileRecord): string {
  if (record.mimeType === SPREADSHEET_MIME)
    return `https://docs.google.com/spreadsheets/d/${record.id}/edit`;
  if (record.content.kind === 'folder')
    return `https://drive.google.com/drive/folders/${record.id}`;
  return `https://drive.google.com/file/d/${record.id}/view`;
}

/** Setup helper (no execution counted): a folder owned by `owner`, in `parentId` or at the top. */
export function createDriveFolder(
  ws: Workspace,
  owner: string,
  name: string,
  parentId?: string,
): DriveFileRecord {
  return newRecord(ws, {
    name,
    mimeType: FOLDER_MIME,
    owner,
    parents: parentId === undefined ? [] : [parentId],
    content: { kind: 'folder' },
  });
}

/** Setup helper (no execution counted): a file with bytes (a font, a roster CSV…) owned by `owner`. */
export function createDriveFile(
  ws: Workspace,
  owner: string,
  init: { name: string; mimeType: string; bytes: Uint8Array | string; folderId?: string },
): DriveFileRecord {
  const bytes =
    typeof init.bytes === 'string'
      ? new Uint8Array(Buffer.from(init.bytes, 'utf8'))
      : new Uint8Array(init.bytes);
  return newRecord(ws, {
    name: init.name,
    mimeType: init.mimeType,
    owner,
    parents: init.folderId === undefined ? [] : [init.folderId],
    content: { kind: 'blob', bytes },
  });
}
