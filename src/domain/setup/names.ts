// Vietnamese names: splitting into family / middle / given, and alphabetical order as the books
// print it (by given name, then middle, then family name). The collation is ours, not the
// runtime's, so Apps Script sorts exactly like Node: letters in Vietnamese order (a ă â b c d đ e
// ê …), then tones in dictionary order (ngang, huyền, hỏi, ngã, sắc, nặng), then case. This is
// the order Intl.Collator('vi') gives (tests/unit/setup/names.test.ts checks they agree).

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

export function normaliseName(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function splitName(fullName: string): NameParts {
  const words = normaliseName(fullName)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0]! };
  return {
    family: words[0]!,
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1]!,
  };
}

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES: Record<string, number> = {
  '\u0300': 1,
  '\u0309': 2,
  '\u0303': 3,
  '\u0301': 4,
  '\u0323': 5,
};
const MODIFIED: Record<string, string> = {
  a306: 'ă',
  a302: 'â',
  e302: 'ê',
  o302: 'ô',
  o31b: 'ơ',
  u31b: 'ư',
};

interface Key {
  primary: number[];
  tones: number[];
  cases: number[];
}

/** Sort key of one word or phrase: letter ranks, tone per letter, upper/lower. */
export function collationKey(s: string): Key {
  const key: Key = { primary: [], tones: [], cases: [] };
  const chars = [...normaliseName(s).normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/[\u0300-\u036f]/.test(ch)) continue;
    let lower = ch.toLowerCase();
    key.cases.push(lower === ch ? 0 : 1);
    let tone = 0;
    for (let j = i + 1; j < chars.length && /[\u0300-\u036f]/.test(chars[j]!); j++) {
      const mark = chars[j]!;
      const t = TONES[mark];
      if (t !== undefined) tone = t;
      else lower = MODIFIED[lower + mark.charCodeAt(0).toString(16)] ?? lower;
    }
    if (lower === 'đ') key.primary.push(ALPHABET.indexOf('đ'));
    else {
      const rank = ALPHABET.indexOf(lower);
      key.primary.push(rank >= 0 ? rank : 100 + lower.charCodeAt(0));
    }
    key.tones.push(tone);
  }
  return key;
}

function cmpArrays(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Vietnamese comparison of two words/phrases: letters, then tones, then case. */
export function compareVi(a: string, b: string): number {
  const ka = collationKey(a);
  const kb = collationKey(b);
  return (
    cmpArrays(ka.primary, kb.primary) ||
    cmpArrays(ka.tones, kb.tones) ||
    cmpArrays(ka.cases, kb.cases)
  );
}

/** Book order: given name, then middle name, then family name (each compared as above). */
export function compareNames(a: string, b: string): number {
  const pa = splitName(a);
  const pb = splitName(b);
  return (
    compareVi(pa.given, pb.given) ||
    compareVi(pa.middle, pb.middle) ||
    compareVi(pa.family, pb.family)
  );
}

export interface Sortable {
  id: string;
  fullName: string;
  birthDate: string;
}

/** Stable book order: names, then birth date, then student id (so equal names never swap). */
export function compareStudents(a: Sortable, b: Sortable): number {
  return (
    compareNames(a.fullName, b.fullName) ||
    (a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortStudents<T extends Sortable>(students: readonly T[]): T[] {
  return [...students].sort(compareStudents);
}
