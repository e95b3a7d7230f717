// Subjects per grade under the current programme (Chương trình GDPT 2018, TT 32/2018 and TT 13/2022)
// prefilled into `Môn học`; the school edits them (THPT electives differ by school).
import type { Level, RuleSetId, SubjectDef, SubjectKind } from '../school';
import type { SubjectRow } from '../control';

/** TT22 Điều 6.2.b: ≤35 periods/year → 2; 36–70 → 3; >70 → 4; comment subjects 2. TT58 Điều 8 by periods/week. */
export function regularCountFor(
  ruleSet: RuleSetId,
  kind: SubjectKind,
  periodsPerYear: number,
  periodsPerWeek?: number,
): number {
  if (ruleSet === 'TT58_2011') {
    const w = periodsPerWeek ?? periodsPerYear / 35;
    return w <= 1 ? 2 : w < 3 ? 3 : 4;
  }
  if (kind === 'comment') return 2;
  return periodsPerYear <= 35 ? 2 : periodsPerYear <= 70 ? 3 : 4;
}

interface Entry {
  id: string;
  name: string;
  kind: SubjectKind;
  periods: number | ((grade: number) => number);
  key?: boolean;
  /** THPT electives (TT 32/2018): offered by choice; prefilled ones are the common combination. */
  elective?: boolean;
  prefill?: boolean;
}

// TT22 Điều 5.3.a: comment-only subjects. Periods from Chương trình tổng thể (TT 32/2018, mục VI).
const THCS: readonly Entry[] = [
  { id: 'ngu-van', name: 'Ngữ văn', kind: 'scored', periods: 140, key: true },
  { id: 'toan', name: 'Toán', kind: 'scored', periods: 140, key: true },
  { id: 'ngoai-ngu', name: 'Ngoại ngữ 1', kind: 'scored', periods: 105 },
  { id: 'gdcd', name: 'Giáo dục công dân', kind: 'scored', periods: 35 },
  { id: 'lich-su-dia-li', name: 'Lịch sử và Địa lí', kind: 'scored', periods: 105 },
  { id: 'khtn', name: 'Khoa học tự nhiên', kind: 'scored', periods: 140 },
  { id: 'cong-nghe', name: 'Công nghệ', kind: 'scored', periods: (g) => (g <= 7 ? 35 : 52) },
  { id: 'tin-hoc', name: 'Tin học', kind: 'scored', periods: 35 },
  { id: 'gdtc', name: 'Giáo dục thể chất', kind: 'comment', periods: 70 },
  { id: 'nghe-thuat', name: 'Nghệ thuật', kind: 'comment', periods: 70 },
  { id: 'hdtn', name: 'Hoạt động trải nghiệm, hướng nghiệp', kind: 'comment', periods: 105 },
  { id: 'gddp', name: 'Nội dung giáo dục của địa phương', kind: 'comment', periods: 35 },
];

const THPT: readonly Entry[] = [
  { id: 'ngu-van', name: 'Ngữ văn', kind: 'scored', periods: 105, key: true },
  { id: 'toan', name: 'Toán', kind: 'scored', periods: 105, key: true },
  { id: 'ngoai-ngu', name: 'Ngoại ngữ 1', kind: 'scored', periods: 105 },
  { id: 'lich-su', name: 'Lịch sử', kind: 'scored', periods: 52 },
  { id: 'gdqp', name: 'Giáo dục quốc phòng và an ninh', kind: 'scored', periods: 35 },
  { id: 'gdtc', name: 'Giáo dục thể chất', kind: 'comment', periods: 70 },
  { id: 'hdtn', name: 'Hoạt động trải nghiệm, hướng nghiệp', kind: 'comment', periods: 105 },
  { id: 'gddp', name: 'Nội dung giáo dục của địa phương', kind: 'comment', periods: 35 },
  { id: 'vat-li', name: 'Vật lí', kind: 'scored', periods: 70, elective: true, prefill: true },
  { id: 'hoa-hoc', name: 'Hóa học', kind: 'scored', periods: 70, elective: true, prefill: true },
  { id: 'sinh-hoc', name: 'Sinh học', kind: 'scored', periods: 70, elective: true, prefill: true },
  { id: 'tin-hoc', name: 'Tin học', kind: 'scored', periods: 70, elective: true, prefill: true },
  { id: 'dia-li', name: 'Địa lí', kind: 'scored', periods: 70, elective: true },
  {
    id: 'gdktpl',
    name: 'Giáo dục kinh tế và pháp luật',
    kind: 'scored',
    periods: 70,
    elective: true,
  },
  { id: 'cong-nghe', name: 'Công nghệ', kind: 'scored', periods: 70, elective: true },
  { id: 'am-nhac', name: 'Âm nhạc', kind: 'comment', periods: 70, elective: true },
  { id: 'mi-thuat', name: 'Mĩ thuật', kind: 'comment', periods: 70, elective: true },
];

/** TT58-era THPT subjects (periods per week, programme of 2006), for re-printing archived years. */
const THPT_2006: ReadonlyArray<Entry & { perWeek: number }> = [
  { id: 'toan', name: 'Toán', kind: 'scored', periods: 105, perWeek: 3, key: true },
  { id: 'vat-li', name: 'Vật lí', kind: 'scored', periods: 70, perWeek: 2 },
  { id: 'hoa-hoc', name: 'Hóa học', kind: 'scored', periods: 70, perWeek: 2 },
  { id: 'sinh-hoc', name: 'Sinh học', kind: 'scored', periods: 35, perWeek: 1 },
  { id: 'tin-hoc', name: 'Tin học', kind: 'scored', periods: 70, perWeek: 2 },
  { id: 'ngu-van', name: 'Ngữ văn', kind: 'scored', periods: 105, perWeek: 3, key: true },
  { id: 'lich-su', name: 'Lịch sử', kind: 'scored', periods: 52, perWeek: 1.5 },
  { id: 'dia-li', name: 'Địa lí', kind: 'scored', periods: 52, perWeek: 1.5 },
  { id: 'ngoai-ngu', name: 'Ngoại ngữ', kind: 'scored', periods: 105, perWeek: 3 },
  { id: 'gdcd', name: 'Giáo dục công dân', kind: 'scored', periods: 35, perWeek: 1 },
  { id: 'cong-nghe', name: 'Công nghệ', kind: 'scored', periods: 52, perWeek: 1.5 },
  { id: 'the-duc', name: 'Thể dục', kind: 'comment', periods: 70, perWeek: 2 },
  { id: 'gdqp', name: 'Giáo dục quốc phòng - an ninh', kind: 'scored', periods: 35, perWeek: 1 },
];

function row(grade: number, e: Entry, ruleSet: RuleSetId, perWeek?: number): SubjectRow {
  const periodsPerYear = typeof e.periods === 'number' ? e.periods : e.periods(grade);
  const out: SubjectRow = {
    grade,
    id: e.id,
    name: e.name,
    kind: e.kind,
    periodsPerYear,
    regularCount: regularCountFor(ruleSet, e.kind, periodsPerYear, perWeek),
    key: e.key === true,
    specialised: false,
  };
  if (perWeek !== undefined) out.periodsPerWeek = perWeek;
  return out;
}

/** The prefilled `Môn học` rows for the grades of a level (current programme, TT22). */
export function defaultSubjects(level: Level): SubjectRow[] {
  const grades = level === 'THCS' ? [6, 7, 8, 9] : [10, 11, 12];
  const entries = level === 'THCS' ? THCS : THPT;
  return grades.flatMap((g) =>
    entries.filter((e) => !e.elective || e.prefill).map((e) => row(g, e, 'TT22')),
  );
}

/** Every subject the programme offers for a grade, electives included (for the school's choice). */
export function programmeSubjects(grade: number): SubjectRow[] {
  return (grade <= 9 ? THCS : THPT).map((e) => row(grade, e, 'TT22'));
}

/** THPT subjects under TT58 (2011 text): periods per week decide the regular count. */
export function tt58Subjects(grade: number, ruleSet: RuleSetId = 'TT58_2011'): SubjectRow[] {
  return THPT_2006.map((e) => row(grade, e, ruleSet, e.perWeek));
}

export function toSubjectDef(r: SubjectRow): SubjectDef {
  const { grade: _grade, ...def } = r;
  return def;
}
