// ISO time helpers for windows and plans: parse once, compare as epoch milliseconds.

/** Epoch ms of an ISO string; throws with the value when it is not a date. */
export function ms(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`Not an ISO time: ${iso}`);
  return t;
}

export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** True when start <= at < end (ends are exclusive). */
export function within(at: number, start: string, end: string | null): boolean {
  return ms(start) <= at && (end === null || at < ms(end));
}
