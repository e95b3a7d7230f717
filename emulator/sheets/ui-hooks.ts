// Where Spreadsheet.toast lands. EMU-B's Ui recorder owns menus, dialogs and alerts; toasts are
// recorded here in the same per-user, per-document shape until that recorder takes them over.
import type { Workspace } from '../core/workspace';

export interface ToastRecord {
  user: string;
  documentId: string;
  msg: string;
  title: string;
  timeoutSeconds: number;
  at: number;
}

export function toastsOf(ws: Workspace): ToastRecord[] {
  return ws.stateOf<ToastRecord[]>('sheets.toasts', () => []);
}

export function recordToast(
  ws: Workspace,
  user: string,
  documentId: string,
  toast: { msg: string; title: string; timeoutSeconds: number },
): void {
  toastsOf(ws).push({ user, documentId, ...toast, at: ws.clock.now() });
}
