// src/gas/digest.ts against node:crypto, with a stand-in for Utilities.computeDigest that returns
// signed bytes the way Apps Script does.
import { createHash } from 'node:crypto';
import { bytesToHex, gasDigest, sha256HexOfBytes } from '../../../src/gas/digest';

const signed = (buf: Buffer) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

beforeAll(() => {
  (globalThis as Record<string, unknown>).Utilities = {
    DigestAlgorithm: { SHA_256: 'SHA_256' },
    Charset: { UTF_8: 'UTF_8' },
    computeDigest: (alg: string, value: string | number[], charset?: string) => {
      expect(alg).toBe('SHA_256');
      const data =
        typeof value === 'string'
          ? (expect(charset).toBe('UTF_8'), Buffer.from(value, 'utf8'))
          : Buffer.from(value.map((b) => (b + 256) % 256));
      return signed(createHash('sha256').update(data).digest());
    },
  };
});
afterAll(() => delete (globalThis as Record<string, unknown>).Utilities);

describe('gas digest', () => {
  it('turns signed bytes into lowercase hex', () => {
    expect(bytesToHex([-128, -1, 0, 1, 15, 127])).toBe('80ff00010f7f');
  });

  it('matches node:crypto for Vietnamese text', () => {
    const text = '{"actor":"Nguyễn Thị Ánh","new":8.5}';
    expect(gasDigest.sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes signed file bytes like sha256sum', () => {
    const bytes = Buffer.from([0, 200, 255, 17]);
    expect(sha256HexOfBytes(signed(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
