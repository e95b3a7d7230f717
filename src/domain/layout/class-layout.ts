// Builds the class workbook layout from the class and its subjects (see types.ts).
import type { ClassInfo, RuleSetId, SubjectDef, Term } from '../school';
import { schoolMonths, termOfMonth } from './attendance';
import type { ClassLayout, ColumnDef, ScoreRef, TabLayout } from './types';
import { LAYOUT_VERSION } from './types';
import { TAB, ROSTER_COLUMNS, H } from './headers';

export interface LayoutOptions {
  /** "2025-2026"; decides the attendance calendar. */
  schoolYear: string;
  /** Student rows prepared; default 60 (a class has at most 45, TT32/2020 Điều 15). */
  capacity?: number;
}

export const DEFAULT_CAPACITY = 60;
const KEY_COLS = 3;

/** TT58_2011: columns for coefficient-1 tests beyond the minimum, and for coefficient-2 tests. */
export const TT58_2011_EXTRA_COEF1 = 2;
export const TT58_2011_COEF2 = 3;

export function classLayout(
  cls: ClassInfo,
  subjects: SubjectDef[],
  opts: LayoutOptions,
): ClassLayout {
  const tabs: TabLayout[] = [
    { name: TAB.roster, kind: 'roster', subjectId: null, columns: rosterColumns() },
    ...subjects.map((s) => subjectTab(s, cls.ruleSet)),
    {
      name: TAB.attendance,
      kind: 'attendance',
      subjectId: null,
      columns: attendanceColumns(opts.schoolYear),
    },
    { name: TAB.conduct, kind: 'conduct', subjectId: null, columns: conductColumns(cls.ruleSet) },
    {
      name: TAB.summary,
      kind: 'summary',
      subjectId: null,
      columns: summaryColumns(subjects, cls.ruleSet),
    },
  ];
  return {
    version: LAYOUT_VERSION,
    classId: cls.id,
    className: cls.name,
    ruleSet: cls.ruleSet,
    schoolYear: opts.schoolYear,
    headerRows: 3,
    firstStudentRow: 4,
    capacity: opts.capacity ?? DEFAULT_CAPACITY,
    orderCol: 1,
    idCol: 2,
    nameCol: 3,
    tabs,
  };
}

function keyColumns(): ColumnDef[] {
  return [
    {
      col: 1,
      header: H.order,
      group: '',
      kind: 'key',
      editor: 'admin',
      width: 40,
      ref: null,
      field: 'order',
    },
    {
      col: 2,
      header: H.id,
      group: '',
      kind: 'key',
      editor: 'admin',
      width: 90,
      ref: null,
      field: 'id',
    },
    {
      col: 3,
      header: H.name,
      group: '',
      kind: 'key',
      editor: 'admin',
      width: 190,
      ref: null,
      field: 'fullName',
    },
  ];
}

function rosterColumns(): ColumnDef[] {
  const cols = keyColumns();
  ROSTER_COLUMNS.forEach((c, i) => {
    cols.push({
      col: KEY_COLS + 1 + i,
      header: c.header,
      group: '',
      kind: c.kind,
      editor: 'admin',
      width: c.width,
      ref: null,
      field: c.field,
    });
  });
  return cols;
}

/** Appends columns one after the other. */
class ColumnRun {
  readonly cols: ColumnDef[] = keyColumns();
  add(c: Omit<ColumnDef, 'col'>): void {
    this.cols.push({ ...c, col: this.cols.length + 1 });
  }
}

function subjectTab(s: SubjectDef, ruleSet: RuleSetId): TabLayout {
  const run = new ColumnRun();
  const scored = s.kind === 'scored';
  const value = scored ? 'score' : 'comment';
  const ref = (term: Term | 'year', field: ScoreRef['field'], index?: number): ScoreRef =>
    index === undefined
      ? { subjectId: s.id, term, field }
      : { subjectId: s.id, term, field, index };
  for (const term of [1, 2] as const) {
    const group = term === 1 ? H.term1 : H.term2;
    if (ruleSet === 'TT58_2011') {
      // TT58 Điều 8: hệ số 1 (miệng, 15 phút), hệ số 2 (1 tiết trở lên), kiểm tra học kì (hệ số 3).
      const c1 = s.regularCount + TT58_2011_EXTRA_COEF1;
      for (let i = 1; i <= c1; i++)
        run.add({
          header: `${H.coef1}${i}`,
          group,
          kind: value,
          editor: 'subject',
          width: 40,
          ref: ref(term, 'coef1', i),
        });
      for (let i = 1; i <= TT58_2011_COEF2; i++)
        run.add({
          header: `${H.coef2}${i}`,
          group,
          kind: value,
          editor: 'subject',
          width: 40,
          ref: ref(term, 'coef2', i),
        });
      run.add({
        header: H.exam,
        group,
        kind: value,
        editor: 'subject',
        width: 44,
        ref: ref(term, 'exam'),
      });
    } else {
      // TT22 Điều 6–7: ĐĐGtx (count by periods per year), ĐĐGgk, ĐĐGck.
      for (let i = 1; i <= s.regularCount; i++)
        run.add({
          header: `${H.regular}${i}`,
          group,
          kind: value,
          editor: 'subject',
          width: 44,
          ref: ref(term, 'regular', i),
        });
      run.add({
        header: H.midterm,
        group,
        kind: value,
        editor: 'subject',
        width: 48,
        ref: ref(term, 'midterm'),
      });
      run.add({
        header: H.final,
        group,
        kind: value,
        editor: 'subject',
        width: 48,
        ref: ref(term, 'final'),
      });
    }
    run.add({
      header: scored ? H.termAvg : H.termResult,
      group,
      kind: 'computed',
      editor: 'admin',
      width: 60,
      ref: ref(term, 'average'),
    });
  }
  run.add({
    header: scored ? H.yearAvg : H.yearResult,
    group: H.year,
    kind: 'computed',
    editor: 'admin',
    width: 60,
    ref: ref('year', 'average'),
  });
  run.add({
    header: H.reassessment,
    group: H.year,
    kind: value,
    editor: 'admin',
    width: 70,
    ref: ref('year', 'reassessment'),
  });
  run.add({
    header: H.note,
    group: '',
    kind: 'text',
    editor: 'admin',
    width: 160,
    ref: ref('year', 'note'),
  });
  return { name: s.name, kind: 'subject', subjectId: s.id, columns: run.cols };
}

function attendanceColumns(schoolYear: string): ColumnDef[] {
  const run = new ColumnRun();
  for (const { month, year } of schoolMonths(schoolYear)) {
    const group = `${H.month} ${month}/${year}`;
    for (let day = 1; day <= 31; day++) {
      run.add({
        header: String(day),
        group,
        kind: 'attendance',
        editor: 'homeroom',
        width: 26,
        ref: { subjectId: null, term: termOfMonth(month), field: 'attendance', month, day },
      });
    }
  }
  return run.cols;
}

function conductColumns(ruleSet: RuleSetId): ColumnDef[] {
  const run = new ColumnRun();
  run.add({
    header: H.term1,
    group: H.conduct,
    kind: 'conduct',
    editor: 'homeroom',
    width: 80,
    ref: { subjectId: null, term: 1, field: 'conduct' },
  });
  run.add({
    header: H.term2,
    group: H.conduct,
    kind: 'conduct',
    editor: 'homeroom',
    width: 80,
    ref: { subjectId: null, term: 2, field: 'conduct' },
  });
  // TT22 Điều 8.2: the year level is derived from the two terms; TT58 Điều 4: the GVCN decides it.
  const yearEditor = ruleSet === 'TT22' ? 'admin' : 'homeroom';
  const yearKind = ruleSet === 'TT22' ? 'computed' : 'conduct';
  run.add({
    header: H.year,
    group: H.conduct,
    kind: yearKind,
    editor: yearEditor,
    width: 80,
    ref: { subjectId: null, term: 'year', field: 'conduct' },
  });
  run.add({
    header: H.summerConduct,
    group: H.conduct,
    kind: 'conduct',
    editor: 'homeroom',
    width: 110,
    ref: { subjectId: null, term: 'year', field: 'summerConduct' },
  });
  run.add({
    header: H.note,
    group: '',
    kind: 'text',
    editor: 'homeroom',
    width: 200,
    ref: { subjectId: null, term: 'year', field: 'note' },
  });
  return run.cols;
}

/** Summary columns are computed; `field` names what each holds (see summary writer). */
function summaryColumns(subjects: SubjectDef[], ruleSet: RuleSetId): ColumnDef[] {
  const run = new ColumnRun();
  const tt22 = ruleSet === 'TT22';
  const computed = (header: string, group: string, field: string, width = 60): void =>
    run.add({ header, group, kind: 'computed', editor: 'admin', width, ref: null, field });
  for (const term of ['1', '2', 'year'] as const) {
    const group = term === '1' ? H.term1 : term === '2' ? H.term2 : H.year;
    for (const s of subjects) computed(s.name, group, `${term}.subject.${s.id}`, 56);
    if (!tt22) computed(H.allAverage, group, `${term}.average`);
    computed(tt22 ? H.academic : H.academic58, group, `${term}.academic`, 80);
    computed(tt22 ? H.conduct : H.conduct58, group, `${term}.conduct`, 80);
    if (!tt22 || term === 'year') computed(H.title, group, `${term}.title`, 110);
  }
  computed(H.absentP, H.year, 'absences.excused', 50);
  computed(H.absentK, H.year, 'absences.unexcused', 50);
  computed(H.absentTotal, H.year, 'absences.total', 60);
  computed(H.promotion, H.year, 'year.promotion', 110);
  computed(H.academicAfter, H.year, 'year.academicAfterReassessment', 100);
  computed(H.conductAfter, H.year, 'year.conductAfterSummer', 100);
  computed(H.promotionAfter, H.year, 'year.promotionAfterSummer', 110);
  computed(H.reasons, '', 'reasons', 320);
  return run.cols;
}
