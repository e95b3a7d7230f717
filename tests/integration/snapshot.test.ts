// Issue 8 end to end: the built bundle in the emulator. A clerk asks for a snapshot, the system
// account's tick makes it; the copies refuse edits (owner included); sha256sum -c passes on the
// folder and on the unzipped bundle; verify finds a tampered copy; a window close triggers a
// snapshot; a run stopped by the 6-minute limit resumes without duplicates.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildServer } from '../../scripts/build';
import { READ_ONLY_MESSAGE } from '../../emulator';
import { CLERK, menuAlert, SYSTEM, useBundle } from './permissions-world';
import {
  bytesIn,
  children,
  makeSnapshotWorld,
  snapshotFolders,
  type SnapshotWorld,
  unzip,
} from './snapshot-world';

// Our own build, safe from other test files rebuilding dist/ while these run.
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sodiem-snapshot-'));
  await buildServer(dir);
  useBundle(dir);
}, 120_000);

function sha256sumCheck(files: Map<string, Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-int-'));
  for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, name), bytes);
  try {
    return execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

function tick(w: SnapshotWorld): unknown {
  return w.emu.as(SYSTEM).run((ctx) => (ctx as { tick(): unknown }).tick());
}

function requestSnapshot(w: SnapshotWorld, reason: string): string {
  return menuAlert(w, CLERK, 'createSnapshot', [{ button: 'OK', text: reason }, 'OK']);
}

describe('snapshots in the emulator', () => {
  let w: SnapshotWorld;
  beforeAll(() => {
    w = makeSnapshotWorld();
    w.emu.as('an@truong.edu.vn').type(w.books['10A1']!, "'Toán'!E7", '8,5');
  });

  it('queues the clerk’s request; the system account’s tick makes a complete snapshot', () => {
    const said = requestSnapshot(w, 'Kiểm tra của Sở GD&ĐT');
    expect(said).toContain('Đã ghi nhận yêu cầu lưu trữ «Kiểm tra của Sở GD&ĐT»');
    expect(said).toContain('tài khoản hệ thống');
    expect(snapshotFolders(w)).toHaveLength(0);
    tick(w);
    const [folder] = snapshotFolders(w);
    expect(folder).toBeDefined();
    expect(folder!.name).toMatch(/^2025-09-05 \d{4} Kiểm tra của Sở GD&ĐT$/);
    expect(folder!.owner).toBe(SYSTEM);
    expect(folder!.appProperties.snapshotStatus).toBe('complete');
    const files = bytesIn(w, folder!.id);
    expect([...files.keys()].sort()).toEqual(
      [
        '10A1.xlsx',
        '10A2.xlsx',
        '11B1.xlsx',
        '10A1.pdf',
        '10A2.pdf',
        '11B1.pdf',
        'SHA256SUMS',
        'audit.jsonl',
        'manifest.json',
      ].sort(),
    );
    // The XLSX is a real workbook (a ZIP holding the sheets).
    expect([...unzip(files.get('10A1.xlsx')!).keys()]).toContain('xl/workbook.xml');
    // The PDF book of each class (issue 9's renderer).
    expect(Buffer.from(files.get('10A1.pdf')!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256sumCheck(files).match(/: OK$/gm)).toHaveLength(8);
    // audit.jsonl holds the log from seq 1 up to the manifest's audit head.
    const lines = Buffer.from(files.get('audit.jsonl')!).toString('utf8').trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l) as { seq: number; hash: string; new: unknown });
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8'));
    expect(manifest.auditHead).toEqual({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });
  });

  it('keeps the copies read-only for everyone, the owner included', () => {
    const [folder] = snapshotFolders(w);
    const copies = children(w, folder!.id).filter((f) => f.content.kind === 'spreadsheet');
    expect(copies).toHaveLength(3);
    const copy = copies.find((c) => c.appProperties.classId === '10A1')!;
    expect(copy.owner).toBe(SYSTEM);
    expect(copy.contentRestrictions[0]?.readOnly).toBe(true);
    expect(copy.editors.size).toBe(0);
    expect(w.emu.sheet(copy.id).value("'Toán'!E7")).toBe(8.5);
    expect(() => w.emu.as(SYSTEM).type(copy.id, "'Toán'!E7", '10')).toThrow(READ_ONLY_MESSAGE);
    expect(() => w.emu.as(CLERK).type(copy.id, "'Toán'!E7", '10')).toThrow();
    expect(w.emu.sheet(copy.id).value("'Toán'!E7")).toBe(8.5);
  });

  it('lists the snapshot in the archive index of the control workbook', () => {
    const [folder] = snapshotFolders(w);
    const rows = w.emu.sheet(w.control).values("'Lưu trữ'!A1:K3");
    const header = rows[0]!;
    const row = rows[1]!;
    const col = (h: string) => row[header.indexOf(h)];
    expect(col('Mã')).toBe(folder!.appProperties.snapshotId);
    expect(col('Lý do')).toBe('Kiểm tra của Sở GD&ĐT');
    expect(col('Người tạo')).toBe(CLERK);
    expect(col('Số tệp')).toBe(9);
    expect(col('SHA-256')).toBe(folder!.appProperties.manifestSha256);
    expect(col('Trạng thái')).toBe('Hoàn tất');
  });

  it('bundles the snapshot as a ZIP where sha256sum -c passes after unzipping', () => {
    w.emu.answerNextAlert(CLERK, { button: 'OK', text: '' });
    w.emu.as(CLERK).menu(w.control, 'downloadArchiveBundle');
    const zip = [...w.emu.ws.files.values()].find(
      (f) => f.owner === CLERK && f.name.endsWith('.zip'),
    );
    expect(zip).toBeDefined();
    if (zip?.content.kind !== 'blob') throw new Error('no zip');
    const files = unzip(zip.content.bytes);
    expect(files.size).toBe(9);
    expect(sha256sumCheck(files).match(/: OK$/gm)).toHaveLength(8);
  });

  it('verify passes, then finds a tampered XLSX and an edited copy', () => {
    expect(menuAlert(w, CLERK, 'verifyArchive')).toContain('mọi tệp đều khớp');
    const [folder] = snapshotFolders(w);
    const xlsx = children(w, folder!.id).find((f) => f.name === '10A2.xlsx')!;
    if (xlsx.content.kind !== 'blob') throw new Error('xlsx');
    const original = xlsx.content.bytes;
    xlsx.content = { kind: 'blob', bytes: Uint8Array.from([...original, 0]) };
    let said = menuAlert(w, CLERK, 'verifyArchive');
    expect(said).toContain('Tệp "10A2.xlsx" đã bị thay đổi');
    xlsx.content = { kind: 'blob', bytes: original };

    // The owner lifts the restriction, edits the copy, and puts the restriction back.
    const copy = children(w, folder!.id).find((f) => f.appProperties.classId === '11B1')!;
    w.emu.as(SYSTEM).run((c) => {
      const ctx = c as unknown as { Drive: { Files: { update(r: unknown, id: string): unknown } } };
      ctx.Drive.Files.update({ contentRestrictions: [{ readOnly: false }] }, copy.id);
    });
    w.emu.as(SYSTEM).type(copy.id, "'Toán'!E7", '3');
    said = menuAlert(w, CLERK, 'verifyArchive');
    expect(said).toContain('Bản sao Google Sheets của lớp 11B1 không còn khóa chỉ đọc');
    w.emu.as(SYSTEM).run((c) => {
      const ctx = c as unknown as { Drive: { Files: { update(r: unknown, id: string): unknown } } };
      ctx.Drive.Files.update({ contentRestrictions: [{ readOnly: true, reason: 'x' }] }, copy.id);
    });
    said = menuAlert(w, CLERK, 'verifyArchive');
    expect(said).toContain('Bản sao Google Sheets của lớp 11B1 đã bị sửa sau khi lưu trữ');
    expect(said).not.toContain('không còn khóa chỉ đọc');
  });
});

describe('automatic snapshots', () => {
  it('takes one when an entry window closes, and one at the end of the term, chained', () => {
    const w = makeSnapshotWorld(['10A1', '10A2']);
    const principal = 'hieutruong@truong.edu.vn';
    const cmd = (text: string) => w.emu.as(principal).rpc(w.control, 'windowCommand', text);
    expect(cmd('tạo; gk1; HK1; giữa kì; 05/09/2025 09:00; 06/09/2025 17:00')).toMatchObject({
      ok: true,
    });
    expect(cmd('tạo; ck1; HK1; cuối kì; 05/09/2025 09:00; 08/09/2025 17:00')).toMatchObject({
      ok: true,
    });
    tick(w); // the first tick starts watching windows
    w.emu.advanceTo(new Date('2025-09-06T10:30:00Z')); // 17:30 in Hà Nội, after the mid-term close
    tick(w);
    expect(snapshotFolders(w).map((f) => f.name)).toEqual([
      '2025-09-06 1730 Khóa nhập điểm giữa kì học kì I',
    ]);
    tick(w); // the same close is not taken twice
    const first = snapshotFolders(w)[0]!;
    const firstFiles = children(w, first.id).map((f) => [f.id, f.name, f.modifiedTime]);
    const firstBytes = bytesIn(w, first.id);
    w.emu.advanceTo(new Date('2025-09-08T10:10:00Z'));
    tick(w);
    // The first snapshot is left exactly as it was: same files, same bytes, same times.
    expect(children(w, first.id).map((f) => [f.id, f.name, f.modifiedTime])).toEqual(firstFiles);
    expect(bytesIn(w, first.id)).toEqual(firstBytes);
    const folders = snapshotFolders(w);
    expect(folders.map((f) => f.name)).toEqual([
      '2025-09-06 1730 Khóa nhập điểm giữa kì học kì I',
      '2025-09-08 1710 Kết thúc học kì I',
    ]);
    const manifest = JSON.parse(
      Buffer.from(bytesIn(w, folders[1]!.id).get('manifest.json')!).toString('utf8'),
    );
    expect(manifest).toMatchObject({ trigger: 'term-end', term: 1, createdBy: SYSTEM });
    expect(manifest.previous).toEqual({
      snapshotId: folders[0]!.appProperties.snapshotId,
      manifestSha256: folders[0]!.appProperties.manifestSha256,
    });
    for (const f of folders) sha256sumCheck(bytesIn(w, f.id));
  });
});

describe('an interrupted snapshot', () => {
  // The tick starts with only `left` ms before the 6-minute limit (a long step before it), so the
  // execution dies mid-snapshot; the next tick completes the same snapshot.
  it.each([8_000, 20_000, 35_000, 50_000])(
    'resumes after the 6-minute limit hit %i ms into the tick, without duplicates',
    (left) => {
      const w = makeSnapshotWorld();
      requestSnapshot(w, 'Gián đoạn');
      // The limit ends the execution: thrown, or (while a PDF renders in a promise) as a rejection
      // the tick leaves to the checkpoint; either way the execution ran out of time.
      try {
        w.emu.as(SYSTEM).run((ctx) => {
          const c = ctx as { Utilities: { sleep(ms: number): void }; tick(): unknown };
          c.Utilities.sleep(3 * 60_000);
          c.Utilities.sleep(3 * 60_000 - left);
          c.tick();
        });
      } catch (e) {
        expect((e as Error).message).toBe('Exceeded maximum execution time');
      }
      expect(w.emu.lastExecution()!.estimatedMs).toBeGreaterThan(6 * 60_000);
      // Whatever the killed run left (a half-written folder, or nothing yet) is completed, not replaced.
      const before = snapshotFolders(w).map((f) => [f.id, f.appProperties.snapshotStatus]);
      expect(before.every(([, status]) => status === 'writing')).toBe(true);
      // The killed run's lease expires 6.5 minutes after it was taken (no execution outlives 6).
      w.emu.advance(15 * 60_000);
      tick(w);
      const folders = snapshotFolders(w);
      expect(folders).toHaveLength(1);
      if (before.length > 0) expect(folders[0]!.id).toBe(before[0]![0]);
      expect(folders[0]!.appProperties.snapshotStatus).toBe('complete');
      const names = children(w, folders[0]!.id).map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toHaveLength(12); // 3 copies, 3 XLSX, 3 PDF, audit.jsonl, manifest, SHA256SUMS
      expect(sha256sumCheck(bytesIn(w, folders[0]!.id)).match(/: OK$/gm)).toHaveLength(8);
      const index = w.emu
        .sheet(w.control)
        .values("'Lưu trữ'!A2:A5")
        .filter((r) => r[0] !== '');
      expect(index).toHaveLength(1);
    },
  );
});
