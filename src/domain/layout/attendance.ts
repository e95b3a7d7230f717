// Attendance calendar: which months the `Điểm danh` tab covers and whether a day exists.
//
// Choice (documented for everyone): ONE tab, one row per student, one column per calendar day of
// every school month from August to May (31 columns per month, 10 months, 310 columns). A cell
// holds `P` (excused) or `K` (unexcused) or stays empty. Days that do not exist (31/02) or fall
// on Sunday are still columns (the grid never shifts) but validation refuses anything there.
// Totals are not formulas: the summary writer counts P/K per student (the rules engine needs
// the counts), and the book prints per-month totals from the same values.
// TT58 book: "kiểm diện" August to May; TT22 book: one page per month of the school year.

/** Calendar months of a school year, in order: Aug..Dec of the first year, Jan..May of the next. */
export const SCHOOL_MONTHS: readonly number[] = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5];

export interface SchoolMonth {
  month: number;
  year: number;
}

/** "2025-2026" → first calendar year 2025. */
export function firstYearOf(schoolYear: string): number {
  const m = /^(\d{4})\s*-\s*(\d{4})$/.exec(schoolYear.trim());
  if (!m) throw new Error(`firstYearOf: bad school year ${schoolYear}`);
  return Number(m[1]);
}

export function schoolMonths(schoolYear: string): SchoolMonth[] {
  const y = firstYearOf(schoolYear);
  return SCHOOL_MONTHS.map((month) => ({ month, year: month >= 8 ? y : y + 1 }));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the day exists and is not a Sunday (schools keep Sundays free). */
export function isSchoolDay(year: number, month: number, day: number): boolean {
  if (day < 1 || day > daysInMonth(year, month)) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== 0;
}

/** Attendance of a month counts towards term I from August to December, term II after. */
export function termOfMonth(month: number): 1 | 2 {
  return month >= 8 ? 1 : 2;
}
