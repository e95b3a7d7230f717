// Class summaries: a term's results per student and subject, the year's subject results, and the
// year assessment with class totals and signatures (record-books.md TT22 §7–10, TT58 §5–7).
import type { TermKey, YearResult } from '../rules/types';
import type { Term } from '../school';
import type { Block, HeaderCell, Row, TableBlock } from '../../render/spec';
import { formatDate, formatResult, type BookContext } from './context';
import * as msg from './messages';

const tt58 = (ctx: BookContext) => ctx.input.cls.ruleSet !== 'TT22';
const labels = (ctx: BookContext) =>
  tt58(ctx)
    ? { academic: 'Học lực', conduct: 'Hạnh kiểm', average: 'ĐTB các môn' }
    : { academic: msg.COL.academic, conduct: msg.COL.conduct, average: '' };

function subjectColumns(ctx: BookContext): TableBlock['columns'] {
  return ctx.subjects.map(() => ({ width: 2.6, align: 'center' as const }));
}

/** Per student: each subject's term result, then the levels (TT58: average, học lực, hạnh kiểm, title). */
export function termSummary(ctx: BookContext, term: Term): TableBlock {
  const key = String(term) as TermKey;
  const l = labels(ctx);
  const extra: string[] = tt58(ctx)
    ? [l.average, l.academic, l.conduct, msg.COL.title]
    : [l.academic, l.conduct];
  const header: HeaderCell[][] = [
    [
      { text: msg.COL.no },
      { text: msg.COL.name },
      ...ctx.subjects.map((s) => ({ text: s.name })),
      ...extra.map((text) => ({ text })),
    ],
  ];
  const rows: Row[] = ctx.students.map((s) => {
    const t = s.result?.terms[key];
    const values = tt58(ctx)
      ? [formatResult(t?.average ?? null), t?.academic ?? '', t?.conduct ?? '', t?.title ?? '']
      : [t?.academic ?? '', t?.conduct ?? ''];
    return {
      cells: [
        String(s.no),
        s.student.fullName,
        ...ctx.subjects.map((sub) => formatResult(s.result?.subjects[sub.id]?.[key])),
        ...values,
      ],
    };
  });
  return {
    kind: 'table',
    fontSize: 7.5,
    headerFontSize: 6.5,
    columns: [
      { width: 1.8, align: 'center' },
      { width: 10 },
      ...subjectColumns(ctx),
      ...extra.map((label) => ({
        width: label === msg.COL.title ? 6 : 4.4,
        align: 'center' as const,
      })),
    ],
    header,
    rows,
  };
}

/** Per student: each subject's year result (ĐTBmcn or Đ/CĐ); TT58 adds the all-subject average. */
export function yearSubjects(ctx: BookContext): TableBlock {
  const withAverage = tt58(ctx);
  const rows: Row[] = ctx.students.map((s) => ({
    cells: [
      String(s.no),
      s.student.fullName,
      ...ctx.subjects.map((sub) => {
        const r = s.result?.subjects[sub.id];
        const after = formatResult(r?.yearAfterReassessment ?? null);
        return after ? `${formatResult(r?.year)} (${after})` : formatResult(r?.year);
      }),
      ...(withAverage ? [formatResult(s.result?.year.average ?? null)] : []),
    ],
  }));
  return {
    kind: 'table',
    fontSize: 7.5,
    headerFontSize: 6.5,
    columns: [
      { width: 1.8, align: 'center' },
      { width: 10 },
      ...subjectColumns(ctx),
      ...(withAverage ? [{ width: 3, align: 'center' as const }] : []),
    ],
    header: [
      [
        { text: msg.COL.no },
        { text: msg.COL.name },
        ...ctx.subjects.map((s) => ({ text: s.name })),
        ...(withAverage ? [{ text: 'ĐTB cả năm' }] : []),
      ],
    ],
    rows,
  };
}

export interface ClassTotals {
  students: number;
  promoted: number;
  promotedAfterSummer: number;
  notPromoted: number;
  pending: number;
}

/** Final decision: after summer results when given, otherwise the end-of-year one. */
export function finalPromotion(y: YearResult | undefined) {
  return y?.promotionAfterSummer ?? y?.promotion ?? null;
}

export function classTotals(ctx: BookContext): ClassTotals {
  const t: ClassTotals = {
    students: ctx.students.length,
    promoted: 0,
    promotedAfterSummer: 0,
    notPromoted: 0,
    pending: 0,
  };
  for (const s of ctx.students) {
    const y = s.result?.year;
    const final = finalPromotion(y);
    if (final === 'promoted') {
      t.promoted++;
      if (y?.promotion !== 'promoted') t.promotedAfterSummer++;
    } else if (final === 'not-promoted') t.notPromoted++;
    else t.pending++;
  }
  return t;
}

function absences(ctx: BookContext, studentId: string): number {
  return ctx.input.attendance.filter((a) => a.studentId === studentId).length;
}

/** The year assessment table, class totals and the signatures. */
export function yearAssessment(ctx: BookContext): Block[] {
  const l = labels(ctx);
  const rows: Row[] = ctx.students.map((s) => {
    const y = s.result?.year;
    const final = finalPromotion(y);
    return {
      cells: [
        String(s.no),
        s.student.fullName,
        y?.conduct ?? '',
        y?.academic ?? '',
        y?.conductAfterSummer ?? '',
        y?.academicAfterReassessment ?? '',
        String(absences(ctx, s.student.id)),
        final ? msg.PROMOTION_TEXT[final] : '',
        y?.title ?? '',
        s.student.leftOn ? msg.LEFT_MARK(formatDate(s.student.leftOn)) : '',
      ],
    };
  });
  const t = classTotals(ctx);
  return [
    {
      kind: 'table',
      fontSize: 8,
      headerFontSize: 7.5,
      columns: [
        { width: 1.8, align: 'center' },
        { width: 10 },
        { width: 3.2, align: 'center' },
        { width: 3.2, align: 'center' },
        { width: 3.2, align: 'center' },
        { width: 3.2, align: 'center' },
        { width: 3, align: 'center' },
        { width: 5, align: 'center' },
        { width: 5, align: 'center' },
        { width: 5 },
      ],
      header: [
        [
          { text: msg.COL.no, rowSpan: 2 },
          { text: msg.COL.name, rowSpan: 2 },
          { text: 'Cả năm', colSpan: 2 },
          { text: msg.COL.afterSummer, colSpan: 2 },
          { text: 'Tổng số buổi nghỉ', rowSpan: 2 },
          { text: msg.COL.promotion, rowSpan: 2 },
          { text: msg.COL.title, rowSpan: 2 },
          { text: msg.COL.notes, rowSpan: 2 },
        ],
        [{ text: l.conduct }, { text: l.academic }, { text: l.conduct }, { text: l.academic }],
      ],
      rows,
    },
    {
      kind: 'keep',
      blocks: [
        { kind: 'spacer', height: 6 },
        {
          kind: 'text',
          size: 10,
          text:
            `Tổng số học sinh: ${t.students}. Được lên lớp: ${t.promoted}, trong đó sau đánh giá lại hoặc rèn luyện trong kì nghỉ hè: ${t.promotedAfterSummer}. ` +
            `Không được lên lớp: ${t.notPromoted}.` +
            (t.pending > 0 ? ` Chưa xét: ${t.pending}.` : ''),
        },
        {
          kind: 'signatures',
          placeDate: msg.PLACE_DATE,
          space: 40,
          items: [
            { title: msg.HOMEROOM, note: msg.SIGN_NOTE, name: ctx.input.homeroomTeacherName },
            {
              title: msg.PRINCIPAL,
              note: msg.SIGN_STAMP_NOTE,
              name: ctx.input.principalName ?? '',
            },
          ],
        },
      ],
    },
  ];
}
