// The TT58-era book "Sổ gọi tên và ghi điểm" (the book named in the Sở's 2015 directive), for
// class-years under TT58 (as amended by TT26) or TT58_2011, so older years can be re-printed.
// Sections in the order of record-books.md; a "spread" of two subjects is two facing pages.
import type { DocumentSpec, Section } from '../../render/spec';
import { attendanceMonths, cover, principalComments, studentRecords } from './common';
import { bookContext, type BookContext } from './context';
import type { BookInput, BookPeriod } from './input';
import * as msg from './messages';
import { subjectBlock } from './subject-table';
import { termSummary, yearAssessment, yearSubjects } from './summary';

const title = (text: string) =>
  ({ kind: 'text', text, size: 13, bold: true, align: 'center', spaceAfter: 8 }) as const;

function termSections(ctx: BookContext, term: 1 | 2): Section[] {
  const header = `${ctx.classLine} – ${msg.termLabel(term)}`;
  return [
    {
      orientation: 'portrait',
      runningHeader: header,
      correctionsFooter: true,
      blocks: ctx.subjects.flatMap((s) => subjectBlock(ctx, s, term)),
    },
    {
      orientation: 'landscape',
      runningHeader: header,
      blocks: [title(`TỔNG HỢP KẾT QUẢ ${msg.termName(term)}`), termSummary(ctx, term)],
    },
  ];
}

export function tt58BookSpec(input: BookInput, period: BookPeriod = 2): DocumentSpec {
  if (input.cls.ruleSet === 'TT22')
    throw new Error(`tt58BookSpec: lớp ${input.cls.name} học theo TT22, hãy in sổ TT22`);
  const ctx = bookContext(input);
  const sections: Section[] = [
    cover(ctx, { title: msg.TT58_TITLE, tt58: true }),
    studentRecords(ctx),
    attendanceMonths(ctx, msg.ATTENDANCE_TT58_TITLE, period === 1 ? 'term1' : 'year'),
    ...termSections(ctx, 1),
  ];
  if (period === 2)
    sections.push(...termSections(ctx, 2), {
      orientation: 'landscape',
      runningHeader: `${ctx.classLine} – Cả năm`,
      blocks: [
        title('TỔNG HỢP ĐIỂM TRUNG BÌNH CÁC MÔN CẢ NĂM'),
        yearSubjects(ctx),
        { kind: 'pageBreak' },
        title('TỔNG HỢP KẾT QUẢ CẢ NĂM HỌC'),
        ...yearAssessment(ctx),
      ],
    });
  sections.push(principalComments(ctx));
  return {
    title: `${msg.TT58_TITLE} – ${ctx.classLine}`,
    author: input.school.name,
    subject: period === 1 ? 'Học kì I' : 'Cả năm học',
    createdAt: input.printedAt,
    sections,
  };
}
