// The `Tổng hợp` tab and the computed columns of the subject tabs, from the rules engine: the
// class workbook's values → GradeInput → grade() → values to write. Pure; the app reads and writes.
import { type Cell, numberOf, text } from '../control';
import { a1Range, type ClassLayout, type ScoreRef, TAB, type TabLayout } from '../layout';
import { grade } from '../rules';
import type {
  Assessment,
  ConductLevel,
  GradeInput,
  GradeOutput,
  Mark,
  StudentInput,
  SubjectValue,
  TermAssessmentsBySubject,
} from '../rules';
import type { SubjectDef } from '../school';
import type { ValueRange } from './class-values';

/** Values of every tab's student rows, from `firstStudentRow`, all columns (as read). */
export type TabGrid = Map<string, Cell[][]>;

function assessment(cell: Cell | undefined): Assessment {
  const t = text(cell ?? null);
  if (t === '') return null;
  if (t === 'Đ' || t === 'CĐ') return t;
  const n = numberOf(cell ?? null);
  return n !== null && n >= 0 && n <= 10 && Math.round(n * 10) === n * 10 ? n : null;
}

function at(tab: TabLayout, row: Cell[] | undefined, pick: (r: ScoreRef) => boolean): Cell[] {
  return tab.columns.filter((c) => c.ref && pick(c.ref)).map((c) => row?.[c.col - 1] ?? null);
}

const CONDUCT = new Set(['Tốt', 'Khá', 'Đạt', 'Chưa đạt', 'Trung bình', 'Yếu']);
function conduct(cell: Cell | undefined): ConductLevel | null {
  const t = text(cell ?? null);
  return CONDUCT.has(t) ? (t as ConductLevel) : null;
}

/** The engine's input for the students in `rows` (sheet rows; ids from column B of each tab). */
export function gradeInputOf(
  layout: ClassLayout,
  subjects: readonly SubjectDef[],
  grid: TabGrid,
  rows: readonly number[],
): GradeInput {
  const rowOf = (tab: string, row: number): Cell[] | undefined =>
    grid.get(tab)?.[row - layout.firstStudentRow];
  const tt58old = layout.ruleSet === 'TT58_2011';
  const students: StudentInput[] = rows.map((row) => {
    const id = text(rowOf(TAB.roster, row)?.[layout.idCol - 1] ?? null);
    const terms: Record<'1' | '2', TermAssessmentsBySubject> = { '1': {}, '2': {} };
    const reassessment: Record<string, number | Mark | null> = {};
    for (const s of subjects) {
      const tab = layout.tabs.find((t) => t.kind === 'subject' && t.subjectId === s.id);
      if (!tab) continue;
      const r = rowOf(tab.name, row);
      for (const term of [1, 2] as const) {
        const f = (field: string) =>
          at(tab, r, (x) => x.term === term && x.field === field).map(assessment);
        terms[String(term) as '1' | '2'][s.id] = tt58old
          ? { coef1: f('coef1'), coef2: f('coef2'), exam: f('exam')[0] ?? null }
          : {
              regular: f('regular'),
              midterm: f('midterm')[0] ?? null,
              final: f('final')[0] ?? null,
            };
      }
      const re = assessment(at(tab, r, (x) => x.field === 'reassessment')[0]);
      if (re !== null) reassessment[s.id] = re;
    }
    const cTab = layout.tabs.find((t) => t.kind === 'conduct')!;
    const cr = rowOf(cTab.name, row);
    const pick = (term: ScoreRef['term'], field: ScoreRef['field']) =>
      conduct(at(cTab, cr, (x) => x.term === term && x.field === field)[0]);
    const aTab = layout.tabs.find((t) => t.kind === 'attendance')!;
    const days = at(aTab, rowOf(aTab.name, row), (x) => x.field === 'attendance').map((c) =>
      text(c ?? null),
    );
    const input: StudentInput = {
      id,
      terms,
      conduct: {
        '1': pick(1, 'conduct'),
        '2': pick(2, 'conduct'),
        ...(layout.ruleSet === 'TT22' ? {} : { year: pick('year', 'conduct') }),
      },
      absences: {
        excused: days.filter((d) => d === 'P').length,
        unexcused: days.filter((d) => d === 'K').length,
      },
      reassessment,
      summerConduct: pick('year', 'summerConduct'),
    };
    return input;
  });
  return {
    ruleSet: layout.ruleSet,
    subjects: subjects.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      periodsPerYear: s.periodsPerYear,
      ...(s.periodsPerWeek !== undefined ? { periodsPerWeek: s.periodsPerWeek } : {}),
      regularCount: s.regularCount,
      ...(s.key ? { key: true } : {}),
      ...(s.specialised ? { specialised: true } : {}),
    })),
    students,
  };
}

const PROMOTION: Record<string, string> = {
  promoted: 'Lên lớp',
  reassessment: 'Đánh giá lại',
  'summer-training': 'Rèn luyện hè',
  'not-promoted': 'Ở lại lớp',
};

function cellOf(v: SubjectValue | string | number | null | undefined): Cell {
  return v === null || v === undefined ? '' : v;
}

/** Summary rows, subject averages and (TT22) the derived year conduct, as one batch of writes. */
export function summaryWrites(
  layout: ClassLayout,
  subjects: readonly SubjectDef[],
  rows: readonly number[],
  out: GradeOutput,
  input?: GradeInput,
): ValueRange[] {
  const writes: ValueRange[] = [];
  if (rows.length === 0) return writes;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const byRow = new Map(rows.map((r, i) => [r, out.students[i]]));
  const span = (tab: TabLayout, col: number, value: (row: number) => Cell) => {
    const values: Cell[][] = [];
    for (let r = first; r <= last; r++) values.push([byRow.has(r) ? value(r) : '']);
    writes.push({ range: a1Range(tab.name, first, col, last, col), values });
  };
  for (const s of subjects) {
    const tab = layout.tabs.find((t) => t.kind === 'subject' && t.subjectId === s.id);
    if (!tab) continue;
    for (const c of tab.columns.filter((x) => x.ref?.field === 'average')) {
      const key = c.ref!.term === 'year' ? 'year' : (String(c.ref!.term) as '1' | '2');
      span(tab, c.col, (r) => cellOf(byRow.get(r)?.subjects[s.id]?.[key]));
    }
  }
  if (layout.ruleSet === 'TT22') {
    const cTab = layout.tabs.find((t) => t.kind === 'conduct')!;
    const col = cTab.columns.find((c) => c.ref?.term === 'year' && c.ref.field === 'conduct')!.col;
    span(cTab, col, (r) => cellOf(byRow.get(r)?.year.conduct));
  }
  const sTab = layout.tabs.find((t) => t.kind === 'summary')!;
  const firstCol = layout.nameCol + 1;
  const lastCol = sTab.columns.length;
  const values: Cell[][] = [];
  for (let r = first; r <= last; r++) {
    const st = byRow.get(r);
    const abs = input?.students[rows.indexOf(r)]?.absences ?? null;
    values.push(
      sTab.columns.slice(firstCol - 1).map((c) => (st ? summaryCell(c.field ?? '', st, abs) : '')),
    );
  }
  writes.push({ range: a1Range(sTab.name, first, firstCol, last, lastCol), values });
  return writes;
}

function summaryCell(
  field: string,
  st: GradeOutput['students'][number],
  abs: { excused: number; unexcused: number } | null,
): Cell {
  const [scope, kind, subjectId] = field.split('.');
  if (kind === 'subject' && subjectId) {
    const key = scope === 'year' ? 'year' : (scope as '1' | '2');
    return cellOf(st.subjects[subjectId]?.[key]);
  }
  if (scope === 'absences') {
    if (!abs) return '';
    return kind === 'excused'
      ? abs.excused
      : kind === 'unexcused'
        ? abs.unexcused
        : abs.excused + abs.unexcused;
  }
  if (field === 'reasons')
    return [...st.terms['1'].reasons, ...st.terms['2'].reasons, ...st.year.reasons].join(' · ');
  const res = scope === 'year' ? st.year : scope === '1' || scope === '2' ? st.terms[scope] : null;
  if (!res) return '';
  switch (kind) {
    case 'average':
      return cellOf(res.average);
    case 'academic':
      return cellOf(res.academic);
    case 'conduct':
      return cellOf(res.conduct);
    case 'title':
      return cellOf(res.title);
    case 'promotion':
      return st.year.promotion ? (PROMOTION[st.year.promotion] ?? st.year.promotion) : '';
    case 'promotionAfterSummer':
      return st.year.promotionAfterSummer ? (PROMOTION[st.year.promotionAfterSummer] ?? '') : '';
    case 'academicAfterReassessment':
      return cellOf(st.year.academicAfterReassessment);
    case 'conductAfterSummer':
      return cellOf(st.year.conductAfterSummer);
    default:
      return '';
  }
}

/** Runs the engine for the rows and returns the writes (the summary writer's whole computation). */
export function computeSummary(
  layout: ClassLayout,
  subjects: readonly SubjectDef[],
  grid: TabGrid,
  rows: readonly number[],
): { input: GradeInput; output: GradeOutput; writes: ValueRange[] } {
  const input = gradeInputOf(layout, subjects, grid, rows);
  const output = grade(input);
  return { input, output, writes: summaryWrites(layout, subjects, rows, output, input) };
}
