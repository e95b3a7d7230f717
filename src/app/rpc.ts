// The sidebar's contract with the server: every google.script.run function and the plain-JSON
// view model it returns (no Date: times are ISO strings). The sidebar imports this as a type only.
import type { AssessmentGroup, Term } from '../domain/school';

export interface WindowInfo {
  id: string;
  term: Term;
  group: AssessmentGroup;
  /** Vietnamese label of the group, e.g. "Đánh giá thường xuyên". */
  label: string;
  scope: string;
  start: string;
  end: string;
  state: 'scheduled' | 'open' | 'closed';
}

export interface TeachingCard {
  classId: string;
  className: string;
  subjectId: string;
  subjectName: string;
  open: WindowInfo[];
  /** The earliest end among the open windows (ISO), for the countdown. */
  closesAt: string | null;
  /** Required scores still empty in the open windows' blocks. */
  missing: number;
  /** Cells holding values the rules reject, e.g. "Toán!E7: 11". */
  invalid: string[];
}

export interface HomeroomCard {
  classId: string;
  className: string;
  attendanceOpen: boolean;
  conductOpen: boolean;
  /** Students without a conduct level for the current term. */
  conductMissing: number;
  absencesThisMonth: number;
}

/** `queued`: sent from the sidebar, waiting in the inbox for the system's next run. */
export type CorrectionStatus =
  'queued' | 'requested' | 'confirmed' | 'approved' | 'rejected' | 'applied';

export interface CorrectionItem {
  id: string;
  classId: string;
  studentName: string;
  subjectName: string;
  cell: string;
  old: string;
  new: string;
  reason: string;
  status: CorrectionStatus;
  /** Why it was rejected or could not be written. */
  decisionReason: string | null;
  requestedBy: string;
  requestedAt: string;
}

export interface Alert {
  at: string;
  kind: string;
  message: string;
}

export interface SnapshotInfo {
  id: string;
  reason: string;
  at: string;
  status: string;
  files: number;
  manifestSha256: string;
}

export interface JobInfo {
  id: string;
  label: string;
  done: number;
  total: number;
  state: 'running' | 'done' | 'failed';
}

export interface SidebarState {
  user: { email: string; name: string };
  now: string;
  schoolYear: string;
  roles: { admin: boolean; principal: boolean; homeroomOf: string[]; teacher: boolean };
  teaching: TeachingCard[];
  homeroom: HomeroomCard[];
  myCorrections: CorrectionItem[];
  toConfirm: CorrectionItem[];
  principal: {
    windows: WindowInfo[];
    approvals: CorrectionItem[];
    alerts: Alert[];
    trigger: { installed: boolean; lastRun: string | null; every: string };
  } | null;
  clerk: {
    classes: number;
    students: number;
    snapshots: SnapshotInfo[];
    jobs: JobInfo[];
  } | null;
}

/** A reply to an action: a Vietnamese message for the user and the refreshed state. */
export interface ActionResult {
  ok: boolean;
  message: string;
  state: SidebarState;
  /** A file the action made for the user to open (e.g. the archive ZIP). */
  link?: { url: string; name: string };
}

export interface CorrectionDraft {
  classId: string;
  studentId: string;
  subjectId: string;
  term: Term;
  field: string;
  index: number | null;
  newValue: string;
  reason: string;
  evidence: string;
}

/** The RPC functions of src/main.ts (checked there against this interface). */
export interface ServerApi {
  sidebarState(): SidebarState;
  sidebarCloseWindow(windowId: string): ActionResult;
  sidebarExtendWindow(windowId: string, endIso: string): ActionResult;
  /** Reopens one block: the window for one class until `endIso`, with the reason (e.g. a paper). */
  sidebarReopenWindow(
    windowId: string,
    classId: string,
    endIso: string,
    reason: string,
  ): ActionResult;
  sidebarRequestCorrection(draft: CorrectionDraft): ActionResult;
  sidebarConfirmCorrection(requestId: string): ActionResult;
  sidebarDecideCorrection(requestId: string, approve: boolean, reason: string): ActionResult;
  sidebarTakeSnapshot(reason: string): ActionResult;
  /** "Thiết lập năm học" from the clerk's panel (creates what is new, resumable). */
  sidebarSetUpYear(): ActionResult;
  /** Recomputes every snapshot's checksums from Drive. */
  sidebarVerifyArchive(): ActionResult;
  /** One ZIP of a snapshot ('' = the newest complete one) for the external drive / DVD. */
  sidebarArchiveBundle(snapshotId: string): ActionResult;
  /** Async on the server (rendering PDFs); google.script.run answers once it settles. */
  sidebarExportBooks(term: Term): Promise<ActionResult>;
}
