// What is open now and what closes next, for the principal's "Khung nhập điểm…" and the sidebar.
import { displayDateTime } from '../../domain/control';
import {
  GROUP_LABEL,
  nextClosings,
  scopeLabel,
  STATE_LABEL,
  windowLabel,
  windowState,
  type EntryWindow,
  type WindowState,
  type WindowTerm,
} from '../../domain/windows';
import { WINDOW_TEXT } from './messages';

export interface WindowView {
  id: string;
  term: WindowTerm;
  group: EntryWindow['group'];
  label: string;
  scope: string;
  start: string;
  end: string;
  state: WindowState;
  reopenings: { id: string; target: string; reason: string; end: string; active: boolean }[];
}

export interface WindowsOverview {
  at: string;
  windows: WindowView[];
  open: string[];
  closing: { windowId: string; reopeningId: string | null; at: string }[];
}

export function overview(windows: readonly EntryWindow[], at: number): WindowsOverview {
  const views = windows.map((w) => ({
    id: w.id,
    term: w.term,
    group: w.group,
    label: GROUP_LABEL[w.group],
    scope: scopeLabel(w.scope),
    start: w.start,
    end: w.end,
    state: windowState(w, at),
    reopenings: w.reopenings.map((r) => ({
      id: r.id,
      target: [r.teacher, r.classId ? `lớp ${r.classId}` : null, r.subjectId]
        .filter((x) => x !== null)
        .join(', '),
      reason: r.reason,
      end: r.end,
      active: Date.parse(r.start) <= at && at < Date.parse(r.end),
    })),
  }));
  return {
    at: new Date(at).toISOString(),
    windows: views,
    open: views.filter((v) => v.state === 'open' || v.state === 'reopened').map((v) => v.id),
    closing: nextClosings(windows, at).map((t) => ({
      windowId: t.windowId,
      reopeningId: t.reopeningId,
      at: t.at,
    })),
  };
}

/** The overview as lines of Vietnamese text (an alert or a report). */
export function overviewText(windows: readonly EntryWindow[], at: number): string[] {
  const o = overview(windows, at);
  const byId = new Map(windows.map((w) => [w.id, w]));
  const lines: string[] = [];
  const open = o.windows.filter((v) => o.open.includes(v.id));
  if (open.length === 0) lines.push(WINDOW_TEXT.nothingOpen);
  else {
    lines.push(WINDOW_TEXT.openHeader);
    for (const v of open) {
      const w = byId.get(v.id)!;
      lines.push(
        `• ${v.id}: ${windowLabel(w)} (${STATE_LABEL[v.state]}), đến ${displayDateTime(v.end)}`,
      );
      for (const r of v.reopenings.filter((x) => x.active)) {
        lines.push(`   mở lại cho ${r.target} đến ${displayDateTime(r.end)} – ${r.reason}`);
      }
    }
  }
  if (o.closing.length === 0) lines.push(WINDOW_TEXT.nothingCloses);
  else {
    lines.push(WINDOW_TEXT.closesHeader);
    for (const c of o.closing) {
      const what = c.reopeningId ? `${c.windowId} (mở lại ${c.reopeningId})` : c.windowId;
      lines.push(`• ${what}: ${displayDateTime(c.at)}`);
    }
  }
  return lines;
}
