// Exact score arithmetic in integer tenths, half-up rounding, and the Vietnamese decimal comma.
// Rules note "Numbers": scores 0..10 with at most one decimal; averages rounded half-up to one
// decimal from the exact value (never binary floating-point division before rounding).

/** A score or average in tenths of a point: 8,5 → 85. Always an integer 0..100. */
export type Tenths = number;

export type ParsedScore = { ok: true; tenths: Tenths } | { ok: false; message: string };

const SCORE_TEXT = /^(\d{1,2})(?:[.,](\d))?$/;

/** The message when a value is not a valid score (TT22 Điều 5.3.b). */
export function invalidScoreMessage(raw: unknown): string {
  const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return `điểm "${shown}" không hợp lệ (phải từ 0 đến 10, tối đa một chữ số thập phân)`;
}

/** Parses "8,5", "8.5", "8" or the number 8.5 into tenths (85); anything else is an error. */
export function parseScore(raw: string | number): ParsedScore {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, message: invalidScoreMessage(raw) };
    const tenths = Math.round(raw * 10);
    // A number with more than one decimal (7.45) is not exactly tenths: reject, don't round.
    if (Math.abs(raw * 10 - tenths) > 1e-9 || tenths < 0 || tenths > 100) {
      return { ok: false, message: invalidScoreMessage(raw) };
    }
    return { ok: true, tenths };
  }
  const m = SCORE_TEXT.exec(raw.trim());
  if (!m) return { ok: false, message: invalidScoreMessage(raw) };
  const tenths = Number(m[1]) * 10 + Number(m[2] ?? '0');
  if (tenths > 100) return { ok: false, message: invalidScoreMessage(raw) };
  return { ok: true, tenths };
}

/** Tenths of a valid score number (caller has validated it). */
export function toTenths(score: number): Tenths {
  return Math.round(score * 10);
}

/** The JSON number for tenths: 85 → 8.5. */
export function fromTenths(tenths: Tenths): number {
  return tenths / 10;
}

/**
 * numerator / denominator rounded half-up to an integer, exactly (both non-negative integers).
 * With numerator in tenths this is the average rounded half-up to one decimal.
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new Error(`divideHalfUp: bad operands ${numerator}/${denominator}`);
  }
  if (numerator < 0) throw new Error(`divideHalfUp: negative numerator ${numerator}`);
  // Integer-only: floor((2n + d) / 2d) via the remainder, so the final division is exact.
  const twice = 2 * numerator + denominator;
  return (twice - (twice % (2 * denominator))) / (2 * denominator);
}

/** Formats a score the Vietnamese way: 8.5 → "8,5"; 8 → "8,0" (or "8" with trimZero). */
export function formatScore(score: number, options: { trimZero?: boolean } = {}): string {
  return formatTenths(toTenths(score), options);
}

/** Formats tenths: 85 → "8,5". */
export function formatTenths(tenths: Tenths, options: { trimZero?: boolean } = {}): string {
  const whole = Math.floor(tenths / 10);
  const frac = tenths % 10;
  if (options.trimZero && frac === 0) return String(whole);
  return `${whole},${frac}`;
}
