// The TT22 class book, "Sổ theo dõi và đánh giá học sinh (theo lớp học)": every section of
// record-books.md in order, through term I or through the end of the year.
import type { DocumentSpec, Section } from '../../render/spec';
import { attendanceMonths, cover, instructions, principalComments, studentRecords } from './common';
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
      blocks: [title(msg.SUMMARY_TITLE(term)), termSummary(ctx, term)],
    },
  ];
}

export function tt22BookSpec(input: BookInput, period: BookPeriod = 2): DocumentSpec {
  const ctx = bookContext(input);
  const sections: Section[] = [
    cover(ctx, { title: msg.TT22_TITLE, subtitle: msg.TT22_SUBTITLE }),
    instructions(ctx),
    cover(ctx, { title: msg.TT22_TITLE, subtitle: msg.TT22_SUBTITLE, inner: true }),
    studentRecords(ctx),
    attendanceMonths(ctx, msg.ATTENDANCE_TITLE, period === 1 ? 'term1' : 'year'),
    ...termSections(ctx, 1),
  ];
  if (period === 2)
    sections.push(
      ...termSections(ctx, 2),
      {
        orientation: 'landscape',
        runningHeader: `${ctx.classLine} – Cả năm`,
        blocks: [title(msg.YEAR_SUBJECTS_TITLE), yearSubjects(ctx)],
      },
      {
        orientation: 'landscape',
        runningHeader: `${ctx.classLine} – Cả năm`,
        blocks: [title(msg.YEAR_TITLE), ...yearAssessment(ctx)],
      },
    );
  sections.push(principalComments(ctx));
  return {
    title: `${msg.TT22_TITLE} ${msg.TT22_SUBTITLE} – ${ctx.classLine}`,
    author: input.school.name,
    subject: period === 1 ? 'Học kì I' : 'Cả năm học',
    createdAt: input.printedAt,
    sections,
  };
}
