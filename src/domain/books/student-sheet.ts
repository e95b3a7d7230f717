// Per-student results sheets: one page per student for a term or the year — subjects with term
// and year results, the levels, absences, title, promotion, signatures (record-books.md).
import type { TermKey } from '../rules/types';
import type { Block, DocumentSpec, Row, Section } from '../../render/spec';
import {
  bookContext,
  formatDate,
  formatResult,
  type BookContext,
  type NumberedStudent,
} from './context';
import type { BookInput, BookPeriod } from './input';
import * as msg from './messages';
import { finalPromotion } from './summary';

function levelLabels(ctx: BookContext) {
  return ctx.input.cls.ruleSet === 'TT22'
    ? { academic: msg.COL.academic, conduct: msg.COL.conduct }
    : { academic: 'Học lực', conduct: 'Hạnh kiểm' };
}

function sheet(ctx: BookContext, s: NumberedStudent, period: BookPeriod): Section {
  const { input } = ctx;
  const terms: TermKey[] = period === 1 ? ['1'] : ['1', '2'];
  const r = s.result;
  const l = levelLabels(ctx);
  const rows: Row[] = ctx.subjects.map((sub, i) => {
    const v = r?.subjects[sub.id];
    return {
      cells: [
        String(i + 1),
        sub.name,
        ...terms.map((t) => formatResult(v?.[t])),
        ...(period === 2 ? [formatResult(v?.year), formatResult(v?.yearAfterReassessment)] : []),
      ],
    };
  });
  const levels: Row[] = [
    {
      bold: true,
      cells: [
        '',
        l.academic,
        ...terms.map((t) => r?.terms[t]?.academic ?? ''),
        ...(period === 2 ? [r?.year.academic ?? '', r?.year.academicAfterReassessment ?? ''] : []),
      ],
    },
    {
      bold: true,
      cells: [
        '',
        l.conduct,
        ...terms.map((t) => r?.terms[t]?.conduct ?? ''),
        ...(period === 2 ? [r?.year.conduct ?? '', r?.year.conductAfterSummer ?? ''] : []),
      ],
    },
  ];
  if (input.cls.ruleSet !== 'TT22')
    levels.unshift({
      bold: true,
      cells: [
        '',
        'Điểm trung bình các môn',
        ...terms.map((t) => formatResult(r?.terms[t]?.average ?? null)),
        ...(period === 2
          ? [
              formatResult(r?.year.average ?? null),
              formatResult(r?.year.averageAfterReassessment ?? null),
            ]
          : []),
      ],
    });
  const marks = input.attendance.filter(
    (a) => a.studentId === s.student.id && (period === 2 || Number(a.date.slice(5, 7)) >= 8),
  );
  const p = marks.filter((a) => a.kind === 'P').length;
  const k = marks.length - p;
  const title = period === 1 ? r?.terms['1']?.title : r?.year.title;
  const promotion = period === 2 ? finalPromotion(r?.year) : null;
  const info = (text: string, bold = false): Block => ({
    kind: 'text',
    text,
    size: 11,
    bold,
    spaceAfter: 3,
  });
  return {
    orientation: 'portrait',
    blocks: [
      {
        kind: 'text',
        text: input.school.name.toLocaleUpperCase('vi'),
        size: 10,
        bold: true,
        spaceAfter: 12,
      },
      {
        kind: 'text',
        text: msg.STUDENT_SHEET_TITLE,
        size: 15,
        bold: true,
        align: 'center',
        spaceAfter: 2,
      },
      {
        kind: 'text',
        text: `${period === 1 ? msg.termLabel(1) : 'Cả năm học'} – Năm học ${input.school.schoolYear}`,
        size: 11,
        align: 'center',
        spaceAfter: 12,
      },
      info(`Họ và tên: ${s.student.fullName}`, true),
      info(
        `Ngày sinh: ${formatDate(s.student.birthDate)}    Giới tính: ${s.student.sex}    Lớp: ${input.cls.name}    Số TT: ${s.no}`,
      ),
      { kind: 'spacer', height: 6 },
      {
        kind: 'table',
        fontSize: 10,
        columns: [
          { width: 2, align: 'center' },
          { width: 14 },
          ...terms.map(() => ({ width: 4, align: 'center' as const })),
          ...(period === 2
            ? [
                { width: 4, align: 'center' as const },
                { width: 5, align: 'center' as const },
              ]
            : []),
        ],
        header: [
          [
            { text: msg.COL.no },
            { text: 'Môn học' },
            ...terms.map((t) => ({ text: msg.termLabel(t === '1' ? 1 : 2) })),
            ...(period === 2 ? [{ text: 'Cả năm' }, { text: msg.COL.reassessment }] : []),
          ],
        ],
        rows: [...rows, ...levels],
      },
      { kind: 'spacer', height: 8 },
      info(`Số buổi nghỉ: ${p + k} (có phép: ${p}, không phép: ${k})`),
      info(`Danh hiệu: ${title ?? 'Không'}`),
      ...(promotion ? [info(`Kết quả: ${msg.PROMOTION_TEXT[promotion]}`, true)] : []),
      ...(s.student.leftOn ? [info(msg.LEFT_MARK(formatDate(s.student.leftOn)))] : []),
      { kind: 'spacer', height: 10 },
      {
        kind: 'signatures',
        placeDate: msg.PLACE_DATE,
        items: [
          { title: msg.HOMEROOM, note: msg.SIGN_NOTE, name: input.homeroomTeacherName },
          { title: msg.PRINCIPAL, note: msg.SIGN_STAMP_NOTE, name: input.principalName ?? '' },
        ],
      },
    ],
  };
}

/** One page per student (in book order), for term I or for the whole year. */
export function studentSheetsSpec(
  input: BookInput,
  period: BookPeriod = 2,
  only?: string[],
): DocumentSpec {
  const ctx = bookContext(input);
  const chosen = only ? ctx.students.filter((s) => only.includes(s.student.id)) : ctx.students;
  return {
    title: `${msg.STUDENT_SHEET_TITLE} – Lớp ${input.cls.name} – ${input.school.schoolYear}`,
    author: input.school.name,
    createdAt: input.printedAt,
    sections: chosen.map((s) => sheet(ctx, s, period)),
  };
}
