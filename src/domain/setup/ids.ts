// Stable student ids: the roster's own code when it has one, else derived from the name and birth
// date (so importing the same roster again gives the same ids, whatever the row order).
import { foldKey } from '../control';

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `HS` + 10 base-36 characters from the folded name and the birth date. */
export function studentIdFor(fullName: string, birthDate: string): string {
  const basis = `${fullName.normalize('NFC').toLowerCase()}|${foldKey(fullName)}|${birthDate}`;
  const a = fnv1a(basis, 0x811c9dc5).toString(36).padStart(7, '0');
  const b = fnv1a(basis, 0x01000193).toString(36).padStart(7, '0');
  return `HS${(a + b).slice(0, 10).toUpperCase()}`;
}
