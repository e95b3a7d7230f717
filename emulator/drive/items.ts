// DriveApp's File and Folder objects, and their iterators, over ws.files records.
// https://developers.google.com/apps-script/reference/drive/file
// https://developers.google.com/apps-script/reference/drive/folder
import { accessOf } from '../core/access';
import {
  AppsScriptError,
  NotImplementedError,
  type DriveFileRecord,
  type SharingAccess,
  type SharingPermission,
  type Workspace,
} from '../core/workspace';
import { cloneModel, modelOf, type SpreadsheetModel } from '../sheets/model';
import { EmuBlob, blobOf, mimeFromName } from '../runtime/blob';
import { asGas, strict } from '../runtime/strict';
import { tally } from '../runtime/time';
import {
  FOLDER_MIME,
  SPREADSHEET_MIME,
  childrenOf,
  newRecord,
  requireContentWritable,
  requireEdit,
  requireOwner,
  sizeOf,
  touch,
  urlOf,
  visibleRecord,
} from './records';

type GasFile = GoogleAppsScript.Drive.File;
type GasFolder = GoogleAppsScript.Drive.Folder;

const emailOf = (user: unknown): string =>
  (typeof user === 'string' ? user : (user as { getEmail(): string }).getEmail()).toLowerCase();

class DriveUser implements Pick<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'> {
  constructor(
    private readonly ws: Workspace,
    private readonly email: string,
  ) {}
  getEmail(): string {
    tally(this.ws, 'User.getEmail');
    return this.email;
  }
  getName(): string {
    tally(this.ws, 'User.getName');
    return this.ws.users.get(this.email)?.name ?? this.email;
  }
  getDomain(): string {
    tally(this.ws, 'User.getDomain');
    return this.ws.domainOf(this.email);
  }
  getPhotoUrl(): string {
    throw new NotImplementedError('User.getPhotoUrl');
  }
}

export function driveUser(ws: Workspace, email: string): GoogleAppsScript.Drive.User {
  return asGas(strict('User', new DriveUser(ws, email)));
}

/** What File and Folder share: identity, sharing, description, trash, dates. */
abstract class DriveItem {
  constructor(
    protected readonly ws: Workspace,
    readonly id: string,
    protected readonly type: 'File' | 'Folder',
  ) {}

  protected count(method: string, units = 1): void {
    this.ws.count(`${this.type}.${method}`, units);
  }
  /** The record as the current user sees it (access re-checked on every call). */
  protected rec(): DriveFileRecord {
    return visibleRecord(this.ws, this.id, this.type === 'Folder' ? 'folder' : 'file');
  }
  protected self<T>(): T {
    return asGas<T>(
      this.type === 'Folder' ? wrapFolder(this.ws, this.id) : wrapFile(this.ws, this.id),
    );
  }

  getId(): string {
    this.count('getId');
    return this.rec().id;
  }
  getName(): string {
    this.count('getName');
    return this.rec().name;
  }
  getDescription(): string | null {
    this.count('getDescription');
    const d = this.rec().description;
    return d === '' ? null : d;
  }
  getDateCreated(): Date {
    this.count('getDateCreated');
    return new Date(this.rec().createdTime);
  }
  getLastUpdated(): Date {
    this.count('getLastUpdated');
    return new Date(this.rec().modifiedTime);
  }
  getUrl(): string {
    this.count('getUrl');
    return urlOf(this.rec());
  }
  getSize(): number {
    this.count('getSize');
    return sizeOf(this.rec());
  }
  isTrashed(): boolean {
    this.count('isTrashed');
    return this.rec().trashed;
  }
  getOwner(): GoogleAppsScript.Drive.User {
    this.count('getOwner');
    return driveUser(this.ws, this.rec().owner);
  }
  getEditors(): GoogleAppsScript.Drive.User[] {
    this.count('getEditors');
    return [...this.rec().editors].map((e) => driveUser(this.ws, e));
  }
  getViewers(): GoogleAppsScript.Drive.User[] {
    this.count('getViewers');
    return [...this.rec().viewers].map((e) => driveUser(this.ws, e));
  }
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    this.count('getSharingAccess');
    return asGas(this.rec().sharing.access);
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    this.count('getSharingPermission');
    return asGas(this.rec().sharing.permission);
  }
  getAccess(user: unknown): GoogleAppsScript.Drive.Permission {
    this.count('getAccess');
    const level = accessOf(this.ws, this.rec(), emailOf(user));
    return asGas({ owner: 'OWNER', edit: 'EDIT', view: 'VIEW', none: 'NONE' }[level]);
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.count('getParents');
    const parents = this.rec().parents.filter((id) => {
      const p = this.ws.files.get(id);
      return p !== undefined && accessOf(this.ws, p, this.ws.execution.user) !== 'none';
    });
    return folderIterator(this.ws, parents);
  }

  setName<T>(name: string): T {
    this.count('setName');
    const record = this.rec();
    requireEdit(this.ws, record);
    requireContentWritable(record);
    record.name = String(name);
    if (record.content.kind === 'spreadsheet')
      (record.content.model as SpreadsheetModel).title = record.name;
    touch(this.ws, record);
    return this.self<T>();
  }
  setDescription<T>(description: string): T {
    this.count('setDescription');
    const record = this.rec();
    requireEdit(this.ws, record);
    record.description = String(description);
    return this.self<T>();
  }
  /** Only the owner trashes a My Drive item (README A-DRIVE-TRASH). */
  setTrashed<T>(trashed: boolean): T {
    this.count('setTrashed');
    const record = this.rec();
    requireOwner(this.ws, record);
    record.trashed = Boolean(trashed);
    return this.self<T>();
  }
  /** Editors may change sharing: "a user with edit access can still … change its sharing settings". */
  setSharing<T>(accessType: unknown, permissionType: unknown): T {
    this.count('setSharing');
    const record = this.rec();
    requireEdit(this.ws, record);
    record.sharing = {
      access: String(accessType) as SharingAccess,
      permission: String(permissionType) as SharingPermission,
    };
    return this.self<T>();
  }
  private share<T>(
    method: string,
    emails: unknown[],
    roles: Array<'edit' | 'view'>,
    add: boolean,
  ): T {
    this.count(method);
    const record = this.rec();
    requireEdit(this.ws, record);
    for (const user of emails) {
      const email = emailOf(user);
      if (email === record.owner) continue; // the owner keeps ownership
      for (const role of roles) {
        const set = role === 'edit' ? record.editors : record.viewers;
        if (add) {
          set.add(email);
          if (role === 'edit') record.viewers.delete(email);
        } else set.delete(email);
      }
    }
    return this.self<T>();
  }
  addEditor<T>(user: unknown): T {
    return this.share<T>('addEditor', [user], ['edit'], true);
  }
  addEditors<T>(emails: string[]): T {
    return this.share<T>('addEditors', emails, ['edit'], true);
  }
  removeEditor<T>(user: unknown): T {
    return this.share<T>('removeEditor', [user], ['edit'], false);
  }
  addViewer<T>(user: unknown): T {
    return this.share<T>('addViewer', [user], ['view'], true);
  }
  addViewers<T>(emails: string[]): T {
    return this.share<T>('addViewers', emails, ['view'], true);
  }
  removeViewer<T>(user: unknown): T {
    return this.share<T>('removeViewer', [user], ['view'], false);
  }
  revokePermissions<T>(user: unknown): T {
    return this.share<T>('revokePermissions', [user], ['edit', 'view'], false);
  }
  /** Needs edit access on the item and on the destination ("an editor can still move an item"). */
  moveTo<T>(destination: unknown): T {
    this.count('moveTo');
    const record = this.rec();
    requireEdit(this.ws, record);
    const target = visibleRecord(this.ws, folderIdOf(destination), 'folder');
    requireEdit(this.ws, target);
    if (target.id === record.id) throw new AppsScriptError('Invalid argument: destination');
    record.parents = [target.id];
    return this.self<T>();
  }
}

export class EmuFile
  extends DriveItem
  implements
    Pick<
      GasFile,
      | 'getId'
      | 'getName'
      | 'getMimeType'
      | 'getSize'
      | 'getUrl'
      | 'isTrashed'
      | 'getDescription'
      | 'getDateCreated'
      | 'getLastUpdated'
      | 'getBlob'
      | 'getAs'
      | 'getEditors'
      | 'getViewers'
      | 'getOwner'
      | 'getSharingAccess'
      | 'getSharingPermission'
      | 'getParents'
    >
{
  constructor(ws: Workspace, id: string) {
    super(ws, id, 'File');
  }
  getMimeType(): string {
    this.count('getMimeType');
    return this.rec().mimeType;
  }
  /**
   * A blob file's bytes. For a Google Sheet Apps Script returns a PDF rendering, which the emulator
   * does not produce (README A-BLOB-PDF): export XLSX through UrlFetchApp instead.
   */
  getBlob(): GoogleAppsScript.Base.Blob {
    const record = this.rec();
    this.count('getBlob', sizeOf(record) / 1e6);
    if (record.content.kind === 'blob') {
      return new EmuBlob(this.ws, record.content.bytes, record.mimeType, record.name);
    }
    throw new NotImplementedError(`File.getBlob for ${record.mimeType} (a PDF rendering)`);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.count('getAs');
    const record = this.rec();
    if (
      record.content.kind === 'blob' &&
      record.mimeType === 'application/pdf' &&
      contentType === 'application/pdf'
    ) {
      return new EmuBlob(
        this.ws,
        record.content.bytes,
        'application/pdf',
        record.name.replace(/\.[^.]*$/, '') + '.pdf',
      );
    }
    throw new NotImplementedError(`File.getAs('${contentType}') for ${record.mimeType}`);
  }
  setContent(content: string): GasFile {
    this.count('setContent');
    const record = this.rec();
    requireEdit(this.ws, record);
    requireContentWritable(record);
    if (record.content.kind !== 'blob')
      throw new NotImplementedError(`File.setContent for ${record.mimeType}`);
    record.content = { kind: 'blob', bytes: new Uint8Array(Buffer.from(String(content), 'utf8')) };
    touch(this.ws, record);
    return this.self<GasFile>();
  }
  /**
   * The copy is owned by the executing user, shared with nobody (README A-DRIVE-COPY), placed in
   * `destination` or else in the source's parents; a spreadsheet copy deep-copies its model.
   */
  makeCopy(nameOrFolder?: unknown, destination?: unknown): GasFile {
    this.count('makeCopy');
    const source = this.rec();
    const name = typeof nameOrFolder === 'string' ? nameOrFolder : `Copy of ${source.name}`;
    const folder =
      typeof nameOrFolder === 'string' || nameOrFolder === undefined ? destination : nameOrFolder;
    let parents = source.parents;
    if (folder !== undefined) {
      const target = visibleRecord(this.ws, folderIdOf(folder), 'folder');
      requireEdit(this.ws, target);
      parents = [target.id];
    }
    const content =
      source.content.kind === 'spreadsheet'
        ? { kind: 'spreadsheet' as const, model: { ...cloneModel(modelOf(source)), title: name } }
        : source.content.kind === 'blob'
          ? { kind: 'blob' as const, bytes: new Uint8Array(source.content.bytes) }
          : source.content;
    const copy = newRecord(this.ws, {
      name,
      mimeType: source.mimeType,
      owner: this.ws.execution.user,
      parents,
      content,
      idPrefix: source.content.kind === 'spreadsheet' ? 'ss' : 'fi',
    });
    copy.description = source.description;
    return wrapFile(this.ws, copy.id);
  }
}

export class EmuFolder
  extends DriveItem
  implements
    Pick<
      GasFolder,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getFiles'
      | 'getFolders'
      | 'getFilesByName'
      | 'getFoldersByName'
      | 'createFolder'
      | 'createFile'
      | 'getEditors'
      | 'getViewers'
      | 'getOwner'
      | 'getParents'
    >
{
  constructor(ws: Workspace, id: string) {
    super(ws, id, 'Folder');
  }
  createFolder(name: string): GasFolder {
    this.count('createFolder');
    const parent = this.rec();
    requireEdit(this.ws, parent);
    const folder = newRecord(this.ws, {
      name: String(name),
      mimeType: FOLDER_MIME,
      owner: this.ws.execution.user,
      parents: [parent.id],
      content: { kind: 'folder' },
    });
    return wrapFolder(this.ws, folder.id);
  }
  createFile(blobOrName: unknown, content?: string, mimeType?: string): GasFile {
    const bytes =
      typeof blobOrName === 'string'
        ? Buffer.byteLength(content ?? '')
        : blobOf(blobOrName).raw().length;
    this.count('createFile', bytes / 1e6);
    return createFileIn(this.ws, this.rec(), blobOrName, content, mimeType);
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.count('getFiles');
    return fileIterator(
      this.ws,
      childrenOf(this.ws, this.rec().id, 'file').map((r) => r.id),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.count('getFolders');
    return folderIterator(
      this.ws,
      childrenOf(this.ws, this.rec().id, 'folder').map((r) => r.id),
    );
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.count('getFilesByName');
    const ids = childrenOf(this.ws, this.rec().id, 'file')
      .filter((r) => r.name === name)
      .map((r) => r.id);
    return fileIterator(this.ws, ids);
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    this.count('getFilesByType');
    const ids = childrenOf(this.ws, this.rec().id, 'file')
      .filter((r) => r.mimeType === mimeType)
      .map((r) => r.id);
    return fileIterator(this.ws, ids);
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.count('getFoldersByName');
    const ids = childrenOf(this.ws, this.rec().id, 'folder')
      .filter((r) => r.name === name)
      .map((r) => r.id);
    return folderIterator(this.ws, ids);
  }
}

export function createFileIn(
  ws: Workspace,
  parent: DriveFileRecord,
  blobOrName: unknown,
  content?: string,
  mimeType?: string,
): GasFile {
  requireEdit(ws, parent);
  let name: string;
  let bytes: Uint8Array;
  let type: string;
  if (typeof blobOrName === 'string') {
    name = blobOrName;
    bytes = new Uint8Array(Buffer.from(String(content ?? ''), 'utf8'));
    type = mimeType ?? 'text/plain';
  } else {
    const blob = blobOf(blobOrName);
    name = blob.meta().name ?? 'Untitled';
    bytes = new Uint8Array(blob.raw());
    type = blob.meta().contentType ?? mimeFromName(name) ?? 'application/octet-stream';
  }
  if (type.startsWith('application/vnd.google-apps.')) {
    throw new NotImplementedError(
      `DriveApp.createFile with Google type ${type} (use Drive.Files.create)`,
    );
  }
  const record = newRecord(ws, {
    name,
    mimeType: type,
    owner: ws.execution.user,
    parents: [parent.id],
    content: { kind: 'blob', bytes },
  });
  return wrapFile(ws, record.id);
}

export function folderIdOf(folder: unknown): string {
  if (folder instanceof EmuFolder) return folder.id;
  const maybe = folder as { getId?: () => string };
  if (typeof maybe?.getId === 'function') return maybe.getId();
  throw new AppsScriptError('Invalid argument: destination');
}

export function wrapFile(ws: Workspace, id: string): GasFile {
  return asGas(strict('File', new EmuFile(ws, id)));
}
export function wrapFolder(ws: Workspace, id: string): GasFolder {
  return asGas(strict('Folder', new EmuFolder(ws, id)));
}

class Iterator<T> {
  private index = 0;
  constructor(
    private readonly ws: Workspace,
    private readonly name: string,
    private readonly ids: string[],
    private readonly wrap: (id: string) => T,
  ) {}
  hasNext(): boolean {
    this.ws.count(`${this.name}.hasNext`);
    return this.index < this.ids.length;
  }
  next(): T {
    this.ws.count(`${this.name}.next`);
    const id = this.ids[this.index++];
    if (id === undefined)
      throw new AppsScriptError('Cannot retrieve the next object: iterator has reached the end.');
    return this.wrap(id);
  }
  getContinuationToken(): string {
    throw new NotImplementedError(`${this.name}.getContinuationToken`);
  }
}

export function fileIterator(ws: Workspace, ids: string[]): GoogleAppsScript.Drive.FileIterator {
  return asGas(new Iterator(ws, 'FileIterator', ids, (id) => wrapFile(ws, id)));
}
export function folderIterator(
  ws: Workspace,
  ids: string[],
): GoogleAppsScript.Drive.FolderIterator {
  return asGas(new Iterator(ws, 'FolderIterator', ids, (id) => wrapFolder(ws, id)));
}

export { SPREADSHEET_MIME };
