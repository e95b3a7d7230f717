// A school in the emulator for the snapshot tests: the permission world (control workbook, class
// workbooks by the real layout) plus a year folder owned by the system account and the archive
// index tab, as the setup leaves them; helpers to read the archive from the emulated Drive.
import { inflateRawSync } from 'node:zlib';
import type { DriveFileRecord } from '../../emulator/core/workspace';
import { ARCHIVE, encodeSettings, encodeTab, SETTINGS_TAB } from '../../src/domain/control';
import { CLERK, makeWorld, PRINCIPAL, SYSTEM, type World } from './permissions-world';

export interface SnapshotWorld extends World {
  yearFolder: string;
}

export function makeSnapshotWorld(classIds?: string[]): SnapshotWorld {
  const w = makeWorld('bound', classIds);
  const yearFolder = w.emu.as(SYSTEM).run((c) => {
    const ctx = c as unknown as { DriveApp: GoogleAppsScript.Drive.DriveApp };
    const folder = ctx.DriveApp.createFolder('Sổ điểm 2025-2026');
    folder.addEditors([PRINCIPAL, CLERK]);
    for (const id of Object.values(w.books)) ctx.DriveApp.getFileById(id).moveTo(folder);
    return folder.getId();
  });
  const ins = w.emu.sheet(w.control);
  ins.addSheet(ARCHIVE.name);
  const archive = ins.model.sheets.find((s) => s.title === ARCHIVE.name)!;
  archive.columnCount = 20;
  ins.set(`'${ARCHIVE.name}'!A1`, encodeTab(ARCHIVE, []) as never);
  const settings = encodeSettings({
    name: 'THPT Thử Nghiệm',
    district: 'Ba Đình',
    province: 'Hà Nội',
    level: 'THPT',
    schoolYear: '2025-2026',
    systemAccount: SYSTEM,
    yearFolderId: yearFolder,
    ruleSetByGrade: { 10: 'TT22', 11: 'TT22' },
  });
  ins.set(`'${SETTINGS_TAB}'!A1`, settings as never);
  return { ...w, yearFolder };
}

export function children(w: World, folderId: string): DriveFileRecord[] {
  return [...w.emu.ws.files.values()].filter((f) => f.parents.includes(folderId) && !f.trashed);
}

export function archiveRoot(w: SnapshotWorld): DriveFileRecord | undefined {
  return children(w, w.yearFolder).find((f) => f.name === 'Lưu trữ');
}

export function snapshotFolders(w: SnapshotWorld): DriveFileRecord[] {
  const root = archiveRoot(w);
  return root ? children(w, root.id).filter((f) => f.appProperties.snapshotId) : [];
}

/** Byte files of a folder by name. */
export function bytesIn(w: World, folderId: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const f of children(w, folderId))
    if (f.content.kind === 'blob') out.set(f.name, f.content.bytes);
  return out;
}

/**
 * A ZIP reader written from PKWARE APPNOTE 4.3 with node:zlib, independent of the emulator's
 * writer (the system may have no `unzip`): central directory → local headers → stored/deflate.
 */
export function unzip(zip: Uint8Array): Map<string, Uint8Array> {
  const buf = Buffer.from(zip);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a ZIP: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const packed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header of ${name}`);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + packed);
    const data = method === 0 ? Uint8Array.from(raw) : Uint8Array.from(inflateRawSync(raw));
    if (data.length !== size) throw new Error(`size of ${name}: ${data.length} ≠ ${size}`);
    if (crc32(data) !== crc) throw new Error(`CRC-32 of ${name}`);
    out.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
