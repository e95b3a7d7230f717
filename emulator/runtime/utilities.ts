// Utilities: digests (signed bytes), HMAC, base64, blobs, zip/gzip, formatDate, sleep, getUuid.
// https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash, createHmac } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AppsScriptError, NotImplementedError, type Workspace } from '../core/workspace';
import { EmuBlob, blobOf } from './blob';
import { isByteArray, toSigned, toUnsigned, utf8, type ByteInput } from './bytes';
import { formatDate } from './format-date';
import { asGas, strict } from './strict';
import { spend, virtualNow } from './time';
import { readZip, writeZip } from './zip';

type GasUtilities = GoogleAppsScript.Utilities.Utilities;

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

const NODE_HASH: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300000;

function input(value: ByteInput | string, charset?: unknown): Uint8Array {
  if (typeof value === 'string') {
    if (charset === 'US_ASCII') return new Uint8Array(Buffer.from(value, 'ascii'));
    return utf8(value);
  }
  if (isByteArray(value)) return toUnsigned(value);
  throw new AppsScriptError(`Invalid argument: ${String(value)}`);
}

function hashName(algorithm: unknown, method: string): string {
  const name = NODE_HASH[String(algorithm)];
  if (!name) throw new NotImplementedError(`${method} with algorithm ${String(algorithm)}`);
  return name;
}

/** Java-style format of Utilities.formatString: %s %d %i %f %.Nf %%. */
function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%(%|s|d|i|(?:\.(\d+))?f)/g, (whole, spec: string, digits?: string) => {
    if (spec === '%') return '%';
    const arg = args[i++];
    if (spec === 's') return String(arg);
    if (spec === 'd' || spec === 'i') return String(Math.trunc(Number(arg)));
    return Number(arg).toFixed(digits === undefined ? 6 : Number(digits));
  });
}

function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export { parseCsv };

/** A UUID v4 layout from a per-workspace counter: deterministic, unique within the workspace. */
function nextUuid(ws: Workspace): string {
  const state = ws.stateOf('utilities', () => ({ uuidCounter: 0 }));
  state.uuidCounter += 1;
  const h = createHash('sha256').update(`emulator-uuid:${state.uuidCounter}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function createUtilities(ws: Workspace): GasUtilities {
  const count = (method: string, units = 1) => ws.count(`Utilities.${method}`, units);
  const service = {
    DigestAlgorithm,
    Charset,
    MacAlgorithm,
    RsaAlgorithm: { RSA_SHA_1: 'RSA_SHA_1', RSA_SHA_256: 'RSA_SHA_256' },
    computeDigest(algorithm: unknown, value: ByteInput | string, charset?: unknown): number[] {
      const data = input(value, charset);
      count('computeDigest', data.length / 1e6);
      return toSigned(
        createHash(hashName(algorithm, 'Utilities.computeDigest')).update(data).digest(),
      );
    },
    computeHmacSha256Signature(
      value: ByteInput | string,
      key: ByteInput | string,
      charset?: unknown,
    ): number[] {
      count('computeHmacSha256Signature');
      return toSigned(
        createHmac('sha256', input(key, charset)).update(input(value, charset)).digest(),
      );
    },
    computeHmacSignature(
      algorithm: unknown,
      value: ByteInput | string,
      key: ByteInput | string,
      charset?: unknown,
    ): number[] {
      count('computeHmacSignature');
      const name = hashName(algorithm, 'Utilities.computeHmacSignature');
      return toSigned(createHmac(name, input(key, charset)).update(input(value, charset)).digest());
    },
    base64Encode(data: ByteInput | string, charset?: unknown): string {
      count('base64Encode');
      return Buffer.from(input(data, charset)).toString('base64');
    },
    base64EncodeWebSafe(data: ByteInput | string, charset?: unknown): string {
      count('base64EncodeWebSafe');
      return Buffer.from(input(data, charset))
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      count('base64Decode');
      return toSigned(new Uint8Array(Buffer.from(encoded, 'base64')));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      count('base64DecodeWebSafe');
      return toSigned(
        new Uint8Array(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
      );
    },
    newBlob(
      data: ByteInput | string,
      contentType?: string,
      name?: string,
    ): GoogleAppsScript.Base.Blob {
      count('newBlob');
      return new EmuBlob(ws, data, contentType ?? null, name ?? null);
    },
    zip(blobs: unknown[], name?: string): GoogleAppsScript.Base.Blob {
      const entries = blobs.map((b, i) => {
        const blob = blobOf(b);
        return { name: blob.meta().name ?? `file${i + 1}`, data: blob.raw() };
      });
      count('zip', entries.reduce((n, e) => n + e.data.length, 0) / 1e6);
      return new EmuBlob(
        ws,
        writeZip(entries, virtualNow(ws)),
        'application/zip',
        name ?? 'archive.zip',
      );
    },
    unzip(blob: unknown): GoogleAppsScript.Base.Blob[] {
      count('unzip');
      return readZip(blobOf(blob).raw()).map((e) => new EmuBlob(ws, e.data, null, e.name));
    },
    gzip(blob: unknown, name?: string): GoogleAppsScript.Base.Blob {
      count('gzip');
      const source = blobOf(blob);
      const fileName = name ?? `${source.meta().name ?? 'archive'}.gz`;
      return new EmuBlob(
        ws,
        new Uint8Array(gzipSync(source.raw())),
        'application/x-gzip',
        fileName,
      );
    },
    ungzip(blob: unknown): GoogleAppsScript.Base.Blob {
      count('ungzip');
      const source = blobOf(blob);
      const name = source.meta().name?.replace(/\.gz$/, '') ?? null;
      return new EmuBlob(ws, new Uint8Array(gunzipSync(source.raw())), null, name);
    },
    formatDate(date: Date, timeZone: string, format: string): string {
      count('formatDate');
      return formatDate(date, timeZone, format);
    },
    formatString(template: string, ...args: unknown[]): string {
      count('formatString');
      return formatString(template, args);
    },
    parseCsv(csv: string, delimiter?: string): string[][] {
      count('parseCsv');
      return parseCsv(csv, delimiter);
    },
    getUuid(): string {
      count('getUuid');
      return nextUuid(ws);
    },
    /** Sleeping advances the execution's virtual time and counts toward the 6-minute limit. */
    sleep(milliseconds: number): void {
      count('sleep');
      if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) {
        // Text: README assumption A-SLEEP (the documented maximum is 300000 ms).
        throw new AppsScriptError(
          `Invalid argument: milliseconds (${milliseconds}); the maximum is ${MAX_SLEEP_MS}`,
        );
      }
      spend(ws, milliseconds);
    },
  };
  return asGas<GasUtilities>(strict('Utilities', service));
}
