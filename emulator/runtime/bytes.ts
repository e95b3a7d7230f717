// Byte conversions between Apps Script's signed Byte[] (-128..127) and the emulator's Uint8Array.
export type ByteInput = ArrayLike<number> | Uint8Array;

/** Apps Script Byte[] is signed: https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String) */
export function toSigned(bytes: Uint8Array): number[] {
  return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Accepts signed or unsigned byte arrays (a Uint8Array as well), wrapping as Java does. */
export function toUnsigned(data: ByteInput): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 1) out[i] = (data[i] ?? 0) & 0xff;
  return out;
}

export function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

export function fromUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}

/** Byte arrays from the bundle's realm too: `instanceof` fails across vm contexts, isView does not. */
export function isByteArray(value: unknown): value is ByteInput {
  return ArrayBuffer.isView(value) || Array.isArray(value);
}
