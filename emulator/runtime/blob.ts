// Blob, shared by Utilities, DriveApp, UrlFetchApp: bytes + content type + name; bytes are signed.
// https://developers.google.com/apps-script/reference/base/blob
import { NotImplementedError, type Workspace } from '../core/workspace';
import { fromUtf8, toSigned, toUnsigned, utf8, type ByteInput } from './bytes';
import { tally } from './time';

type GasBlob = GoogleAppsScript.Base.Blob;

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  zip: 'application/zip',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  xml: 'text/xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ttf: 'font/ttf',
};

export function mimeFromName(name: string): string | null {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return name.includes('.') ? (BY_EXTENSION[ext] ?? null) : null;
}

export class EmuBlob implements GasBlob {
  private bytes: Uint8Array;
  constructor(
    private readonly ws: Workspace,
    data: ByteInput | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = typeof data === 'string' ? utf8(data) : toUnsigned(data);
  }

  /** The bytes as the emulator keeps them (unsigned); not an Apps Script method. */
  raw(): Uint8Array {
    return this.bytes;
  }
  /** Name and content type without counting a call; not an Apps Script method. */
  meta(): { name: string | null; contentType: string | null } {
    return { name: this.name, contentType: this.contentType };
  }

  copyBlob(): GasBlob {
    tally(this.ws, 'Blob.copyBlob');
    return new EmuBlob(this.ws, this.bytes, this.contentType, this.name);
  }
  getAs(contentType: string): GasBlob {
    tally(this.ws, 'Blob.getAs');
    // "For most blobs, 'application/pdf' is the only valid option" (BlobSource.getAs). The emulator
    // renders nothing: only a blob that already is a PDF converts (README assumption A-BLOB-PDF).
    if (contentType !== 'application/pdf' || this.contentType !== 'application/pdf') {
      throw new NotImplementedError(
        `Blob.getAs('${contentType}') from ${this.contentType ?? 'unknown'}`,
      );
    }
    const base = this.name === null ? null : this.name.replace(/\.[^.]*$/, '');
    return new EmuBlob(this.ws, this.bytes, contentType, base === null ? null : `${base}.pdf`);
  }
  getBlob(): GasBlob {
    tally(this.ws, 'Blob.getBlob');
    return this;
  }
  getBytes(): number[] {
    tally(this.ws, 'Blob.getBytes');
    return toSigned(this.bytes);
  }
  getContentType(): string | null {
    tally(this.ws, 'Blob.getContentType');
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    tally(this.ws, 'Blob.getDataAsString');
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      return Buffer.from(this.bytes).toString('latin1');
    }
    return fromUtf8(this.bytes);
  }
  getName(): string | null {
    tally(this.ws, 'Blob.getName');
    return this.name;
  }
  isGoogleType(): boolean {
    tally(this.ws, 'Blob.isGoogleType');
    return false;
  }
  setBytes(data: number[]): GasBlob {
    tally(this.ws, 'Blob.setBytes');
    this.bytes = toUnsigned(data);
    return this;
  }
  setContentType(contentType: string | null): GasBlob {
    tally(this.ws, 'Blob.setContentType');
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): GasBlob {
    tally(this.ws, 'Blob.setContentTypeFromExtension');
    const type = this.name === null ? null : mimeFromName(this.name);
    if (type === null)
      throw new NotImplementedError(`Blob.setContentTypeFromExtension for ${this.name}`);
    this.contentType = type;
    return this;
  }
  setDataFromString(text: string): GasBlob {
    tally(this.ws, 'Blob.setDataFromString');
    this.bytes = utf8(text);
    return this;
  }
  setName(name: string): GasBlob {
    tally(this.ws, 'Blob.setName');
    this.name = name;
    return this;
  }
  /** @deprecated in Apps Script; kept to satisfy the interface. */
  getAllBlobs(): GasBlob[] {
    throw new NotImplementedError('Blob.getAllBlobs');
  }
}

/** Unsigned bytes of any Blob or BlobSource (an emulator object); not an Apps Script call. */
export function bytesOf(source: unknown): Uint8Array {
  if (source instanceof EmuBlob) return source.raw();
  const maybe = source as { getBlob?: () => unknown };
  if (typeof maybe?.getBlob === 'function') {
    const blob = maybe.getBlob();
    if (blob instanceof EmuBlob) return blob.raw();
  }
  throw new Error('Emulator: expected a Blob or BlobSource made by the emulator');
}

export function blobOf(source: unknown): EmuBlob {
  if (source instanceof EmuBlob) return source;
  const maybe = source as { getBlob?: () => unknown };
  const blob = typeof maybe?.getBlob === 'function' ? maybe.getBlob() : null;
  if (blob instanceof EmuBlob) return blob;
  throw new Error('Emulator: expected a Blob or BlobSource made by the emulator');
}
