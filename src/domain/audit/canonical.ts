// Canonical JSON (verifiable-records.md; exact rules in ./FORMAT.md): keys sorted by code point
// at every depth, no whitespace, strings NFC, numbers as JSON numbers, minimal string escaping.

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code-point order (not UTF-16 order) so any language's default string sort agrees. */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function str(text: string): string {
  // JSON.stringify escapes exactly `"`, `\`, and U+0000–U+001F (short forms \b\f\n\r\t, else
  // \u00xx lowercase) and lone surrogates; everything else is written raw (UTF-8 on disk).
  return JSON.stringify(text.normalize('NFC'));
}

/** The canonical JSON text of a value. Throws on values JSON cannot carry (NaN, undefined…). */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return str(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`Canonical JSON: not a finite number: ${value}`);
      return JSON.stringify(value); // -0 → "0"; shortest round-trip digits
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .map((k) => [k.normalize('NFC'), k] as const);
      // Without surrogates, UTF-16 order is code-point order: the plain sort is enough.
      if (keys.some(([k]) => SURROGATE.test(k))) keys.sort((a, b) => compareCodePoints(a[0], b[0]));
      else keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (let i = 1; i < keys.length; i++) {
        if (keys[i]![0] === keys[i - 1]![0])
          throw new Error(`Canonical JSON: duplicate key after NFC: ${keys[i]![0]}`);
      }
      return `{${keys.map(([n, k]) => `${str(n)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new Error(`Canonical JSON: cannot encode a ${typeof value}`);
  }
}
