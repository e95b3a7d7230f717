// Who may see or change a Drive file: owner, explicit editors/viewers, then link/domain sharing.
import type { DriveFileRecord, Workspace } from './workspace';

export type AccessLevel = 'none' | 'view' | 'edit' | 'owner';

export function accessOf(ws: Workspace, file: DriveFileRecord, email: string): AccessLevel {
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
