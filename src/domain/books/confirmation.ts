// "Bảng xác nhận kết quả học tập, hạnh kiểm": per class and term, what each teacher must check
// against their own record and sign, pointing at the archived snapshot it certifies
// (record-books.md, "Semester confirmation table"; the Sở's 2015 directive).
import type { TermAssessments, TermKey } from '../rules/types';
import type { Term } from '../school';
import type { Block, DocumentSpec, Row } from '../../render/spec';
import { bookContext, type BookContext } from './context';
import type { BookInput } from './input';
import * as msg from './messages';

/** The archive snapshot the printed results come from (verifiable-records.md). */
export interface SnapshotRef {
  id: string;
  sha256: string;
}

/** Assessments actually entered (not null) for one subject in one term, over the class. */
export function scoreCount(ctx: BookContext, subjectId: string, term: Term): number {
  const key = String(term) as TermKey;
  let n = 0;
  for (const { student } of ctx.students) {
    const a = ctx.input.scores[student.id]?.[key]?.[subjectId] as
      (TermAssessments & Record<string, unknown>) | undefined;
    if (!a) continue;
    for (const v of Object.values(a)) {
      if (Array.isArray(v)) n += v.filter((x) => x !== null && x !== undefined).length;
      else if (v !== null && v !== undefined) n += 1;
    }
  }
  return n;
}

export function correctionCount(ctx: BookContext, subjectId: string, term: Term): number {
  let n = 0;
  for (const c of ctx.corrections.values()) if (c.subjectId === subjectId && c.term === term) n++;
  return n;
}

function printedDate(iso: string): string {
  const d = new Date(iso);
  // Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving).
  const local = new Date(d.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}`;
}

export function confirmationSpec(
  input: BookInput,
  term: Term,
  snapshot: SnapshotRef | null,
): DocumentSpec {
  const ctx = bookContext(input);
  const key = String(term) as TermKey;
  const rows: Row[] = ctx.subjects.map((s, i) => ({
    cells: [
      String(i + 1),
      s.name,
      input.teachers[s.id] ?? '',
      String(scoreCount(ctx, s.id, term)),
      String(correctionCount(ctx, s.id, term)),
      '□',
      '',
    ],
  }));
  const absent = input.attendance.filter((a) => {
    const month = Number(a.date.slice(5, 7));
    return (month >= 8 ? 1 : 2) === term;
  }).length;
  const conductGiven = ctx.students.filter((s) => s.result?.terms[key]?.conduct).length;
  rows.push(
    {
      shaded: true,
      cells: [
        String(rows.length + 1),
        'Chuyên cần (điểm danh)',
        input.homeroomTeacherName,
        `${absent} buổi nghỉ`,
        '',
        '□',
        '',
      ],
    },
    {
      shaded: true,
      cells: [
        String(rows.length + 2),
        'Rèn luyện (hạnh kiểm)',
        input.homeroomTeacherName,
        `${conductGiven}/${ctx.students.length} học sinh`,
        '',
        '□',
        '',
      ],
    },
  );
  const line = (text: string, bold = false): Block => ({
    kind: 'text',
    text,
    size: 10,
    bold,
    spaceAfter: 2,
  });
  return {
    title: `${msg.CONFIRMATION_TITLE} – Lớp ${input.cls.name} – ${msg.termLabel(term)} – ${input.school.schoolYear}`,
    author: input.school.name,
    createdAt: input.printedAt,
    sections: [
      {
        orientation: 'portrait',
        blocks: [
          line(input.school.name.toLocaleUpperCase('vi'), true),
          { kind: 'spacer', height: 8 },
          {
            kind: 'text',
            text: msg.CONFIRMATION_TITLE,
            size: 14,
            bold: true,
            align: 'center',
            spaceAfter: 4,
          },
          {
            kind: 'text',
            text: `Lớp ${input.cls.name} – ${msg.termLabel(term)} – Năm học ${input.school.schoolYear}`,
            size: 11,
            align: 'center',
            spaceAfter: 10,
          },
          line(`Ngày in: ${printedDate(input.printedAt)}`),
          line(
            snapshot
              ? `Bản lưu trữ điện tử: ${snapshot.id}`
              : 'Bản lưu trữ điện tử: (chưa tạo bản lưu trữ)',
          ),
          line(snapshot ? `SHA-256: ${snapshot.sha256}` : 'SHA-256: —'),
          { kind: 'spacer', height: 8 },
          {
            kind: 'table',
            fontSize: 9,
            headerFontSize: 8,
            minRowHeight: 26,
            columns: [
              { width: 2, align: 'center' },
              { width: 15 },
              { width: 8.5 },
              { width: 4, align: 'center' },
              { width: 4, align: 'center' },
              { width: 5, align: 'center' },
              { width: 5.5 },
            ],
            header: [
              [
                { text: msg.COL.no },
                { text: 'Môn học / nội dung' },
                { text: 'Giáo viên' },
                { text: 'Số điểm, đánh giá' },
                { text: 'Số điểm sửa sau hạn' },
                { text: 'Đã kiểm tra, khớp với sổ cá nhân' },
                { text: 'Chữ ký' },
              ],
            ],
            rows,
          },
          { kind: 'spacer', height: 10 },
          {
            kind: 'signatures',
            placeDate: msg.PLACE_DATE,
            space: 50,
            items: [
              { title: msg.STAFF_IN_CHARGE, note: msg.SIGN_NOTE },
              { title: msg.HOMEROOM, note: msg.SIGN_NOTE, name: input.homeroomTeacherName },
              { title: msg.PRINCIPAL, note: msg.SIGN_STAMP_NOTE, name: input.principalName ?? '' },
            ],
          },
        ],
      },
    ],
  };
}
