// TT22 kết quả học tập (Điều 9.2) with the one-subject adjustment (Điều 9.3).
import type { Classified, Graded } from './model';
import { isScored } from './model';
import { reasons } from './messages';
import type { AcademicLevelTT22 } from './types';

/** Lowest first; the rank of a level is its index. */
export const TT22_LEVELS: readonly AcademicLevelTT22[] = ['Chưa đạt', 'Đạt', 'Khá', 'Tốt'];

interface Counts {
  notPassed: number;
  lowest: number;
  from80: number;
  from65: number;
  from50: number;
}

/** Counts over the entries, leaving out the one at index `skip` (-1: none). */
function count(entries: readonly Graded[], skip: number): Counts {
  const c: Counts = { notPassed: 0, lowest: 101, from80: 0, from65: 0, from50: 0 };
  for (let i = 0; i < entries.length; i++) {
    if (i === skip) continue;
    const v = entries[i]!.value;
    if (!isScored(v)) {
      if (v === 'CĐ') c.notPassed++;
      continue;
    }
    if (v < c.lowest) c.lowest = v;
    if (v >= 80) c.from80++;
    if (v >= 65) c.from65++;
    if (v >= 50) c.from50++;
  }
  return c;
}

/** TT22 Điều 9.2: the levels use absolute counts ("at least 06 subjects"), not shares. */
function rankOf(c: Counts): number {
  if (c.notPassed === 0 && c.lowest >= 65 && c.from80 >= 6) return 3; // Tốt
  if (c.notPassed === 0 && c.lowest >= 50 && c.from65 >= 6) return 2; // Khá
  if (c.notPassed <= 1 && c.from50 >= 6 && c.lowest >= 35) return 1; // Đạt
  return 0; // Chưa đạt
}

function failures(entries: readonly Graded[], rank: number, c: Counts): string[] {
  const out: string[] = [];
  const cd = entries.filter((e) => e.value === 'CĐ');
  const below = (t: number) => entries.filter((e) => isScored(e.value) && e.value < t);
  if (rank === 3 || rank === 2) {
    const [low, many, need] = rank === 3 ? [65, 80, c.from80] : [50, 65, c.from65];
    if (cd.length > 0) out.push(reasons.commentNotPassed(cd));
    if (c.lowest < low) out.push(reasons.below(low, below(low)));
    if (need < 6) out.push(reasons.tooFew(need, many, 6));
  } else if (rank === 1) {
    if (cd.length > 1) out.push(reasons.tooManyCommentNotPassed(cd));
    if (c.from50 < 6) out.push(reasons.tooFew(c.from50, 50, 6));
    if (c.lowest < 35) out.push(reasons.below(35, below(35)));
  }
  return out;
}

function decided(rank: number, c: Counts): string {
  const m = reasons.tt22Level;
  if (rank === 3) return m['Tốt'](c.from80);
  if (rank === 2) return m['Khá'](c.from65);
  if (rank === 1) return m['Đạt'](c.notPassed, c.from50);
  return m['Chưa đạt']();
}

/**
 * TT22 Điều 9.3. Policy (rules note): "only because of one subject" = recompute the level with
 * that subject left out of every condition; when exactly one subject gives Tốt or Khá two or
 * more levels above the actual level, raise the level by one. Comment subjects count.
 */
function culprit(entries: readonly Graded[], rank: number): Graded | null {
  if (rank > 1) return null;
  let found: Graded | null = null;
  for (let i = 0; i < entries.length; i++) {
    const without = rankOf(count(entries, i));
    if (without >= 2 && without - rank >= 2) {
      if (found !== null) return null; // two different subjects: no adjustment
      found = entries[i]!;
    }
  }
  return found;
}

export function classifyTT22(entries: readonly Graded[]): Classified {
  const c = count(entries, -1);
  const rank = rankOf(c);
  const why: string[] = [];
  for (let r = 3; r > rank; r--) {
    const f = failures(entries, r, c);
    if (f.length > 0) why.push(reasons.notLevel(TT22_LEVELS[r]!, f));
  }
  why.push(decided(rank, c));
  const level = TT22_LEVELS[rank]!;
  const by = culprit(entries, rank);
  if (by === null)
    return { level, rank, adjustedFrom: null, adjustedBy: null, average: null, reasons: why };
  const raised = TT22_LEVELS[rank + 1]!;
  why.push(reasons.adjusted(level, raised, by.name, 'TT22 Điều 9.3'));
  return {
    level: raised,
    rank: rank + 1,
    adjustedFrom: level,
    adjustedBy: by,
    average: null,
    reasons: why,
  };
}
