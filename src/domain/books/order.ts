// Vietnamese alphabetical order of students: by given name, then middle names, then family name
// (record-books.md, common rules), letters in the Vietnamese alphabet, tones as a tie-break.

// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z for foreign names).
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tone order: none, huyền, sắc, hỏi, ngã, nặng.
const TONES: Record<string, number> = {
  '\u0300': 1,
  '\u0301': 2,
  '\u0309': 3,
  '\u0303': 4,
  '\u0323': 5,
};

interface Key {
  letters: number[];
  tones: number[];
}

function wordKey(word: string): Key {
  const letters: number[] = [];
  const tones: number[] = [];
  // Decompose, drop the tone marks (kept aside), recompose the letter marks (ă â ê ô ơ ư).
  const decomposed = word.toLowerCase().normalize('NFD');
  let base = '';
  let tone = 0;
  for (const ch of decomposed) {
    const t = TONES[ch];
    if (t !== undefined) tone = t;
    else base += ch;
  }
  for (const ch of base.normalize('NFC')) {
    const i = ALPHABET.indexOf(ch);
    letters.push(i >= 0 ? i : 100 + (ch.codePointAt(0) ?? 0));
  }
  tones.push(tone);
  return { letters, tones };
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The name's words from given name back to family name. */
function orderedWords(fullName: string): string[] {
  return fullName.trim().split(/\s+/).reverse();
}

export function compareVietnameseNames(a: string, b: string): number {
  const wa = orderedWords(a).map(wordKey);
  const wb = orderedWords(b).map(wordKey);
  for (let i = 0; i < Math.min(wa.length, wb.length); i++) {
    const c = compareNumbers(wa[i]!.letters, wb[i]!.letters);
    if (c !== 0) return c;
  }
  for (let i = 0; i < Math.min(wa.length, wb.length); i++) {
    const c = compareNumbers(wa[i]!.tones, wb[i]!.tones);
    if (c !== 0) return c;
  }
  return wa.length - wb.length;
}

/** Students in book order (stable for equal names: by id). */
export function sortStudents<T extends { id: string; fullName: string }>(students: T[]): T[] {
  return [...students].sort(
    (x, y) =>
      compareVietnameseNames(x.fullName, y.fullName) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
}
