// One call builds the whole sidebar for the caller: what they teach and what is open now, their
// homeroom classes, the corrections waiting for them, and the admin panels.
import type { Directory } from '../../domain/directory';
import { roleFactsOf } from '../../domain/directory';
import { isAdmin, meets, rolesOf } from '../../domain/roles';
import type { AssessmentGroup } from '../../domain/school';
import { GROUP_LABEL, isOpenFor, scopeLabel, windowState } from '../../domain/windows';
import type { EntryWindow } from '../../domain/windows/types';
import type { CorrectionRequest } from '../../domain/corrections/request';
import type { InboxEntry } from '../../domain/corrections/inbox';
import { show } from '../../domain/corrections/request';
import type {
  Alert,
  CorrectionItem,
  HomeroomCard,
  JobInfo,
  SidebarState,
  SnapshotInfo,
  TeachingCard,
  WindowInfo,
} from '../rpc';

export interface Progress {
  missing: number;
  invalid: string[];
}

export interface SidebarSources {
  caller: string;
  now: number;
  directory: Directory;
  /** Required scores missing and invalid cells in the open blocks of one class × subject. */
  progress(classId: string, subjectId: string, open: WindowInfo[]): Progress;
  homeroom(classId: string): { conductMissing: number; absencesThisMonth: number };
  /** Student id → full name of a class (read only for classes whose corrections are shown). */
  studentNames?: (classId: string) => ReadonlyMap<string, string>;
  /** What waits in the inbox for the system's next run (requests and confirmations). */
  inbox?: () => InboxEntry[];
  /** Only for admins (they can read the control workbook and the system's state). */
  admin?: () => {
    alerts: Alert[];
    trigger: { installed: boolean; lastRun: string | null; every: string };
    snapshots: SnapshotInfo[];
    jobs: JobInfo[];
    students: number;
  };
}

const SUBJECT_GROUPS: AssessmentGroup[] = ['regular', 'midterm', 'final'];

export function windowInfo(w: EntryWindow, now: number): WindowInfo {
  const state = windowState(w, now);
  // Reopened for one class or teacher: show that reopening's end and whom it is for.
  const again = w.reopenings
    .filter((r) => Date.parse(r.start) <= now && now < Date.parse(r.end))
    .sort((a, b) => b.end.localeCompare(a.end))[0];
  const who = again ? [again.classId && `lớp ${again.classId}`, again.teacher].filter(Boolean) : [];
  return {
    id: w.id,
    term: w.term === 'year' ? 2 : w.term,
    group: w.group,
    label: GROUP_LABEL[w.group],
    scope:
      state === 'reopened' && again
        ? `${scopeLabel(w.scope)} · mở lại cho ${who.join(', ') || 'mọi lớp'}`
        : scopeLabel(w.scope),
    start: w.start,
    end: state === 'reopened' && again ? again.end : w.end,
    state: state === 'reopened' ? 'open' : state,
  };
}

type Names = (classId: string, studentId: string) => string;

/** A colleague's name as the control workbook lists it, else the email. */
function teacherName(d: Directory, email: string): string {
  return d.teachers.find((t) => t.email.toLowerCase() === email.toLowerCase())?.name ?? email;
}

function item(d: Directory, r: CorrectionRequest, name: Names): CorrectionItem {
  const cls = d.classes.find((c) => c.id === r.classId);
  return {
    id: r.id,
    classId: r.classId,
    studentName: name(r.classId, r.studentId),
    subjectName: cls?.subjects.find((s) => s.id === r.subjectId)?.name ?? r.subjectId,
    cell: r.cell,
    old: show(r.oldValue),
    new: show(r.newValue),
    reason: r.reason,
    status: r.status,
    decisionReason: r.decisionReason,
    requestedBy: teacherName(d, r.onBehalfOf ?? r.requestedBy),
    requestedAt: r.requestedAt,
  };
}

function queuedItem(
  d: Directory,
  e: Extract<InboxEntry, { kind: 'request' }>,
  name: Names,
): CorrectionItem {
  const r = e.draft;
  const cls = d.classes.find((c) => c.id === r.classId);
  return {
    id: r.id,
    classId: r.classId,
    studentName: name(r.classId, r.studentId),
    subjectName: cls?.subjects.find((s) => s.id === r.subjectId)?.name ?? r.subjectId,
    cell: r.cell,
    old: show(e.oldValue ?? null),
    new: show(r.newValue),
    reason: r.reason,
    status: 'queued',
    decisionReason: null,
    requestedBy: teacherName(d, r.onBehalfOf ?? e.by),
    requestedAt: e.at,
  };
}

/** Decided requests a requester still sees (the latest first). */
const RECENT_DECIDED = 10;

export function buildSidebarState(src: SidebarSources): SidebarState {
  const d = src.directory;
  const facts = roleFactsOf(d);
  const me = src.caller.toLowerCase();
  const now = src.now;
  const admin = isAdmin(facts, me);
  const principal = rolesOf(facts, me).includes('principal');
  const teaching: TeachingCard[] = [];
  for (const cls of d.classes) {
    for (const subject of cls.subjects) {
      if (
        !meets(facts, { kind: 'subjectTeacher', classId: cls.id, subjectId: subject.id }, me, now)
      )
        continue;
      const key = (group: AssessmentGroup) => ({
        cls: { id: cls.id, grade: cls.grade },
        group,
        term: null,
        subjectId: subject.id,
      });
      const open = d.windows
        .filter((w) => SUBJECT_GROUPS.includes(w.group) && isOpenFor([w], key(w.group), me, now))
        .map((w) => windowInfo(w, now));
      const closesAt = open.map((w) => w.end).sort()[0] ?? null;
      teaching.push({
        classId: cls.id,
        className: cls.name,
        subjectId: subject.id,
        subjectName: subject.name,
        open,
        closesAt,
        ...src.progress(cls.id, subject.id, open),
      });
    }
  }
  const homeroomOf = d.classes.filter((c) =>
    meets(facts, { kind: 'homeroom', classId: c.id }, me, now),
  );
  const homeroom: HomeroomCard[] = homeroomOf.map((c) => {
    const openGroup = (group: AssessmentGroup) =>
      d.windows.some(
        (w) =>
          w.group === group &&
          isOpenFor(
            [w],
            { cls: { id: c.id, grade: c.grade }, group, term: null, subjectId: null },
            me,
            now,
          ),
      );
    return {
      classId: c.id,
      className: c.name,
      attendanceOpen: openGroup('attendance'),
      conductOpen: openGroup('conduct'),
      ...src.homeroom(c.id),
    };
  });
  const waiting = src.inbox?.() ?? [];
  const name: Names = (classId, studentId) =>
    src.studentNames?.(classId).get(studentId) ?? studentId;
  const isMine = (author: string, by: string) =>
    author.toLowerCase() === me || by.toLowerCase() === me;
  const published = new Set(d.corrections.map((r) => r.id));
  const queued = waiting.flatMap((e) =>
    e.kind === 'request' && !published.has(e.draft.id) && isMine(e.draft.onBehalfOf ?? e.by, e.by)
      ? [queuedItem(d, e, name)]
      : [],
  );
  const mineAll = d.corrections.filter((r) => isMine(r.onBehalfOf ?? r.requestedBy, r.requestedBy));
  const mine = [
    ...mineAll.filter((r) => r.status !== 'applied' && r.status !== 'rejected'),
    ...mineAll
      .filter((r) => r.status === 'applied' || r.status === 'rejected')
      .slice(-RECENT_DECIDED)
      .reverse(),
  ];
  const confirmedByMe = new Set(
    waiting.flatMap((e) =>
      e.kind === 'confirm' && e.by.toLowerCase() === me ? [e.requestId] : [],
    ),
  );
  const toConfirm = d.corrections.filter(
    (r) =>
      r.status === 'requested' &&
      !confirmedByMe.has(r.id) &&
      homeroomOf.some((c) => c.id === r.classId) &&
      r.requestedBy.toLowerCase() !== me,
  );
  const extra = admin && src.admin ? src.admin() : null;
  const teacher = d.teachers.find((t) => t.email.toLowerCase() === me);
  return {
    user: { email: me, name: teacher?.name ?? me },
    now: new Date(now).toISOString(),
    schoolYear: d.schoolYear,
    roles: {
      admin,
      principal,
      homeroomOf: homeroomOf.map((c) => c.id),
      teacher: teaching.length > 0,
    },
    teaching,
    homeroom,
    myCorrections: [...queued, ...mine.map((r) => item(d, r, name))],
    toConfirm: toConfirm.map((r) => item(d, r, name)),
    principal:
      admin && extra
        ? {
            windows: d.windows.map((w) => windowInfo(w, now)),
            approvals: principal
              ? d.corrections.filter((r) => r.status === 'confirmed').map((r) => item(d, r, name))
              : [],
            alerts: extra.alerts,
            trigger: extra.trigger,
          }
        : null,
    clerk:
      admin && extra
        ? {
            classes: d.classes.length,
            students: extra.students,
            snapshots: extra.snapshots,
            jobs: extra.jobs,
          }
        : null,
  };
}
