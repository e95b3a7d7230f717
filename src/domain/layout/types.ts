// The class workbook layout as data: which tab, column and row hold every score, and the blocks
// the protection plan guards. Readers, writers, protections, reconciliation and books all use it.
import type { AssessmentGroup, RuleSetId, Term } from '../school';

/** Bump when tabs or columns move; recorded in each workbook's developer metadata. */
export const LAYOUT_VERSION = 1;
/** Developer metadata key holding LAYOUT_VERSION in each class workbook. */
export const LAYOUT_METADATA_KEY = 'sodiem.layoutVersion';

export type ScoreTerm = Term | 'year';

/**
 * Where a value belongs in the school's terms. Subject fields follow the rules engine's JSON
 * contract (issue 4): TT22/TT58 `regular|midterm|final`, TT58_2011 `coef1|coef2|exam`.
 */
export type ScoreField =
  | 'regular'
  | 'midterm'
  | 'final'
  | 'coef1'
  | 'coef2'
  | 'exam'
  /** Term or year result: ĐTBmhk / ĐTBmcn or Đ/CĐ (computed by the system). */
  | 'average'
  | 'reassessment'
  | 'note'
  /** Homeroom: conduct per term (and TT58 year); summerConduct after summer training. */
  | 'conduct'
  | 'summerConduct'
  /** Homeroom: one day's attendance, `P` or `K`; `month` and `day` say which. */
  | 'attendance';

export interface ScoreRef {
  /** null for homeroom data (conduct, attendance). */
  subjectId: string | null;
  term: ScoreTerm;
  field: ScoreField;
  /** 1-based, for repeated assessments (regular, coef1, coef2). */
  index?: number;
  /** Attendance only: calendar month 1..12 and day 1..31. */
  month?: number;
  day?: number;
}

export type TabKind = 'roster' | 'subject' | 'attendance' | 'conduct' | 'summary';

/** What a cell accepts; the build plan turns it into data validation and a number format. */
export type CellKind =
  'score' | 'comment' | 'attendance' | 'conduct' | 'text' | 'date' | 'computed' | 'key';

/** Who may type into a column: the subject's teacher, the homeroom teacher, or admins only. */
export type Editor = 'subject' | 'homeroom' | 'admin';

export interface ColumnDef {
  /** 1-based column number. */
  col: number;
  /** Row-3 header (short, as in the paper book). */
  header: string;
  /** Row-2 group header over this column ("" when none). */
  group: string;
  kind: CellKind;
  editor: Editor;
  /** Pixels. */
  width: number;
  ref: ScoreRef | null;
  /** Roster field name for roster columns ("id", "fullName", …). */
  field?: string;
}

export interface TabLayout {
  name: string;
  kind: TabKind;
  subjectId: string | null;
  columns: ColumnDef[];
}

export interface ClassLayout {
  version: number;
  classId: string;
  className: string;
  ruleSet: RuleSetId;
  /** e.g. "2025-2026"; decides attendance dates. */
  schoolYear: string;
  /** Header rows above the students: 1 title, 2 groups, 3 column headers. */
  headerRows: number;
  firstStudentRow: number;
  /** Student rows prepared (validation and protections cover them); joiners append below. */
  capacity: number;
  /** Columns present in every tab: Số TT, Mã HS, Họ và tên. */
  orderCol: number;
  idCol: number;
  nameCol: number;
  tabs: TabLayout[];
}

export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
  /** `'Toán'!E7` */
  a1: string;
}

export interface Span {
  from: number;
  to: number;
}

/** A rectangle one kind of person edits at one time: the unit of protections and windows. */
export interface Block {
  /** Stable, e.g. `toan/1/regular`, `attendance/m09`, `conduct/2`, `toan/year/average`. */
  id: string;
  sheet: string;
  subjectId: string | null;
  term: ScoreTerm | null;
  /** null for admin-only blocks (keys, headers, computed results, notes, roster). */
  group: AssessmentGroup | null;
  editor: Editor;
  rows: Span;
  cols: Span;
}
