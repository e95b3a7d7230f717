// The correction area's dependencies on Apps Script: the inbox in script properties, class
// workbook cells, the published directory, the control workbook and the audit sink.
import type { AdminCorrectionDeps, CorrectionDeps, ScoreAddress } from '../app/corrections/ports';
import type { AuditSink } from '../app/ports/audit-sink';
import type { Directory } from '../domain/directory';
import { classOf } from '../domain/directory';
import { roleFactsOf } from '../domain/directory';
import { isOpenFor } from '../domain/windows';
import type { AssessmentGroup } from '../domain/school';
import { GasControlStore } from './control-store';
import { gasScoreCells } from './corrections-cells';
import { readDirectory } from './directory-store';

const GROUPS: Record<string, AssessmentGroup> = {
  regular: 'regular',
  midterm: 'midterm',
  final: 'final',
  coef1: 'regular',
  coef2: 'midterm',
  exam: 'final',
};

function newId(): string {
  const stamp = Utilities.formatDate(new Date(), 'Asia/Ho_Chi_Minh', 'yyMMdd');
  return `SC-${stamp}-${Utilities.getUuid().slice(0, 6).toUpperCase()}`;
}

export function correctionDeps(directory: () => Directory = memo(readDirectory)): CorrectionDeps {
  const props = PropertiesService.getScriptProperties();
  return {
    inbox: {
      all: () => props.getProperties(),
      set: (k, v) => props.setProperty(k, v),
      remove: (keys) => keys.forEach((k) => props.deleteProperty(k)),
    },
    cells: gasScoreCells(directory),
    roles: () => roleFactsOf(directory()),
    now: () => Date.now(),
    newId,
    blockOpen: (at: ScoreAddress, email: string, now: number) => {
      const d = directory();
      const cls = classOf(d, at.classId);
      const group = GROUPS[at.field];
      if (!cls || !group) return false;
      return isOpenFor(
        d.windows,
        { cls: { id: cls.id, grade: cls.grade }, group, term: at.term, subjectId: at.subjectId },
        email,
        now,
      );
    },
  };
}

export function adminCorrectionDeps(
  audit: AuditSink,
  directory: () => Directory = memo(readDirectory),
): AdminCorrectionDeps {
  return {
    ...correctionDeps(directory),
    control: new GasControlStore(directory().controlId),
    audit,
    system: () => directory().system,
  };
}

export function memo<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}
