// Who may set up the year: an admin listed in `Giáo viên`, or the system account of `Cài đặt`.
import { TEACHERS } from '../../domain/control';
import { readSettings, readTab, type ControlStore } from '../ports/control-store';

export function maySetUp(store: ControlStore, email: string): boolean {
  const who = email.trim().toLowerCase();
  if (who === '') return false;
  if (readSettings(store).settings.systemAccount === who) return true;
  return readTab(store, TEACHERS).items.some((t) => t.email === who && t.roles.includes('admin'));
}
