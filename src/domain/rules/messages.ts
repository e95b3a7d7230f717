// Every Vietnamese sentence the rules engine writes into `reasons` and validation errors.
import type { Graded } from './model';
import { isScored } from './model';
import { formatTenths, type Tenths } from './score';

const f = (t: Tenths): string => formatTenths(t);
const show = (g: Graded): string => (isScored(g.value) ? `${g.name} ${f(g.value)}` : g.name);
/** Subject lists are sorted by name so that reasons do not depend on the order of subjects. */
const byName = (list: readonly Graded[]): Graded[] =>
  [...list].sort((a, b) => compareNames(a.name, b.name) || compareNames(a.id, b.id));

let collator: { compare(a: string, b: string): number } | null | undefined;

/** Vietnamese alphabetical order where Intl is available; code-point order otherwise. */
export function compareNames(a: string, b: string): number {
  if (collator === undefined)
    collator = typeof Intl === 'undefined' ? null : new Intl.Collator('vi');
  if (collator !== null) return collator.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}
const names = (list: readonly Graded[]): string => byName(list).map(show).join(', ');

export const TERM_NAME = { '1': 'HK I', '2': 'HK II' } as const;

const ASSESSMENT_NAME: Record<string, string> = {
  regular: 'ĐĐGtx',
  midterm: 'ĐĐGgk',
  final: 'ĐĐGck',
  coef1: 'KT hệ số 1',
  coef2: 'KT hệ số 2',
  exam: 'KT học kì',
};

/** "2.midterm" → "ĐĐGgk HK II". */
export function missingName(code: string): string {
  const [term, what] = code.split('.');
  const termName = term === '1' || term === '2' ? TERM_NAME[term] : term;
  return `${ASSESSMENT_NAME[what ?? ''] ?? what} ${termName}`;
}

export const reasons = {
  // ---- failed conditions, listed under "Không đạt mức …"
  notLevel: (level: string, failures: readonly string[]) =>
    `Không đạt mức ${level}: ${failures.join('; ')}.`,
  commentNotPassed: (list: readonly Graded[]) =>
    `môn đánh giá bằng nhận xét Chưa đạt: ${names(list)}`,
  tooManyCommentNotPassed: (list: readonly Graded[]) =>
    `${list.length} môn đánh giá bằng nhận xét Chưa đạt (${names(list)}), chỉ được tối đa 1`,
  below: (threshold: Tenths, list: readonly Graded[]) => `môn dưới ${f(threshold)}: ${names(list)}`,
  tooFew: (count: number, threshold: Tenths, need: number) =>
    `chỉ có ${count} môn tính điểm từ ${f(threshold)} trở lên (cần ít nhất ${need})`,
  averageBelow: (average: Tenths | null, threshold: Tenths) =>
    average === null
      ? 'không có môn tính điểm để tính điểm trung bình các môn'
      : `điểm trung bình các môn ${f(average)} dưới ${f(threshold)}`,
  keyBelow: (threshold: Tenths, keys: readonly Graded[]) =>
    keys.length === 0
      ? 'không có môn chủ chốt (Toán, Ngữ văn…) nào được tính'
      : `không có môn nào trong ${byName(keys)
          .map((k) => k.name)
          .join(', ')} đạt từ ${f(threshold)} trở lên (${names(keys)})`,
  specialisedBelow: (threshold: Tenths, list: readonly Graded[]) =>
    `môn chuyên dưới ${f(threshold)}: ${names(list)}`,

  // ---- decided levels
  tt22Level: {
    Tốt: (n80: number) =>
      `Mức Tốt (TT22 Điều 9.2.a): mọi môn nhận xét đạt Đ, mọi môn tính điểm từ 6,5 trở lên, ${n80} môn từ 8,0 trở lên.`,
    Khá: (n65: number) =>
      `Mức Khá (TT22 Điều 9.2.b): mọi môn nhận xét đạt Đ, mọi môn tính điểm từ 5,0 trở lên, ${n65} môn từ 6,5 trở lên.`,
    Đạt: (cd: number, n50: number) =>
      `Mức Đạt (TT22 Điều 9.2.c): ${cd} môn nhận xét Chưa đạt (tối đa 1), ${n50} môn từ 5,0 trở lên, không môn nào dưới 3,5.`,
    'Chưa đạt': () => 'Mức Chưa đạt (TT22 Điều 9.2.d): không đủ điều kiện của mức Đạt.',
  },
  tt58Level: (level: string, average: Tenths | null, article: string) =>
    average === null
      ? `Học lực ${level} (${article}).`
      : `Học lực ${level} (${article}): điểm trung bình các môn ${f(average)}.`,
  adjusted: (from: string, to: string, subject: string, article: string) =>
    `Điều chỉnh từ ${from} lên ${to} vì môn ${subject} (${article})`,

  // ---- completeness
  incompleteSubjects: (list: readonly { name: string; missing: readonly string[] }[]) =>
    `Chưa đủ kết quả để xếp loại: ${[...list]
      .sort((a, b) => compareNames(a.name, b.name))
      .map((s) =>
        s.missing.length > 0
          ? `${s.name} (thiếu ${s.missing.map(missingName).join(', ')})`
          : s.name,
      )
      .join('; ')}.`,
  noConduct: (what: string) => `Chưa có ${what}.`,

  // ---- conduct
  conductYearTT22: (year: string, c1: string, c2: string) =>
    `Rèn luyện cả năm ${year}: HK I ${c1}, HK II ${c2} (TT22 Điều 8.2).`,
  conductYearTT58Given: (year: string) => `Hạnh kiểm cả năm do GVCN xếp: ${year}.`,
  conductYearTT58FromTerm2: (year: string) =>
    `Hạnh kiểm cả năm lấy theo HK II: ${year} (GVCN không nhập riêng; TT58 Điều 5).`,

  // ---- titles
  titleExcellent: (n90: number) =>
    `Danh hiệu Học sinh Xuất sắc: rèn luyện Tốt, học tập Tốt, ${n90} môn có ĐTBmcn từ 9,0 trở lên (TT22 Điều 15.1.a).`,
  titleGoodTT22: (n90: number) =>
    `Danh hiệu Học sinh Giỏi: rèn luyện Tốt, học tập Tốt; chỉ ${n90} môn từ 9,0 trở lên nên không là Xuất sắc (cần 6) (TT22 Điều 15.1.a).`,
  titleGoodTT58: () => 'Danh hiệu Học sinh Giỏi: hạnh kiểm Tốt, học lực Giỏi (TT58 Điều 18).',
  titleAdvancedTT58: () =>
    'Danh hiệu Học sinh Tiên tiến: hạnh kiểm từ Khá, học lực từ Khá trở lên (TT58 Điều 18).',

  // ---- promotion
  absencesOver: (total: number, article: string) =>
    `Nghỉ ${total} buổi (quá 45 buổi): không được lên lớp, bất kể kết quả (${article}).`,
  absencesOk: (total: number) => `Nghỉ ${total} buổi (không quá 45 buổi).`,
  noAbsences: () => 'Chưa có số buổi nghỉ học cả năm: chưa xét lên lớp.',
  promoted: (article: string) => `Được lên lớp (${article}).`,
  summerTraining: (article: string) => `Rèn luyện trong kì nghỉ hè (${article}).`,
  reassessment: (subjects: readonly Graded[], article: string) =>
    `Kiểm tra lại trong hè (${article})${subjects.length > 0 ? `: ${names(subjects)}` : ''}.`,
  thenReassessment: (subjects: readonly Graded[], article: string) =>
    `Nếu rèn luyện hè đạt, kiểm tra lại (${article}): ${names(subjects)}.`,
  notPromoted: (why: string) => `Không được lên lớp: ${why}.`,
  waitingSummerConduct: () => 'Chưa có kết quả rèn luyện trong hè.',
  waitingReassessment: (list: readonly Graded[]) =>
    `Chưa có kết quả kiểm tra lại: ${byName(list)
      .map((s) => s.name)
      .join(', ')}.`,
  afterSummerConduct: (level: string) => `Sau rèn luyện hè: ${level}.`,
  afterReassessment: (level: string, average: Tenths | null) =>
    average === null
      ? `Sau kiểm tra lại: ${level}.`
      : `Sau kiểm tra lại: ${level}, điểm trung bình các môn ${f(average)}.`,
  reassessmentIgnored: (name: string) =>
    `Bỏ qua kết quả kiểm tra lại môn ${name}: môn này không thuộc diện kiểm tra lại.`,
  summerIgnored: () => 'Bỏ qua kết quả rèn luyện hè: học sinh không thuộc diện rèn luyện hè.',

  // ---- exemption, one-term subjects
  exemptTT22: (name: string) =>
    `Miễn phần thực hành môn ${name}: vẫn đánh giá theo lý thuyết, đủ các kết quả (TT22 Điều 10).`,
  exemptYear: (name: string) =>
    `Miễn học môn ${name} cả năm: không tính khi xếp loại (TT58 Điều 6).`,
  exemptTerm: (name: string, term: string) =>
    `Miễn học môn ${name} ${term}: kết quả cả năm lấy theo học kì còn lại (TT58 Điều 6).`,
} as const;
