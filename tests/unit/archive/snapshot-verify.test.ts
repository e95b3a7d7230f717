// "Kiểm tra lưu trữ" and the ZIP bundle on port doubles: a clean archive passes; a tampered XLSX,
// an edited Sheets copy, a deleted snapshot, a rewritten manifest and an interrupted run are found.
import { makeBundle } from '../../../src/app/snapshots/bundle';
import { requestOnDemand } from '../../../src/app/snapshots/triggers';
import { verifyArchiveFolders } from '../../../src/app/snapshots/verify';
import { makeSchool, type School } from './doubles';
import { runSync } from './doubles';

function twoSnapshots(): School {
  const s = makeSchool(2);
  requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Giữa kì I');
  runSync(s.deps);
  s.clock.ms += 86_400_000;
  requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Cuối kì I');
  runSync(s.deps);
  return s;
}

function folderNamed(s: School, name: string) {
  return [...s.drive.files.values()].find((f) => f.name === name && f.kind === 'folder')!;
}

function fileIn(s: School, folderName: string, name: string) {
  return s.drive.childrenOf(folderNamed(s, folderName).id).find((f) => f.name === name)!;
}

describe('verifyArchiveFolders', () => {
  it('passes an untouched archive', () => {
    const s = twoSnapshots();
    const report = verifyArchiveFolders(s.deps);
    expect(report.ok).toBe(true);
    expect(report.snapshots.map((r) => r.status)).toEqual(['complete', 'complete']);
    expect(report.text).toContain('Đã kiểm tra 2 bản lưu trữ');
  });

  it('finds a changed XLSX by its checksum', () => {
    const s = twoSnapshots();
    const xlsx = fileIn(s, '2025-10-15 0830 Giữa kì I', '10A2.xlsx');
    xlsx.bytes = Uint8Array.from([...xlsx.bytes, 0]);
    const report = verifyArchiveFolders(s.deps);
    expect(report.ok).toBe(false);
    expect(report.snapshots[0]!.problems.join('\n')).toMatch(/Tệp "10A2.xlsx" đã bị thay đổi/);
    expect(report.snapshots[1]!.problems).toEqual([]);
  });

  it('finds an edited Sheets copy, even with the read-only lock put back', () => {
    const s = twoSnapshots();
    const copy = fileIn(s, '2025-10-16 0830 Cuối kì I', 'Lớp 10A1 (bản lưu 2025-10-16 0830)');
    copy.readOnly = false; // the owner lifts the restriction…
    copy.tabs[1]!.values[1]![1] = 10; // …changes a score…
    let report = verifyArchiveFolders(s.deps);
    expect(report.snapshots[1]!.problems).toEqual([
      'Bản sao Google Sheets của lớp 10A1 không còn khóa chỉ đọc.',
      'Bản sao Google Sheets của lớp 10A1 đã bị sửa sau khi lưu trữ.',
    ]);
    copy.readOnly = true; // …and restores it.
    report = verifyArchiveFolders(s.deps);
    expect(report.snapshots[1]!.problems).toEqual([
      'Bản sao Google Sheets của lớp 10A1 đã bị sửa sau khi lưu trữ.',
    ]);
  });

  it('finds a deleted snapshot (broken link and index) and a rewritten manifest', () => {
    const s = twoSnapshots();
    folderNamed(s, '2025-10-15 0830 Giữa kì I').trashed = true;
    let report = verifyArchiveFolders(s.deps);
    expect(report.missing).toEqual([expect.stringContaining('snap-20251015-0830')]);
    expect(report.snapshots[0]!.problems).toEqual([
      'Liên kết bị đứt: bản lưu trữ trước "snap-20251015-0830" không còn.',
    ]);

    const t = twoSnapshots();
    const manifest = fileIn(t, '2025-10-16 0830 Cuối kì I', 'manifest.json');
    manifest.bytes = Buffer.from(
      Buffer.from(manifest.bytes).toString().replace('Cuối kì I', 'Cuối kì 1'),
    );
    report = verifyArchiveFolders(t.deps);
    expect(report.snapshots[1]!.problems.join('\n')).toMatch(/manifest.json" đã bị thay đổi/);
  });

  it('reports an interrupted snapshot that nothing will continue', () => {
    const s = makeSchool(2);
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Dở dang');
    let checks = 0;
    s.deps.timeLeftMs = () => (++checks > 4 ? 0 : 60_000);
    expect(runSync(s.deps).pending).not.toBeNull();
    expect(verifyArchiveFolders(s.deps).snapshots[0]!.status).toBe('writing');
    s.store.delete('snapshot.job'); // the checkpoint is lost
    const report = verifyArchiveFolders(s.deps);
    expect(report.snapshots[0]).toMatchObject({ status: 'interrupted' });
    expect(report.ok).toBe(false);
  });
});

describe('makeBundle', () => {
  it("zips the byte files of the newest complete snapshot into the caller's Drive", () => {
    const s = twoSnapshots();
    const result = makeBundle(s.deps, '');
    expect(result).toMatchObject({ ok: true, name: '2025-10-16 0830 Cuối kì I.zip', files: 5 });
    const zipped = JSON.parse(
      Buffer.from(s.drive.get(result.ok ? result.zipId : '').bytes).toString(),
    );
    const names = (zipped as string[]).map((id) => s.drive.get(id).name).sort();
    expect(names).toEqual(['10A1.xlsx', '10A2.xlsx', 'SHA256SUMS', 'audit.jsonl', 'manifest.json']);
    expect(s.drive.get(result.ok ? result.zipId : '').parent).toBe('my-drive');
    expect(makeBundle(s.deps, 'snap-20251015-0830')).toMatchObject({
      ok: true,
      name: '2025-10-15 0830 Giữa kì I.zip',
    });
  });

  it('refuses a tampered snapshot and an unknown id', () => {
    const s = twoSnapshots();
    fileIn(s, '2025-10-16 0830 Cuối kì I', 'audit.jsonl').bytes = Buffer.from('{}\n');
    expect(makeBundle(s.deps, '')).toMatchObject({
      ok: false,
      message: expect.stringContaining('không còn nguyên vẹn'),
    });
    expect(makeBundle(s.deps, 'snap-x')).toEqual({
      ok: false,
      message: 'Không có bản lưu trữ hoàn tất nào mã «snap-x».',
    });
  });
});
