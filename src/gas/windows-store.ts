// The applied entry windows: kept as JSON in script properties (system data, written only by the
// windows use cases), split into 8 KB pieces (9 KB per value, apps-script-facts §3.2), and mirrored
// for people into the control workbook's `Khung nhập điểm` tab on every save.
import type { WindowStore } from '../app/permissions/school';
import type { ControlStore } from '../app/ports/control-store';
import { replaceTab } from '../app/ports/control-store';
import { WINDOWS, type WindowRow } from '../domain/control';
import { scopeLabel, windowState, type EntryWindow } from '../domain/windows';

const KEY = 'sodiem.windows.v1';
const PIECE = 8000;

export class PropertiesWindowStore implements WindowStore {
  constructor(
    private readonly props: GoogleAppsScript.Properties.Properties,
    private readonly control: ControlStore | null,
    private readonly now: () => number,
  ) {}

  load(): EntryWindow[] {
    const n = Number(this.props.getProperty(`${KEY}.n`) ?? '0');
    if (n === 0) return [];
    const all = this.props.getProperties();
    let text = '';
    for (let i = 0; i < n; i++) text += all[`${KEY}.${i}`] ?? '';
    return JSON.parse(text) as EntryWindow[];
  }

  save(windows: readonly EntryWindow[]): void {
    const text = JSON.stringify(windows);
    const pieces: Record<string, string> = { [`${KEY}.n`]: '0' };
    let i = 0;
    for (; i * PIECE < text.length; i++)
      pieces[`${KEY}.${i}`] = text.slice(i * PIECE, (i + 1) * PIECE);
    pieces[`${KEY}.n`] = String(i);
    this.props.setProperties(pieces);
    if (this.control) replaceTab(this.control, WINDOWS, rowsOf(windows, this.now()));
  }
}

const STATUS = {
  scheduled: 'scheduled',
  open: 'open',
  closed: 'closed',
  reopened: 'open',
} as const;

/** One row per window, then one per reopening (id `<window>/rN`), for people to read. */
export function rowsOf(windows: readonly EntryWindow[], at: number): WindowRow[] {
  return windows.flatMap((w) => [
    {
      id: w.id,
      term: String(w.term),
      group: w.group,
      start: w.start,
      end: w.end,
      scope: w.scope.kind === 'school' ? '' : scopeLabel(w.scope).toLowerCase(),
      status: STATUS[windowState(w, at)],
      reason: '',
    },
    ...w.reopenings.map((r) => ({
      id: r.id,
      term: String(w.term),
      group: w.group,
      start: r.start,
      end: r.end,
      scope: [
        r.classId ? `lớp ${r.classId}` : '',
        r.teacher ? `GV ${r.teacher}` : '',
        r.subjectId ? `môn ${r.subjectId}` : '',
      ]
        .filter((x) => x !== '')
        .join('; '),
      status: Date.parse(r.start) <= at && at < Date.parse(r.end) ? 'open' : 'closed',
      reason: r.reason,
    })),
  ]);
}
