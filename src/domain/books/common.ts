// Sections both books share: cover, instructions, inner cover, student records, monthly
// attendance, the principal's comments (record-books.md TT22 §1–5, §11; TT58 §1–3, §8).
import { daysInMonth, schoolMonths } from '../layout/attendance';
import type { Block, Row, Section, TableBlock } from '../../render/spec';
import { formatDate, nameLines, type BookContext } from './context';
import * as msg from './messages';

const big = (text: string, size: number, spaceAfter = 6): Block => ({
  kind: 'text',
  text,
  size,
  bold: true,
  align: 'center',
  spaceAfter,
});
const line = (text: string, size = 12, spaceAfter = 4): Block => ({
  kind: 'text',
  text,
  size,
  align: 'center',
  spaceAfter,
});

export interface CoverOptions {
  title: string;
  subtitle?: string;
  /** The inner cover adds the class size and "Môn học: giáo viên". */
  inner?: boolean;
  /** TT58: ministry line and signature lines of the homeroom teacher and principal. */
  tt58?: boolean;
}

export function cover(ctx: BookContext, o: CoverOptions): Section {
  const { school, cls } = ctx.input;
  const blocks: Block[] = [
    line(
      o.tt58 ? msg.MINISTRY : `SỞ GIÁO DỤC VÀ ĐÀO TẠO ${school.province.toLocaleUpperCase('vi')}`,
      12,
      2,
    ),
    line(school.name.toLocaleUpperCase('vi'), 12, 60),
    big(o.title, 20, 4),
  ];
  if (o.subtitle) blocks.push(big(o.subtitle, 16, 8));
  blocks.push(
    line(`CẤP ${msg.LEVEL_NAME[school.level]}`, 14, 50),
    line(`Trường: ${school.name}`, 13),
    line(`Huyện (quận, thị xã, thành phố): ${school.district}`, 13),
    line(`Tỉnh (thành phố): ${school.province}`, 13, 24),
    big(`Lớp: ${cls.name}`, 18, 8),
    line(`Giáo viên chủ nhiệm: ${ctx.input.homeroomTeacherName}`, 13),
    line(`Năm học: ${school.schoolYear}`, 13, 24),
  );
  if (o.inner) {
    const active = ctx.students.filter((s) => !s.student.leftOn).length;
    blocks.push(line(`Sĩ số: ${ctx.students.length} học sinh (hiện có ${active})`, 12, 12));
    blocks.push({
      kind: 'text',
      text: 'Môn học: giáo viên',
      size: 12,
      bold: true,
      spaceAfter: 4,
      indent: 60,
    });
    for (const subject of ctx.subjects)
      blocks.push({
        kind: 'text',
        text: `${subject.name}: ${ctx.input.teachers[subject.id] ?? '……………………'}`,
        size: 11,
        spaceAfter: 2,
        indent: 80,
      });
  }
  if (o.tt58)
    blocks.push(
      { kind: 'spacer', height: 20 },
      {
        kind: 'signatures',
        items: [
          { title: msg.HOMEROOM, note: msg.SIGN_NOTE, name: ctx.input.homeroomTeacherName },
          { title: msg.PRINCIPAL, note: msg.SIGN_STAMP_NOTE, name: ctx.input.principalName ?? '' },
        ],
      },
    );
  return { orientation: 'portrait', frame: true, noPageNumber: !o.inner, blocks };
}

export function instructions(ctx: BookContext): Section {
  return {
    orientation: 'portrait',
    runningHeader: ctx.classLine,
    blocks: [
      big(msg.INSTRUCTIONS_TITLE, 16, 14),
      ...msg.INSTRUCTIONS_TT22.map((p): Block => ({
        kind: 'text',
        text: p,
        size: 11,
        spaceAfter: 8,
      })),
    ],
  };
}

export function studentRecords(ctx: BookContext): Section {
  const records: TableBlock = {
    kind: 'table',
    fontSize: 8,
    columns: [
      { width: 3, align: 'center' },
      { width: 14 },
      { width: 7, align: 'center' },
      { width: 10 },
      { width: 4, align: 'center' },
      { width: 5, align: 'center' },
      { width: 6 },
      { width: 17 },
    ],
    header: [
      [
        msg.COL.no,
        msg.COL.name,
        msg.COL.birthDate,
        msg.COL.placeOfBirth,
        msg.COL.sex,
        msg.COL.ethnicity,
        msg.COL.priority,
        msg.COL.address,
      ].map((text) => ({ text })),
    ],
    rows: ctx.students.map(({ no, student: s }) => ({
      cells: [
        String(no),
        nameLines(s),
        formatDate(s.birthDate),
        s.placeOfBirth,
        s.sex,
        s.ethnicity,
        s.priorityGroup ?? '',
        s.address,
      ],
    })),
  };
  const family: TableBlock = {
    kind: 'table',
    fontSize: 8,
    columns: [
      { width: 3, align: 'center' },
      { width: 12 },
      { width: 13 },
      { width: 13 },
      { width: 14 },
      { width: 14 },
    ],
    header: [
      [
        msg.COL.no,
        msg.COL.name,
        msg.COL.father,
        msg.COL.mother,
        msg.COL.guardian,
        msg.COL.changes,
      ].map((text) => ({ text })),
    ],
    rows: ctx.students.map(({ no, student: s }) => ({
      cells: [
        String(no),
        s.fullName,
        [s.fatherName, s.fatherOccupation].filter((x) => x).join(', '),
        [s.motherName, s.motherOccupation].filter((x) => x).join(', '),
        [s.guardianName, s.guardianPhone, s.guardianEmail].filter((x) => x).join(', '),
        s.changes ?? '',
      ],
    })),
  };
  return {
    orientation: 'landscape',
    runningHeader: ctx.classLine,
    blocks: [
      big(msg.STUDENT_RECORDS_TITLE, 14),
      records,
      { kind: 'pageBreak' },
      big(msg.FAMILY_TITLE, 14),
      family,
    ],
  };
}

/** One page per month: days 1–31 with the weekday row, P/K marks, totals TS/P/K, a per-day total. */
export function attendanceMonths(
  ctx: BookContext,
  title: string,
  months: 'term1' | 'year',
): Section {
  const marks = new Map<string, 'P' | 'K'>();
  for (const a of ctx.input.attendance) marks.set(`${a.studentId}|${a.date}`, a.kind);
  const blocks: Block[] = [];
  const list = schoolMonths(ctx.input.school.schoolYear).filter(
    (m) => months === 'year' || m.month >= 8,
  );
  list.forEach(({ month, year }, i) => {
    const days = daysInMonth(year, month);
    const dayIso = (d: number) =>
      `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const weekday = (d: number) => new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    const dayNumbers = Array.from({ length: 31 }, (_, k) => k + 1);
    const perDay = dayNumbers.map(() => 0);
    const rows: Row[] = ctx.students.map(({ no, student }) => {
      let p = 0;
      let k = 0;
      const cells = dayNumbers.map((d) => {
        const mark = d <= days ? marks.get(`${student.id}|${dayIso(d)}`) : undefined;
        if (mark === 'P') p++;
        if (mark === 'K') k++;
        if (mark) perDay[d - 1]! += 1;
        return mark ?? '';
      });
      return {
        cells: [String(no), student.fullName, ...cells, String(p + k), String(p), String(k)],
      };
    });
    const sum = (f: (r: Row) => string) => rows.reduce((s, r) => s + Number(f(r)), 0);
    rows.push({
      shaded: true,
      bold: true,
      cells: [
        '',
        msg.COL.dayTotal,
        ...perDay.map((n, d) => (d < days && n > 0 ? String(n) : '')),
        String(sum((r) => r.cells[33] as string)),
        String(sum((r) => r.cells[34] as string)),
        String(sum((r) => r.cells[35] as string)),
      ],
    });
    const table: TableBlock = {
      kind: 'table',
      fontSize: 6.5,
      headerFontSize: 6,
      padX: 0.8,
      columns: [
        { width: 1.6, align: 'center' },
        { width: 8.5 },
        ...dayNumbers.map((d) => ({
          width: 1,
          align: 'center' as const,
          shaded: d > days || weekday(d) === 0,
        })),
        { width: 1.3, align: 'center' },
        { width: 1.3, align: 'center' },
        { width: 1.3, align: 'center' },
      ],
      header: [
        [
          { text: msg.COL.no, rowSpan: 3 },
          { text: msg.COL.name, rowSpan: 3 },
          { text: 'Ngày trong tháng', colSpan: 31 },
          { text: msg.COL.absent, colSpan: 3 },
        ],
        [
          ...dayNumbers.map((d) => ({ text: String(d) })),
          { text: msg.COL.total, rowSpan: 2 },
          { text: msg.COL.excused, rowSpan: 2 },
          { text: msg.COL.unexcused, rowSpan: 2 },
        ],
        dayNumbers.map((d) => ({ text: d <= days ? msg.WEEKDAYS[weekday(d)]! : '' })),
      ],
      rows,
    };
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(big(`${title} – ${msg.monthTitle(month, year)}`, 12), table);
  });
  return { orientation: 'portrait', runningHeader: ctx.classLine, blocks };
}

export function principalComments(ctx: BookContext): Section {
  const months = schoolMonths(ctx.input.school.schoolYear);
  return {
    orientation: 'portrait',
    runningHeader: ctx.classLine,
    blocks: [
      big(msg.PRINCIPAL_COMMENTS_TITLE, 14, 10),
      {
        kind: 'table',
        fontSize: 10,
        minRowHeight: 62,
        columns: [{ width: 2, align: 'center' }, { width: 8 }, { width: 3 }],
        header: [[msg.COL.month, msg.COL.comment, msg.COL.signStamp].map((text) => ({ text }))],
        rows: months.map(({ month, year }) => ({ cells: [`${month}/${year}`, '', ''] })),
      },
    ],
  };
}
