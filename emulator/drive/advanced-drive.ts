// The advanced Drive service (v3) subset: Files.get/update/create/copy/list/remove, Permissions.
// https://developers.google.com/apps-script/advanced/drive ("methods named delete … are named remove")
// https://developers.google.com/drive/api/guides/file-locking (content restrictions)
import { accessOf, canView } from '../core/access';
import {
  AppsScriptError,
  NotImplementedError,
  type DriveFileRecord,
  type Workspace,
} from '../core/workspace';
import { requireFull, SCOPES } from '../runtime/auth';
import { blobOf } from '../runtime/blob';
import { asGas, strict } from '../runtime/strict';
import { virtualNow } from '../runtime/time';
import { cloneModel, modelOf } from '../sheets/model';
import { importSpreadsheet } from './convert';
import { FILE_DEFAULT_FIELDS, fileResource, selectFields } from './resource';
import { FOLDER_MIME, SPREADSHEET_MIME, newRecord, rootFolderOf, touch } from './records';
import { parseQuery } from './query';

type Json = Record<string, unknown>;

/** Errors of advanced services carry the API method and the API's message. */
export class GoogleJsonResponseException extends AppsScriptError {
  constructor(method: string, message: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

/** README assumption A-DRIVE-API-READONLY (the API's exact wording was not found). */
export const RESTRICTED_API_MESSAGE =
  'The file is read-only because of a content restriction; remove the restriction to change its title or content.';

const UPDATABLE = new Set([
  'name',
  'description',
  'appProperties',
  'contentRestrictions',
  'trashed',
  'starred',
  'mimeType',
]);
const CREATABLE = new Set(['name', 'description', 'appProperties', 'parents', 'mimeType']);

export function createAdvancedDrive(ws: Workspace): unknown {
  const call = (method: string, api: string, units = 1) => {
    ws.count(`Drive.${method}`, units);
    requireFull(ws, `Drive.${method}`, SCOPES.drive);
    return api;
  };
  // "root" is the alias of the caller's My Drive folder (Drive API v3).
  const alias = (id: string) => (id === 'root' ? rootFolderOf(ws, ws.execution.user).id : id);
  const find = (api: string, id: string): DriveFileRecord => {
    const record = ws.files.get(alias(String(id)));
    if (!record || !canView(ws, record, ws.execution.user))
      throw new GoogleJsonResponseException(api, `File not found: ${id}.`);
    return record;
  };
  const level = (record: DriveFileRecord) => accessOf(ws, record, ws.execution.user);
  const requireWriter = (api: string, record: DriveFileRecord) => {
    const l = level(record);
    if (l !== 'edit' && l !== 'owner') {
      throw new GoogleJsonResponseException(
        api,
        `The user does not have sufficient permissions for file ${record.id}.`,
      );
    }
  };
  const out = (record: DriveFileRecord, fields?: string) =>
    selectFields(fileResource(ws, record), fields, FILE_DEFAULT_FIELDS) as Json;
  const parentFor = (api: string, ids: unknown): string[] => {
    const list =
      Array.isArray(ids) && ids.length > 0 ? ids.map((id) => alias(String(id))) : [alias('root')];
    for (const id of list) requireWriter(api, find(api, id));
    return list;
  };

  const Files = {
    get(fileId: string, optionalArgs: Json = {}): Json {
      const api = call('Files.get', 'drive.files.get');
      if (optionalArgs.alt === 'media')
        throw new NotImplementedError(
          'Drive.Files.get with alt=media (use DriveApp.getFileById(id).getBlob())',
        );
      return out(find(api, fileId), optionalArgs.fields as string | undefined);
    },

    update(resource: Json, fileId: string, mediaData?: unknown, optionalArgs: Json = {}): Json {
      const api = call('Files.update', 'drive.files.update');
      const record = find(api, fileId);
      for (const key of Object.keys(resource ?? {})) {
        if (!UPDATABLE.has(key)) throw new NotImplementedError(`Drive.Files.update field ${key}`);
      }
      requireWriter(api, record);
      const user = ws.execution.user;
      const restricted = record.contentRestrictions.some((r) => r.readOnly);
      // Content restrictions: "setting a content restriction on an item overwrites the existing one";
      // removing an ownerRestricted one needs the owner.
      let stillRestricted = restricted;
      if (resource.contentRestrictions !== undefined) {
        const wanted = (resource.contentRestrictions as Json[])[0] ?? { readOnly: false };
        const ownerLocked = record.contentRestrictions.some((r) => r.readOnly && r.ownerRestricted);
        if ((ownerLocked || wanted.ownerRestricted === true) && level(record) !== 'owner') {
          throw new GoogleJsonResponseException(
            api,
            `The user does not have sufficient permissions for file ${record.id}.`,
          );
        }
        stillRestricted = wanted.readOnly === true;
        record.contentRestrictions = stillRestricted
          ? [
              {
                readOnly: true,
                reason: String(wanted.reason ?? ''),
                ownerRestricted: wanted.ownerRestricted === true,
                restrictingUser: user,
                restrictionTime: new Date(virtualNow(ws)).toISOString(),
              },
            ]
          : [];
      }
      const changesContent = resource.name !== undefined || mediaData !== undefined;
      // A request both lifting the restriction and renaming is allowed; renaming under it is not.
      if (
        changesContent &&
        (resource.contentRestrictions === undefined ? restricted : stillRestricted)
      ) {
        throw new GoogleJsonResponseException(api, RESTRICTED_API_MESSAGE);
      }
      if (resource.mimeType !== undefined && resource.mimeType !== record.mimeType) {
        throw new NotImplementedError('Drive.Files.update changing mimeType');
      }
      if (resource.name !== undefined) {
        record.name = String(resource.name);
        if (record.content.kind === 'spreadsheet') modelOf(record).title = record.name;
      }
      if (resource.description !== undefined)
        record.description = String(resource.description ?? '');
      if (resource.appProperties !== undefined) {
        for (const [k, v] of Object.entries(resource.appProperties as Json)) {
          if (v === null) delete record.appProperties[k];
          else record.appProperties[k] = String(v);
        }
      }
      if (resource.trashed !== undefined) {
        if (level(record) !== 'owner')
          throw new GoogleJsonResponseException(
            api,
            `The user does not have sufficient permissions for file ${record.id}.`,
          );
        record.trashed = resource.trashed === true;
      }
      if (mediaData !== undefined) {
        if (record.content.kind !== 'blob')
          throw new NotImplementedError(`Drive.Files.update media for ${record.mimeType}`);
        record.content = { kind: 'blob', bytes: new Uint8Array(blobOf(mediaData).raw()) };
      }
      const add = String(optionalArgs.addParents ?? '')
        .split(',')
        .filter(Boolean)
        .map(alias);
      const remove = String(optionalArgs.removeParents ?? '')
        .split(',')
        .filter(Boolean)
        .map(alias);
      for (const id of add) requireWriter(api, find(api, id));
      record.parents = [
        ...record.parents.filter((p) => !remove.includes(p)),
        ...add.filter((p) => !record.parents.includes(p)),
      ];
      if (changesContent) touch(ws, record);
      return out(record, optionalArgs.fields as string | undefined);
    },

    create(resource: Json, mediaData?: unknown, optionalArgs: Json = {}): Json {
      const bytes = mediaData === undefined ? new Uint8Array(0) : blobOf(mediaData).raw();
      const api = call('Files.create', 'drive.files.create', bytes.length / 1e6);
      for (const key of Object.keys(resource ?? {})) {
        if (!CREATABLE.has(key)) throw new NotImplementedError(`Drive.Files.create field ${key}`);
      }
      const parents = parentFor(api, resource.parents);
      const blob = mediaData === undefined ? null : blobOf(mediaData);
      const mimeType = String(
        resource.mimeType ?? blob?.meta().contentType ?? 'application/octet-stream',
      );
      const name = String(resource.name ?? blob?.meta().name ?? 'Untitled');
      const owner = ws.execution.user;
      let record: DriveFileRecord;
      if (mimeType === FOLDER_MIME) {
        record = newRecord(ws, { name, mimeType, owner, parents, content: { kind: 'folder' } });
      } else if (mimeType === SPREADSHEET_MIME) {
        record = importSpreadsheet(ws, { name, owner, parents, blob });
      } else if (mimeType.startsWith('application/vnd.google-apps.')) {
        throw new NotImplementedError(`Drive.Files.create of ${mimeType}`);
      } else {
        record = newRecord(ws, {
          name,
          mimeType,
          owner,
          parents,
          content: { kind: 'blob', bytes: new Uint8Array(bytes) },
        });
      }
      if (resource.description !== undefined) record.description = String(resource.description);
      for (const [k, v] of Object.entries((resource.appProperties as Json | undefined) ?? {})) {
        if (v !== null) record.appProperties[k] = String(v);
      }
      return out(record, optionalArgs.fields as string | undefined);
    },

    /** A copy is owned by the caller; it inherits the source's parents unless given (files.copy). */
    copy(resource: Json, fileId: string, optionalArgs: Json = {}): Json {
      const api = call('Files.copy', 'drive.files.copy');
      const source = find(api, fileId);
      if (source.content.kind === 'folder')
        throw new GoogleJsonResponseException(api, 'Folders cannot be copied.');
      const parents = resource?.parents ? parentFor(api, resource.parents) : source.parents;
      const name = String(resource?.name ?? `Copy of ${source.name}`);
      const content =
        source.content.kind === 'spreadsheet'
          ? { kind: 'spreadsheet' as const, model: { ...cloneModel(modelOf(source)), title: name } }
          : source.content.kind === 'blob'
            ? { kind: 'blob' as const, bytes: new Uint8Array(source.content.bytes) }
            : source.content;
      const record = newRecord(ws, {
        name,
        mimeType: source.mimeType,
        owner: ws.execution.user,
        parents,
        content,
        idPrefix: source.content.kind === 'spreadsheet' ? 'ss' : 'fi',
      });
      record.description = String(resource?.description ?? source.description);
      for (const [k, v] of Object.entries((resource?.appProperties as Json | undefined) ?? {})) {
        if (v !== null) record.appProperties[k] = String(v);
      }
      return out(record, optionalArgs.fields as string | undefined);
    },

    list(optionalArgs: Json = {}): Json {
      call('Files.list', 'drive.files.list');
      const q =
        optionalArgs.q === undefined
          ? undefined
          : String(optionalArgs.q).replace(
              /'root'\s+in\s+parents/g,
              `'${alias('root')}' in parents`,
            );
      const test = q === undefined ? () => true : parseQuery(q);
      const files: Json[] = [];
      for (const record of ws.files.values()) {
        if (!canView(ws, record, ws.execution.user) || !test(record)) continue;
        files.push(fileResource(ws, record));
      }
      const pageSize = Number(optionalArgs.pageSize ?? 100);
      if (files.length > pageSize)
        throw new NotImplementedError('Drive.Files.list paging (more results than pageSize)');
      return selectFields(
        { kind: 'drive#fileList', incompleteSearch: false, files },
        optionalArgs.fields as string | undefined,
        ['kind', 'incompleteSearch', 'files(kind,id,name,mimeType)'],
      ) as Json;
    },

    /** Permanently deletes; owner only (files.delete). */
    remove(fileId: string): void {
      const api = call('Files.remove', 'drive.files.delete');
      const record = find(api, fileId);
      if (level(record) !== 'owner')
        throw new GoogleJsonResponseException(
          api,
          `The user does not have sufficient permissions for file ${record.id}.`,
        );
      ws.files.delete(record.id);
    },
  };

  const permissionsOf = (record: DriveFileRecord): Json[] => [
    {
      kind: 'drive#permission',
      id: `user:${record.owner}`,
      type: 'user',
      role: 'owner',
      emailAddress: record.owner,
    },
    ...[...record.editors].map((e) => ({
      kind: 'drive#permission',
      id: `user:${e}`,
      type: 'user',
      role: 'writer',
      emailAddress: e,
    })),
    ...[...record.viewers].map((e) => ({
      kind: 'drive#permission',
      id: `user:${e}`,
      type: 'user',
      role: 'reader',
      emailAddress: e,
    })),
    ...(record.sharing.access === 'PRIVATE'
      ? []
      : [
          {
            kind: 'drive#permission',
            id: record.sharing.access.startsWith('DOMAIN') ? 'domain' : 'anyone',
            type: record.sharing.access.startsWith('DOMAIN') ? 'domain' : 'anyone',
            role: record.sharing.permission === 'EDIT' ? 'writer' : 'reader',
          },
        ]),
  ];

  const Permissions = {
    create(resource: Json, fileId: string, _optionalArgs: Json = {}): Json {
      const api = call('Permissions.create', 'drive.permissions.create');
      const record = find(api, fileId);
      requireWriter(api, record);
      const role = String(resource.role);
      if (!['writer', 'reader', 'commenter'].includes(role))
        throw new NotImplementedError(`Drive.Permissions.create role ${role}`);
      if (resource.type === 'user') {
        const email = String(resource.emailAddress).toLowerCase();
        if (email !== record.owner) {
          if (role === 'writer') {
            record.editors.add(email);
            record.viewers.delete(email);
          } else if (!record.editors.has(email)) record.viewers.add(email);
        }
        return permissionsOf(record).find((p) => p.id === `user:${email}`) ?? {};
      }
      if (resource.type === 'domain' || resource.type === 'anyone') {
        record.sharing = {
          access:
            resource.type === 'domain'
              ? resource.allowFileDiscovery
                ? 'DOMAIN'
                : 'DOMAIN_WITH_LINK'
              : resource.allowFileDiscovery
                ? 'ANYONE'
                : 'ANYONE_WITH_LINK',
          permission: role === 'writer' ? 'EDIT' : role === 'commenter' ? 'COMMENT' : 'VIEW',
        };
        return permissionsOf(record).find((p) => p.type === resource.type) ?? {};
      }
      throw new NotImplementedError(`Drive.Permissions.create type ${String(resource.type)}`);
    },
    list(fileId: string, _optionalArgs: Json = {}): Json {
      const api = call('Permissions.list', 'drive.permissions.list');
      return { kind: 'drive#permissionList', permissions: permissionsOf(find(api, fileId)) };
    },
    remove(fileId: string, permissionId: string): void {
      const api = call('Permissions.remove', 'drive.permissions.delete');
      const record = find(api, fileId);
      requireWriter(api, record);
      if (permissionId.startsWith('user:')) {
        const email = permissionId.slice(5);
        if (email === record.owner)
          throw new GoogleJsonResponseException(api, 'The owner of a file cannot be removed.');
        record.editors.delete(email);
        record.viewers.delete(email);
      } else record.sharing = { access: 'PRIVATE', permission: 'NONE' };
    },
  };

  return asGas(
    strict('Drive', {
      Files: strict('Drive.Files', Files),
      Permissions: strict('Drive.Permissions', Permissions),
    }),
  );
}
