// JSON encoding of emulator state: Maps, Sets, Dates, byte arrays and non-finite numbers survive a
// round trip; class instances are refused (state must be plain data to be saved).
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function encode(value: unknown, path = '$'): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return { $undef: true };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (value instanceof Map)
    return {
      $map: [...value].map(([k, v], i) => [
        encode(k, `${path}<key ${i}>`),
        encode(v, `${path}.get(${String(k)})`),
      ]),
    };
  if (value instanceof Set) return { $set: [...value].map((v, i) => encode(v, `${path}[${i}]`)) };
  if (Array.isArray(value)) return value.map((v, i) => encode(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(
        `Emulator save: ${path} is a ${(value as object).constructor?.name ?? 'class instance'}, not plain data`,
      );
    }
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v, `${path}.${k}`);
    return Object.keys(out).some((k) => k.startsWith('$')) ? { $obj: out } : out;
  }
  throw new Error(`Emulator save: ${path} is a ${typeof value}`);
}

export function decode(json: unknown): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map(decode);
  const o = json as Record<string, unknown>;
  if ('$undef' in o) return undefined;
  if ('$num' in o) return Number(o.$num);
  if ('$date' in o) return new Date(String(o.$date));
  if ('$bytes' in o) return new Uint8Array(Buffer.from(String(o.$bytes), 'base64'));
  if ('$map' in o) return new Map((o.$map as unknown[][]).map(([k, v]) => [decode(k), decode(v)]));
  if ('$set' in o) return new Set((o.$set as unknown[]).map(decode));
  const source = '$obj' in o ? (o.$obj as Record<string, unknown>) : o;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) out[k] = decode(v);
  return out;
}
