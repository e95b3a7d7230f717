// What the correction use cases need from the platform: the inbox (script properties), the score
// cells of class workbooks, the control workbook, the audit log, roles, windows and the clock.
import type { CellValue } from '../../domain/corrections/request';
import type { RoleFacts } from '../../domain/roles';
import type { Term } from '../../domain/school';
import type { AuditSink } from '../ports/audit-sink';
import type { ControlStore } from '../ports/control-store';

export interface PropertyBag {
  all(): Record<string, string>;
  set(key: string, value: string): void;
  remove(keys: readonly string[]): void;
}

export interface ScoreAddress {
  classId: string;
  studentId: string;
  subjectId: string;
  term: Term;
  field: string;
  index: number | null;
}

export interface ScoreCells {
  /** The cell's value now and its Sheet!A1; throws a Vietnamese message if the student is unknown. */
  read(at: ScoreAddress): { value: CellValue; cell: string };
  /** Written by the system account: the range stays locked for everyone else. */
  write(at: ScoreAddress, value: CellValue): void;
}

export interface CorrectionDeps {
  inbox: PropertyBag;
  cells: ScoreCells;
  roles(): RoleFacts;
  now(): number;
  newId(): string;
  /** Whether the caller may still type into that block now (its window is open for them). */
  blockOpen(at: ScoreAddress, email: string, now: number): boolean;
}

/** Admin-side work also touches the control workbook and the audit log. */
export interface AdminCorrectionDeps extends CorrectionDeps {
  control: ControlStore;
  audit: AuditSink;
  /** The system account's email: the actor of what the tick decides on its own. */
  system(): string;
  /** Recomputes what depends on the written scores (the classes' summaries), after applying. */
  afterApply?(classIds: string[]): void;
}
