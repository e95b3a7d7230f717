// TT58 học lực (Điều 13.1–13.5) with the adjustment (Điều 13.6; TT26 "only one subject").
// Used for TT58 as amended by TT26 and for TT58_2011: the key subjects differ only by data
// (`key: true` on Ngoại ngữ under TT26).
import type { Classified, Classifier, Graded } from './model';
import { isScored } from './model';
import { reasons } from './messages';
import { divideHalfUp, type Tenths } from './score';
import type { AcademicLevelTT58 } from './types';

/** Lowest first; the rank of a level is its index. */
export const TT58_LEVELS: readonly AcademicLevelTT58[] = [
  'Kém',
  'Yếu',
  'Trung bình',
  'Khá',
  'Giỏi',
];

/** Thresholds of Giỏi, Khá, Trung bình: average, key subject, lowest subject (tenths). */
const BANDS: readonly { rank: number; average: number; key: number; lowest: number }[] = [
  { rank: 4, average: 80, key: 80, lowest: 65 },
  { rank: 3, average: 65, key: 65, lowest: 50 },
  { rank: 2, average: 50, key: 50, lowest: 35 },
];

interface Counts {
  notPassed: number;
  lowest: number;
  keyBest: number;
  specialisedLowest: number;
}

function count(entries: readonly Graded[], skip: number): Counts {
  const c: Counts = { notPassed: 0, lowest: 101, keyBest: -1, specialisedLowest: 101 };
  for (let i = 0; i < entries.length; i++) {
    if (i === skip) continue;
    const e = entries[i]!;
    const v = e.value;
    if (!isScored(v)) {
      if (v === 'CĐ') c.notPassed++;
      continue;
    }
    if (v < c.lowest) c.lowest = v;
    if (e.key && v > c.keyBest) c.keyBest = v;
    if (e.specialised && v < c.specialisedLowest) c.specialisedLowest = v;
  }
  return c;
}

/** ĐTBhk / ĐTBcn: the plain mean of the scored subjects' averages, rounded half-up (Điều 13.2). */
export function allSubjectAverage(entries: readonly Graded[]): Tenths | null {
  let sum = 0;
  let n = 0;
  for (const e of entries) {
    if (isScored(e.value)) {
      sum += e.value;
      n++;
    }
  }
  return n === 0 ? null : divideHalfUp(sum, n);
}

function rankOf(average: Tenths | null, c: Counts): number {
  const avg = average ?? -1;
  for (const b of BANDS) {
    if (
      avg >= b.average &&
      c.keyBest >= b.key &&
      c.lowest >= b.lowest &&
      c.notPassed === 0 &&
      c.specialisedLowest >= b.key
    ) {
      return b.rank;
    }
  }
  if (avg >= 35 && c.lowest >= 20) return 1; // Yếu
  return 0; // Kém
}

function failures(entries: readonly Graded[], rank: number, average: Tenths | null): string[] {
  const out: string[] = [];
  const below = (t: number, pick: (e: Graded) => boolean = () => true) =>
    entries.filter((e) => pick(e) && isScored(e.value) && e.value < t);
  const band = BANDS.find((b) => b.rank === rank);
  const [avgMin, lowMin] = band ? [band.average, band.lowest] : [35, 20];
  if ((average ?? -1) < avgMin) out.push(reasons.averageBelow(average, avgMin));
  if (band) {
    const keys = entries.filter((e) => e.key && isScored(e.value));
    if (!keys.some((k) => (k.value as number) >= band.key))
      out.push(reasons.keyBelow(band.key, keys));
    const spec = below(band.key, (e) => e.specialised);
    if (spec.length > 0) out.push(reasons.specialisedBelow(band.key, spec));
    const cd = entries.filter((e) => e.value === 'CĐ');
    if (cd.length > 0) out.push(reasons.commentNotPassed(cd));
  }
  const low = below(lowMin);
  if (low.length > 0) out.push(reasons.below(lowMin, low));
  return out;
}

/**
 * TT58 Điều 13.6: Giỏi→Trung bình becomes Khá; Giỏi→Yếu becomes Trung bình; Khá→Yếu becomes
 * Trung bình; Khá→Kém becomes Yếu: always one level up, when the would-be level is Giỏi or Khá
 * and the actual level is two or more below it. Policy: Giỏi→Kém (not listed) becomes Yếu, as an
 * average in the Giỏi band is also in the Khá band (Khá→Kém row); without it, raising a score
 * elsewhere could lower the level from Yếu to Kém.
 */
function adjustedRank(wouldBe: number, actual: number): number | undefined {
  return wouldBe >= 3 && wouldBe - actual >= 2 ? actual + 1 : undefined;
}

/**
 * The one subject whose result alone lowered the level (policy of the rules note, as for TT22:
 * leave the subject out of every condition except the all-subject average, which stays as is).
 */
function adjustment(
  entries: readonly Graded[],
  average: Tenths | null,
  rank: number,
): { by: Graded; to: number } | null {
  if (rank > 2) return null;
  let found: { by: Graded; to: number } | null = null;
  for (let i = 0; i < entries.length; i++) {
    const to = adjustedRank(rankOf(average, count(entries, i)), rank);
    if (to === undefined) continue;
    if (found !== null) return null; // TT26: only when exactly one subject is the cause
    found = { by: entries[i]!, to };
  }
  return found;
}

export function makeClassifierTT58(article: string): Classifier {
  return (entries) => {
    const average = allSubjectAverage(entries);
    const rank = rankOf(average, count(entries, -1));
    const why: string[] = [];
    for (let r = 4; r > rank; r--) {
      const f = failures(entries, r, average);
      if (f.length > 0) why.push(reasons.notLevel(TT58_LEVELS[r]!, f));
    }
    const level = TT58_LEVELS[rank]!;
    why.push(reasons.tt58Level(level, average, `${article} Điều 13`));
    const adj = adjustment(entries, average, rank);
    const base: Classified = {
      level,
      rank,
      adjustedFrom: null,
      adjustedBy: null,
      average,
      reasons: why,
    };
    if (adj === null) return base;
    const to = TT58_LEVELS[adj.to]!;
    why.push(reasons.adjusted(level, to, adj.by.name, `${article} Điều 13.6`));
    return { ...base, level: to, rank: adj.to, adjustedFrom: level, adjustedBy: adj.by };
  };
}
