// Measuring and wrapping text with the embedded font's advance widths.

/** Width in points of `text` at `size` in the regular or bold face. */
export interface Measurer {
  width(text: string, size: number, bold: boolean): number;
}

/** Line advance for a font size: 1.2 em, what the DejaVu metrics need for stacked diacritics. */
export function lineHeight(size: number): number {
  return size * 1.2;
}

/** Splits one word that is wider than `max` into pieces that fit, character by character. */
function breakWord(word: string, max: number, size: number, bold: boolean, m: Measurer): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current !== '' && m.width(current + ch, size, bold) > max) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Greedy word wrap. Explicit "\n" starts a new line; a word wider than the line is broken.
 * Always returns at least one line (possibly empty).
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  bold: boolean,
  m: Measurer,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (m.width(candidate, size, bold) <= max) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (m.width(word, size, bold) <= max) line = word;
      else {
        const pieces = breakWord(word, max, size, bold, m);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
      }
    }
    lines.push(line);
  }
  return lines.length > 0 ? lines : [''];
}

/** Caches a measurer's answers: the books measure the same short strings thousands of times. */
export function cachedMeasurer(inner: Measurer): Measurer {
  const cache = new Map<string, number>();
  return {
    width(text, size, bold) {
      const key = `${bold ? 'b' : 'r'}${size}|${text}`;
      let w = cache.get(key);
      if (w === undefined) {
        w = inner.width(text, size, bold);
        cache.set(key, w);
      }
      return w;
    },
  };
}
