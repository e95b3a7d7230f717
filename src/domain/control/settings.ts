// The `Cài đặt` tab: school settings as label/value rows, including the rule set of each grade.
import type { Level, RuleSetId, SchoolSettings } from '../school';
import { type Problem, problem } from './problem';
import { type Cell, foldKey, isEmail, text } from './values';

export const SETTINGS_TAB = 'Cài đặt';
export const SETTINGS_HEADERS = ['Mục', 'Giá trị', 'Ghi chú'] as const;

export interface ControlSettings extends SchoolSettings {
  /** Drive id of `Sổ điểm <năm học>/`, written by setup. */
  yearFolderId: string;
}

type Key =
  'name' | 'district' | 'province' | 'level' | 'schoolYear' | 'systemAccount' | 'yearFolderId';

const FIELDS: ReadonlyArray<{ key: Key; label: string; note: string; required: boolean }> = [
  { key: 'name', label: 'Tên trường', note: 'In trên bìa sổ.', required: true },
  { key: 'district', label: 'Quận/Huyện', note: '', required: false },
  { key: 'province', label: 'Tỉnh/Thành phố', note: '', required: false },
  { key: 'level', label: 'Cấp học', note: 'THCS hoặc THPT.', required: true },
  { key: 'schoolYear', label: 'Năm học', note: 'Ví dụ 2025-2026.', required: true },
  {
    key: 'systemAccount',
    label: 'Tài khoản hệ thống',
    note: 'Tài khoản sở hữu mọi tệp; không phải giáo viên.',
    required: true,
  },
  { key: 'yearFolderId', label: 'Mã thư mục năm học', note: 'Do hệ thống ghi.', required: false },
];

const GRADE_PREFIX = 'Quy chế khối';
const RULE_SETS: readonly RuleSetId[] = ['TT22', 'TT58', 'TT58_2011'];

export function gradesOf(level: Level): number[] {
  return level === 'THCS' ? [6, 7, 8, 9] : [10, 11, 12];
}

export function encodeSettings(s: ControlSettings): Cell[][] {
  const rows: Cell[][] = [[...SETTINGS_HEADERS]];
  for (const f of FIELDS) rows.push([f.label, s[f.key], f.note]);
  for (const g of Object.keys(s.ruleSetByGrade)
    .map(Number)
    .sort((a, b) => a - b))
    rows.push([`${GRADE_PREFIX} ${g}`, s.ruleSetByGrade[g] ?? '', 'TT22, TT58 hoặc TT58_2011.']);
  return rows;
}

export function decodeSettings(values: readonly (readonly Cell[])[]): {
  settings: ControlSettings;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const found = new Map<string, { value: string; row: number }>();
  values.forEach((r, i) => {
    if (i === 0) return;
    const label = foldKey(text(r[0]));
    if (label) found.set(label, { value: text(r[1]), row: i + 1 });
  });
  const get = (label: string): { value: string; row: number | null } =>
    found.get(foldKey(label)) ?? { value: '', row: null };
  const s: ControlSettings = {
    name: '',
    district: '',
    province: '',
    level: 'THPT',
    schoolYear: '',
    systemAccount: '',
    yearFolderId: '',
    ruleSetByGrade: {},
  };
  for (const f of FIELDS) {
    const { value, row } = get(f.label);
    if (value === '') {
      if (f.required) problems.push(problem(SETTINGS_TAB, row, f.label, 'không được để trống.'));
      continue;
    }
    if (f.key === 'level') {
      if (value !== 'THCS' && value !== 'THPT')
        problems.push(problem(SETTINGS_TAB, row, f.label, `«${value}» phải là THCS hoặc THPT.`));
      else s.level = value;
    } else if (f.key === 'schoolYear' && !validSchoolYear(value)) {
      problems.push(problem(SETTINGS_TAB, row, f.label, `«${value}» phải có dạng 2025-2026.`));
    } else if (f.key === 'systemAccount' && !isEmail(value)) {
      problems.push(problem(SETTINGS_TAB, row, f.label, `«${value}» không phải địa chỉ email.`));
    } else {
      s[f.key] = f.key === 'systemAccount' ? value.toLowerCase() : value;
    }
  }
  for (const [label, { value, row }] of found) {
    const m = new RegExp(`^${foldKey(GRADE_PREFIX)} (\\d+)$`).exec(label);
    if (!m) continue;
    const rs = RULE_SETS.find((x) => x === value.toUpperCase());
    if (!rs)
      problems.push(
        problem(SETTINGS_TAB, row, 'Giá trị', `«${value}» không phải TT22, TT58, TT58_2011.`),
      );
    else s.ruleSetByGrade[Number(m[1])] = rs;
  }
  return { settings: s, problems };
}

export function validSchoolYear(y: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(y);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}
