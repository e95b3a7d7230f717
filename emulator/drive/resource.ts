// Drive API v3 file resources as the advanced service returns them, with `fields` selection.
// https://developers.google.com/drive/api/reference/rest/v3/files
import { accessOf } from '../core/access';
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { sizeOf, urlOf } from './records';

type Json = Record<string, unknown>;

export function fileResource(ws: Workspace, record: DriveFileRecord): Json {
  const level = accessOf(ws, record, ws.execution.user);
  const canEdit = level === 'edit' || level === 'owner';
  const restricted = record.contentRestrictions.some((r) => r.readOnly);
  const userJson = (email: string) => ({
    kind: 'drive#user',
    emailAddress: email,
    displayName: ws.users.get(email)?.name ?? email,
    me: email === ws.execution.user,
  });
  return {
    kind: 'drive#file',
    id: record.id,
    name: record.name,
    mimeType: record.mimeType,
    parents: [...record.parents],
    trashed: record.trashed,
    description: record.description,
    appProperties: { ...record.appProperties },
    createdTime: new Date(record.createdTime).toISOString(),
    modifiedTime: new Date(record.modifiedTime).toISOString(),
    owners: [userJson(record.owner)],
    ...(record.content.kind === 'blob' ? { size: String(sizeOf(record)) } : {}),
    webViewLink: urlOf(record),
    contentRestrictions: record.contentRestrictions.map((r) => ({
      readOnly: r.readOnly,
      ...(r.readOnly
        ? {
            reason: r.reason,
            restrictingUser: userJson(r.restrictingUser),
            restrictionTime: r.restrictionTime,
          }
        : {}),
      ownerRestricted: r.ownerRestricted,
      systemRestricted: false,
      type: 'globalContentRestriction',
    })),
    capabilities: {
      canEdit: canEdit && !restricted,
      canModifyContent: canEdit && !restricted,
      canRename: canEdit && !restricted,
      canModifyEditorContentRestriction: canEdit,
      canModifyOwnerContentRestriction: level === 'owner',
      canRemoveContentRestriction:
        restricted &&
        (record.contentRestrictions.some((r) => r.ownerRestricted) ? level === 'owner' : canEdit),
      canShare: canEdit,
      canTrash: level === 'owner',
      canCopy: level !== 'none',
    },
  };
}

/** Splits "a,b(c,d),e" at top-level commas. */
function splitTop(fields: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of fields) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

/** Applies a partial-response `fields` mask ("id,name,contentRestrictions", "files(id,name)", "*"). */
export function selectFields(
  value: unknown,
  fields: string | undefined,
  defaults: string[],
): unknown {
  const mask = fields === undefined || fields === '' ? defaults.join(',') : fields;
  if (mask === '*' || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => selectFields(v, mask, defaults));
  const source = value as Json;
  const out: Json = {};
  for (const part of splitTop(mask)) {
    const m = /^([\w.]+)(?:\((.*)\))?$/.exec(part);
    if (!m) continue;
    const [head, ...rest] = (m[1] ?? '').split('/');
    const key = head ?? '';
    if (!(key in source)) continue;
    const inner = m[2] ?? (rest.length > 0 ? rest.join('/') : undefined);
    out[key] = inner === undefined ? source[key] : selectFields(source[key], inner, ['*']);
  }
  return out;
}

export const FILE_DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
