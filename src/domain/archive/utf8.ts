// UTF-8 encoding and decoding in plain TypeScript: Apps Script V8 has no TextEncoder/TextDecoder,
// and the archive hashes the exact bytes it writes (verifiable-records.md, "Snapshot folder").

/** The UTF-8 bytes of text (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else cp = 0xfffd;
    } else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
  }
  return Uint8Array.from(out);
}

/** Text from UTF-8 bytes; malformed sequences become U+FFFD (WHATWG decoder, as Buffer does). */
export function utf8Decode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) parts.push(String.fromCharCode(b));
      else if (b >= 0xc2 && b <= 0xdf) [needed, cp] = [1, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        [needed, cp] = [2, b & 0x0f];
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        [needed, cp] = [3, b & 0x07];
      } else parts.push('\ufffd');
      continue;
    }
    if (b < lower || b > upper) {
      // The malformed prefix is one replacement; this byte starts over.
      [needed, seen, cp, lower, upper] = [0, 0, 0, 0x80, 0xbf];
      parts.push('\ufffd');
      i--;
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    cp = (cp << 6) | (b & 0x3f);
    seen++;
    if (seen === needed) {
      parts.push(String.fromCodePoint(cp));
      [needed, seen, cp] = [0, 0, 0];
    }
  }
  if (needed > 0) parts.push('\ufffd');
  return parts.join('');
}
