// Roster import: a table from a Google Sheet, XLSX or CSV (as cells) → students, with every problem
// named by sheet, row and column. Headers are matched by alias, text is NFC, dates dd/mm/yyyy.
import type { Sex, Student } from '../school';
import { type Cell, foldKey, parseDate, type Problem, problem, text } from '../control';
import { normaliseName } from './names';
import { studentIdFor } from './ids';
import { M } from './messages';

export interface RosterEntry extends Student {
  classId: string;
  /** Sheet row the student came from. */
  row: number;
  /** The name exactly as typed (before NFC), to detect names differing only in Unicode form. */
  rawName: string;
}

type Field =
  | 'id'
  | 'fullName'
  | 'familyMiddle'
  | 'givenName'
  | 'birthDate'
  | 'sex'
  | 'female'
  | 'ethnicity'
  | 'placeOfBirth'
  | 'address'
  | 'fatherName'
  | 'motherName'
  | 'guardianPhone'
  | 'classId'
  | 'joinedOn'
  | 'leftOn';

/** Header aliases (compared folded: case, diacritics and punctuation ignored). */
export const ROSTER_ALIASES: Record<Field, readonly string[]> = {
  id: ['Mã HS', 'Mã học sinh', 'Mã định danh', 'Mã số học sinh', 'ID'],
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên học sinh', 'Tên học sinh', 'Ho va ten'],
  familyMiddle: ['Họ đệm', 'Họ và đệm', 'Họ và tên đệm', 'Họ'],
  givenName: ['Tên'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Ngày/tháng/năm sinh', 'NS'],
  sex: ['Giới tính', 'Phái', 'GT'],
  female: ['Nữ'],
  ethnicity: ['Dân tộc'],
  placeOfBirth: ['Nơi sinh'],
  address: ['Địa chỉ', 'Chỗ ở hiện nay', 'Nơi ở', 'Hộ khẩu thường trú', 'Địa chỉ thường trú'],
  fatherName: ['Họ tên cha', 'Họ và tên cha', 'Cha', 'Tên cha', 'Họ tên bố', 'Bố'],
  motherName: ['Họ tên mẹ', 'Họ và tên mẹ', 'Mẹ', 'Tên mẹ'],
  guardianPhone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'Điện thoại liên hệ'],
  classId: ['Lớp', 'Mã lớp'],
  joinedOn: ['Ngày vào lớp', 'Ngày chuyển đến'],
  leftOn: ['Ngày rời lớp', 'Ngày chuyển đi', 'Ngày nghỉ học'],
};

const ALIAS_INDEX = new Map<string, Field>(
  (Object.entries(ROSTER_ALIASES) as [Field, readonly string[]][]).flatMap(([f, names]) =>
    names.map((n) => [foldKey(n), f] as [string, Field]),
  ),
);

function findHeader(
  values: readonly (readonly Cell[])[],
): { row: number; cols: Map<Field, number> } | null {
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const cols = new Map<Field, number>();
    (values[r] ?? []).forEach((c, i) => {
      const f = ALIAS_INDEX.get(foldKey(text(c)));
      if (f && !cols.has(f)) cols.set(f, i);
    });
    if (cols.has('fullName') || (cols.has('familyMiddle') && cols.has('givenName')))
      return { row: r, cols };
  }
  return null;
}

function sexOf(raw: string): Sex | null {
  const k = foldKey(raw);
  if (['nam', 'm', 'male', 'trai'].includes(k)) return 'Nam';
  if (['nu', 'f', 'female', 'gai'].includes(k)) return 'Nữ';
  return null;
}

export interface RosterOptions {
  /** The class every row belongs to, when the table has no `Lớp` column. */
  classId?: string;
}

/** Reads a roster table. Rows with problems are left out of `students` and listed in `problems`. */
export function importRoster(
  sheet: string,
  values: readonly (readonly Cell[])[],
  opts: RosterOptions = {},
): { students: RosterEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const students: RosterEntry[] = [];
  const header = findHeader(values);
  if (!header) return { students, problems: [problem(sheet, null, null, M.noNameHeader)] };
  const label = (f: Field): string =>
    text(values[header.row]?.[header.cols.get(f) ?? -1]) || ROSTER_ALIASES[f][0]!;
  for (let r = header.row + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every((c) => text(c) === '')) continue;
    const row = r + 1;
    const raw = (f: Field): Cell => {
      const i = header.cols.get(f);
      return i === undefined ? null : (cells[i] ?? null);
    };
    const get = (f: Field): string => text(raw(f));
    const before = problems.length;
    const rawName = header.cols.has('fullName')
      ? String(raw('fullName') ?? '')
      : `${String(raw('familyMiddle') ?? '')} ${String(raw('givenName') ?? '')}`;
    const fullName = normaliseName(rawName);
    if (fullName === '') problems.push(problem(sheet, row, label('fullName'), M.emptyName));
    const birthDate = parseDate(raw('birthDate'));
    if (get('birthDate') === '')
      problems.push(problem(sheet, row, label('birthDate'), M.emptyBirthDate));
    else if (!birthDate)
      problems.push(problem(sheet, row, label('birthDate'), M.badDate(get('birthDate'))));
    let sex: Sex | null = null;
    if (header.cols.has('sex')) {
      sex = sexOf(get('sex'));
      if (!sex) problems.push(problem(sheet, row, label('sex'), M.badSex(get('sex'))));
    } else if (header.cols.has('female')) sex = get('female') === '' ? 'Nam' : 'Nữ';
    else problems.push(problem(sheet, row, null, M.noSexColumn));
    const dateOrNull = (f: Field): string | null => {
      if (get(f) === '') return null;
      const d = parseDate(raw(f));
      if (!d) problems.push(problem(sheet, row, label(f), M.badDate(get(f))));
      return d;
    };
    const joinedOn = dateOrNull('joinedOn');
    const leftOn = dateOrNull('leftOn');
    const classId = get('classId') || (opts.classId ?? '');
    if (classId === '') problems.push(problem(sheet, row, label('classId'), M.noClass));
    if (problems.length > before) continue;
    students.push({
      id: get('id') || studentIdFor(fullName, birthDate ?? ''),
      fullName,
      birthDate: birthDate ?? '',
      sex: sex ?? 'Nam',
      ethnicity: get('ethnicity') || 'Kinh',
      placeOfBirth: get('placeOfBirth'),
      address: get('address'),
      fatherName: normaliseName(get('fatherName')),
      motherName: normaliseName(get('motherName')),
      guardianPhone: get('guardianPhone'),
      leftOn,
      joinedOn,
      classId,
      row,
      rawName,
    });
  }
  problems.push(...duplicates(sheet, students, label('id'), label('fullName')));
  return { students, problems };
}

/** Duplicate ids, and names that differ only in Unicode form (NFC vs NFD: the same name typed twice). */
export type NameEntry = Pick<RosterEntry, 'id' | 'fullName' | 'rawName' | 'row' | 'classId'>;

export function duplicates(
  sheet: string,
  students: readonly NameEntry[],
  idHeader: string,
  nameHeader: string,
): Problem[] {
  const out: Problem[] = [];
  const byId = new Map<string, NameEntry>();
  const byNfc = new Map<string, NameEntry>();
  for (const s of students) {
    const first = byId.get(s.id);
    if (first) out.push(problem(sheet, s.row, idHeader, M.duplicateId(s.id, first.row)));
    else byId.set(s.id, s);
    const trimmed = s.rawName.replace(/\s+/g, ' ').trim();
    const other = byNfc.get(s.fullName + '|' + s.classId);
    if (other && other.rawName.replace(/\s+/g, ' ').trim() !== trimmed)
      out.push(problem(sheet, s.row, nameHeader, M.unicodeTwin(s.fullName, other.row)));
    else if (!other) byNfc.set(s.fullName + '|' + s.classId, s);
  }
  return out;
}
