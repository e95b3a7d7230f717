// The Digest port in Apps Script: Utilities.computeDigest returns SIGNED bytes (-128..127), so
// each byte is taken modulo 256 before hex (apps-script-facts: platform constraints).
import type { Digest } from '../domain/audit/chain';

/** Lowercase hex of signed (or unsigned) bytes. */
export function bytesToHex(bytes: ArrayLike<number>): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = (bytes[i]! + 256) % 256;
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  return hex;
}

/** SHA-256 of raw bytes (file contents: snapshot manifests, SHA256SUMS). */
export function sha256HexOfBytes(bytes: number[]): string {
  return bytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, bytes));
}

export const gasDigest: Digest = {
  sha256Hex: (text: string) =>
    bytesToHex(
      Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8),
    ),
};
