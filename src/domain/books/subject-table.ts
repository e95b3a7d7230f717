// One subject's page of a term: every assessment the teacher entered (corrections struck
// through), the term result, in term II the year result, re-assessment and notes, then the
// subject teacher's signature line (record-books.md TT22 §6, §8; TT58 §4, §6).
import type { TermAssessmentsTT22, TermAssessmentsTT58_2011, TermKey } from '../rules/types';
import type { SubjectDef, Term } from '../school';
import type { Block, Cell, HeaderCell, Row, TableBlock } from '../../render/spec';
import {
  assessments,
  formatResult,
  nameLines,
  scoreCell,
  type BookContext,
  type NumberedStudent,
} from './context';
import type { CorrectedField } from './input';
import * as msg from './messages';

interface AssessmentGroup {
  label: string;
  field: CorrectedField;
  /** Repeated assessments have numbered columns; single ones have one column. */
  count: number | null;
}

/** Column groups of a subject's page: TT22/TT26 shape or TT58_2011 coefficients. */
function groups(ctx: BookContext, subject: SubjectDef, term: TermKey): AssessmentGroup[] {
  const entered = (field: 'regular' | 'coef1' | 'coef2') =>
    Math.max(
      0,
      ...ctx.students.map((s) => {
        const a = assessments(ctx, s.student.id, subject.id, term) as
          Record<string, unknown> | undefined;
        const list = a?.[field];
        return Array.isArray(list) ? list.length : 0;
      }),
    );
  const comment = subject.kind === 'comment';
  if (ctx.input.cls.ruleSet === 'TT58_2011')
    return [
      {
        label: 'Hệ số 1 (M, V)',
        field: 'coef1',
        count: Math.max(entered('coef1'), subject.regularCount, 1),
      },
      { label: 'Hệ số 2 (V, TH)', field: 'coef2', count: Math.max(entered('coef2'), 1) },
      { label: 'KT HK', field: 'exam', count: null },
    ];
  return [
    {
      label: comment ? msg.COL.regularComment : msg.COL.regular,
      field: 'regular',
      count: Math.max(entered('regular'), subject.regularCount, 1),
    },
    { label: comment ? msg.COL.midtermComment : msg.COL.midterm, field: 'midterm', count: null },
    { label: comment ? msg.COL.finalComment : msg.COL.final, field: 'final', count: null },
  ];
}

function valueOf(
  ctx: BookContext,
  s: NumberedStudent,
  subject: SubjectDef,
  term: TermKey,
  g: AssessmentGroup,
  i: number,
) {
  const a = assessments(ctx, s.student.id, subject.id, term);
  if (!a) return null;
  const record = a as TermAssessmentsTT22 & TermAssessmentsTT58_2011;
  if (g.field === 'regular' || g.field === 'coef1' || g.field === 'coef2')
    return record[g.field]?.[i] ?? null;
  return record[g.field] ?? null;
}

const MISSING_LABEL: Record<string, string> = {
  regular: msg.COL.regular,
  midterm: msg.COL.midterm,
  final: msg.COL.final,
  coef1: 'hệ số 1',
  coef2: 'hệ số 2',
  exam: 'KT HK',
};

/** Notes: the student left/joined, and which assessments are still missing for the term. */
function note(s: NumberedStudent, subject: SubjectDef, term: TermKey): string {
  const missing = (s.result?.subjects[subject.id]?.missing ?? [])
    .filter((m) => m.startsWith(`${term}.`))
    .map((m) => MISSING_LABEL[m.slice(2)] ?? m.slice(2));
  return missing.length > 0 ? `Thiếu ${missing.join(', ')}` : '';
}

export function subjectTable(ctx: BookContext, subject: SubjectDef, term: Term): TableBlock {
  const key = String(term) as TermKey;
  const gs = groups(ctx, subject, key);
  const comment = subject.kind === 'comment';
  const tt58 = ctx.input.cls.ruleSet !== 'TT22';
  const resultLabel = comment ? msg.COL.termResult : tt58 ? 'TBm HK' : msg.COL.termAverage;
  const yearLabel = comment ? msg.COL.yearResult : tt58 ? 'TBm CN' : msg.COL.yearAverage;
  const top: HeaderCell[] = [
    { text: msg.COL.no, rowSpan: 2 },
    { text: msg.COL.name, rowSpan: 2 },
  ];
  const second: HeaderCell[] = [];
  const columns: TableBlock['columns'] = [{ width: 2.2, align: 'center' }, { width: 11 }];
  for (const g of gs) {
    if (g.count === null) {
      top.push({ text: g.label, rowSpan: 2 });
      columns.push({ width: 3.4, align: 'center' });
    } else {
      top.push({ text: g.label, colSpan: g.count });
      for (let i = 1; i <= g.count; i++) {
        second.push({ text: String(i) });
        columns.push({ width: Math.max(1.8, 10 / g.count), align: 'center' });
      }
    }
  }
  top.push({ text: resultLabel, rowSpan: 2 });
  columns.push({ width: 3.9, align: 'center' });
  if (term === 2) {
    top.push({ text: yearLabel, rowSpan: 2 });
    columns.push({ width: 3.9, align: 'center' });
  }
  top.push({ text: msg.COL.reassessment, rowSpan: 2 }, { text: msg.COL.notes, rowSpan: 2 });
  columns.push({ width: 3.4, align: 'center' }, { width: 5.5 });

  const rows: Row[] = ctx.students.map((s) => {
    const cells: Cell[] = [String(s.no), nameLines(s.student)];
    for (const g of gs) {
      const n = g.count ?? 1;
      for (let i = 0; i < n; i++) {
        const v = valueOf(ctx, s, subject, key, g, i);
        cells.push(
          scoreCell(ctx, s, subject, term, g.field, v, g.count === null ? undefined : i + 1),
        );
      }
    }
    const r = s.result?.subjects[subject.id];
    cells.push(formatResult(r?.[key]));
    if (term === 2) cells.push(formatResult(r?.year));
    cells.push(term === 2 ? formatResult(r?.yearAfterReassessment) : '');
    cells.push(note(s, subject, key));
    return { cells };
  });
  return { kind: 'table', fontSize: 8, headerFontSize: 7, columns, header: [top, second], rows };
}

/**
 * The subject's page: title, table, the teacher's signature line; in the TT58 book also the
 * homeroom teacher's confirmation of the page (TT58 §4: "footer … the homeroom teacher's
 * confirmation").
 */
export function subjectBlock(ctx: BookContext, subject: SubjectDef, term: Term): Block[] {
  const teacher = ctx.input.teachers[subject.id] ?? '';
  const tt58 = ctx.input.cls.ruleSet !== 'TT22';
  return [
    { kind: 'pageBreak' },
    {
      kind: 'text',
      text: msg.subjectBlockTitle(subject.name, term),
      size: 12,
      bold: true,
      align: 'center',
      spaceAfter: 2,
    },
    { kind: 'text', text: msg.teacherLine(teacher), size: 9, align: 'center', spaceAfter: 6 },
    subjectTable(ctx, subject, term),
    { kind: 'spacer', height: 4 },
    {
      kind: 'signatures',
      space: 26,
      items: [
        tt58
          ? { title: 'XÁC NHẬN CỦA GVCN', note: msg.SIGN_NOTE, name: ctx.input.homeroomTeacherName }
          : { title: '' },
        { title: msg.SUBJECT_TEACHER, note: msg.SIGN_NOTE, name: teacher },
      ],
    },
  ];
}
