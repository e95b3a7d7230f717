// Who may see or change a Drive file: owner, explicit editors/viewers, then link/domain sharing.
import type { DriveFileRecord, Workspace } from './workspace';

export type AccessLevel = 'none' | 'view' | 'edit' | 'owner';

const RANK: Record<AccessLevel, number> = { none: 0, view: 1, edit: 2, owner: 3 };

/**
 * A file's own access, widened by its folders': sharing a folder shares what is inside it
 * (https://support.google.com/drive/answer/2494822, "people … will have access to all files in the
 * folder"); a folder's owner edits its contents. Trashed files stay closed to everyone but the owner.
 */
export function accessOf(
  ws: Workspace,
  file: DriveFileRecord,
  email: string,
  seen = new Set<string>(),
): AccessLevel {
  const own = ownAccessOf(ws, file, email);
  if (own === 'owner' || (file.trashed && own === 'none')) return own;
  if (file.trashed) return own;
  let best = own;
  seen.add(file.id);
  for (const parentId of file.parents) {
    const parent = ws.files.get(parentId);
    if (!parent || seen.has(parentId)) continue;
    const inherited = accessOf(ws, parent, email, seen);
    const level: AccessLevel = inherited === 'owner' ? 'edit' : inherited;
    if (RANK[level] > RANK[best]) best = level;
  }
  return best;
}

function ownAccessOf(ws: Workspace, file: DriveFileRecord, email: string): AccessLevel {
  const user = email.toLowerCase();
  if (file.trashed && file.owner !== user) return 'none';
  if (file.owner === user) return 'owner';
  if (file.editors.has(user)) return 'edit';
  const sameDomain = ws.domainOf(user) === ws.domainOf(file.owner);
  const { access, permission } = file.sharing;
  const bySharing =
    access === 'ANYONE' ||
    access === 'ANYONE_WITH_LINK' ||
    (sameDomain && access.startsWith('DOMAIN'));
  if (bySharing && permission === 'EDIT') return 'edit';
  if (file.viewers.has(user)) return 'view';
  if (bySharing && permission !== 'NONE') return 'view';
  return 'none';
}

export function canView(ws: Workspace, file: DriveFileRecord, email: string): boolean {
  return accessOf(ws, file, email) !== 'none';
}

export function canEditFile(ws: Workspace, file: DriveFileRecord, email: string): boolean {
  const level = accessOf(ws, file, email);
  return level === 'edit' || level === 'owner';
}
