// The snapshot use case on port doubles: what a snapshot holds, read-only copies, the index and
// the audit entry, never overwriting, the chain, and resuming after a time-out or a failure.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { continueSnapshots, JOB_KEY, QUEUE_KEY } from '../../../src/app/snapshots/job';
import { readIndex } from '../../../src/app/snapshots/school-facts';
import { requestOnDemand } from '../../../src/app/snapshots/triggers';
import { parseManifest } from '../../../src/domain/archive/manifest';
import { utf8Decode } from '../../../src/domain/archive/utf8';
import { InjectedFailure, makeSchool, MemoryLease, type School } from './doubles';
import { runSync } from './doubles';

function snapshotFolders(s: School) {
  const root = [...s.drive.files.values()].find((f) => f.name === 'Lưu trữ')!;
  return s.drive.childrenOf(root.id).filter((f) => f.props.snapshotId);
}

function manifestOf(s: School, folderId: string) {
  const parsed = parseManifest(utf8Decode(s.drive.bytesIn(folderId).get('manifest.json')!));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.manifest;
}

function sha256sumCheck(files: Map<string, Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-job-'));
  for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, name), bytes);
  const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true });
  return out;
}

describe('an on-demand snapshot', () => {
  it('reconciles first, then writes copies, XLSX, audit.jsonl, manifest.json and SHA256SUMS', () => {
    const s = makeSchool(3);
    s.audit.pending = 2; // two unreconciled changes: they must be in audit.jsonl
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Kiểm tra của Sở');
    const result = runSync(s.deps);
    expect(result).toEqual({ completed: ['2025-10-15 0830 Kiểm tra của Sở'], pending: null });

    const [folder] = snapshotFolders(s);
    expect(folder!.name).toBe('2025-10-15 0830 Kiểm tra của Sở');
    expect(folder!.props.snapshotStatus).toBe('complete');
    const bytes = s.drive.bytesIn(folder!.id);
    expect([...bytes.keys()].sort()).toEqual(
      ['10A1.xlsx', '10A2.xlsx', '10A3.xlsx', 'SHA256SUMS', 'audit.jsonl', 'manifest.json'].sort(),
    );
    expect(utf8Decode(bytes.get('audit.jsonl')!).trim().split('\n')).toHaveLength(4);

    const manifest = manifestOf(s, folder!.id);
    expect(manifest).toMatchObject({
      v: 1,
      snapshotId: 'snap-20251015-0830',
      createdAt: '2025-10-15T01:30:00.000Z',
      reason: 'Kiểm tra của Sở',
      trigger: 'on-demand',
      createdBy: 'vanthu@truong.edu.vn',
      schoolYear: '2025-2026',
      term: 1,
      auditHead: { seq: 4, hash: s.audit.hashOf(4) },
      previous: null,
    });
    expect(manifest.classes.map((c) => [c.classId, c.ruleSet, c.files])).toEqual([
      ['10A1', 'TT22', ['10A1.xlsx']],
      ['10A2', 'TT22', ['10A2.xlsx']],
      ['10A3', 'TT22', ['10A3.xlsx']],
    ]);
    expect(sha256sumCheck(bytes).match(/: OK/g)).toHaveLength(5);

    // Every file and copy is read-only; the copies are view-only for the admins and principal.
    for (const f of s.drive.childrenOf(folder!.id)) expect(f.readOnly).toBe(true);
    const copies = s.drive.childrenOf(folder!.id).filter((f) => f.kind === 'sheet');
    expect(copies.map((c) => c.name)).toEqual([
      'Lớp 10A1 (bản lưu 2025-10-15 0830)',
      'Lớp 10A2 (bản lưu 2025-10-15 0830)',
      'Lớp 10A3 (bản lưu 2025-10-15 0830)',
    ]);
    for (const c of copies) {
      expect(c.viewOnly).toBe(true);
      expect(c.viewers.sort()).toEqual(['hieutruong@truong.edu.vn', 'vanthu@truong.edu.vn']);
    }

    // The index row and the audit entry.
    const [row] = readIndex(s.control);
    expect(row).toMatchObject({
      id: 'snap-20251015-0830',
      reason: 'Kiểm tra của Sở',
      createdBy: 'vanthu@truong.edu.vn',
      term: '1',
      fileCount: 6,
      status: 'complete',
      sha256: folder!.props.manifestSha256,
    });
    expect(s.sink.entries).toEqual([
      expect.objectContaining({
        kind: 'snapshot',
        ref: 'snap-20251015-0830',
        reason: 'Kiểm tra của Sở',
      }),
    ]);
    expect(s.store.get(JOB_KEY)).toBeNull();
    expect(s.store.get(QUEUE_KEY)).toBe('[]');
  });

  it('adds the PDF book to every class when a renderer is available', () => {
    const s = makeSchool(2);
    s.deps.renderBook = (cls) => Buffer.from(`%PDF-1.7 Sổ theo dõi lớp ${cls.name}`);
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Có sổ PDF');
    runSync(s.deps);
    const [folder] = snapshotFolders(s);
    const names = [...s.drive.bytesIn(folder!.id).keys()];
    expect(names).toEqual(expect.arrayContaining(['10A1.pdf', '10A2.pdf', '10A1.xlsx']));
    expect(manifestOf(s, folder!.id).classes[0]!.files).toEqual(['10A1.xlsx', '10A1.pdf']);
    sha256sumCheck(s.drive.bytesIn(folder!.id));
  });
});

describe('never overwrite', () => {
  it('gives a second snapshot in the same minute a new name and chains it to the first', () => {
    const s = makeSchool(2);
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Khóa sổ');
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Khóa sổ');
    expect(runSync(s.deps).completed).toEqual([
      '2025-10-15 0830 Khóa sổ',
      '2025-10-15 0830 Khóa sổ (2)',
    ]);
    const [a, b] = snapshotFolders(s);
    const first = manifestOf(s, a!.id);
    const second = manifestOf(s, b!.id);
    expect(second.snapshotId).toBe('snap-20251015-0830-2');
    expect(second.previous).toEqual({
      snapshotId: first.snapshotId,
      manifestSha256: a!.props.manifestSha256,
    });
    expect(readIndex(s.control).map((r) => r.id)).toEqual([
      'snap-20251015-0830',
      'snap-20251015-0830-2',
    ]);
  });

  it('leaves a folder someone made with the same name untouched', () => {
    const s = makeSchool(1);
    const root = s.drive.archiveFolder(s.yearFolderId, [])!;
    const theirs = s.drive.createFolder(root, '2025-10-15 0830 Khóa sổ', {});
    s.drive.createFile(theirs, 'ghi chú.txt', 'text/plain', Buffer.from('của người khác'));
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Khóa sổ');
    expect(runSync(s.deps).completed).toEqual(['2025-10-15 0830 Khóa sổ (2)']);
    expect([...s.drive.bytesIn(theirs).keys()]).toEqual(['ghi chú.txt']);
    expect(s.drive.get(theirs).props).toEqual({});
  });
});

describe('resuming', () => {
  it('pauses at the time budget and continues on the next executions without duplicates', () => {
    const s = makeSchool(5);
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Cuối kì');
    let checks = 0;
    s.deps.timeLeftMs = () => (++checks % 4 === 0 ? 0 : 60_000); // 3 steps per execution
    let executions = 0;
    let result;
    do {
      checks = 0;
      result = runSync(s.deps);
      executions++;
      if (result.pending) s.audit.push('cell'); // the log grows between executions
    } while (result.pending && executions < 50);
    expect(result.completed).toEqual(['2025-10-15 0830 Cuối kì']);
    expect(executions).toBe(Math.ceil((3 + 2 * 5 + 3) / 3));
    const [folder] = snapshotFolders(s);
    const children = s.drive.childrenOf(folder!.id);
    expect(children).toHaveLength(5 + 5 + 3);
    expect(new Set(children.map((c) => c.name)).size).toBe(children.length);
    // audit.jsonl stops at the head taken when the folder was made, not at the log's end.
    const manifest = manifestOf(s, folder!.id);
    expect(manifest.auditHead.seq).toBe(2);
    expect(
      utf8Decode(s.drive.bytesIn(folder!.id).get('audit.jsonl')!).trim().split('\n'),
    ).toHaveLength(2);
    sha256sumCheck(s.drive.bytesIn(folder!.id));
  });

  it('completes the same snapshot after a failure at any service call, with no duplicates', () => {
    const clean = makeSchool(2);
    requestOnDemand(clean.deps, 'vanthu@truong.edu.vn', 'Gián đoạn');
    runSync(clean.deps);
    const totalCalls = clean.drive.calls.length;
    const [cleanFolder] = snapshotFolders(clean);
    const cleanBytes = clean.drive.bytesIn(cleanFolder!.id);

    for (let failAt = 1; failAt <= totalCalls; failAt++) {
      const s = makeSchool(2);
      requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Gián đoạn');
      s.drive.failAt = failAt;
      expect(() => runSync(s.deps)).toThrow(InjectedFailure);
      s.clock.ms += 3_600_000; // the next tick, an hour later
      // A failure before the job's first checkpoint leaves the request queued: it starts anew.
      const done = runSync(s.deps).completed;
      expect(done).toHaveLength(1);
      expect(done[0]).toMatch(/^2025-10-15 (0830|0930) Gián đoạn$/);
      const same = (name: string) => name.replace('0930', '0830');
      const folders = snapshotFolders(s);
      expect(folders).toHaveLength(1);
      const children = s.drive.childrenOf(folders[0]!.id);
      expect(children.map((c) => same(c.name)).sort()).toEqual(
        clean.drive
          .childrenOf(cleanFolder!.id)
          .map((c) => c.name)
          .sort(),
      );
      expect(children.every((c) => c.readOnly)).toBe(true);
      // Same bytes as an uninterrupted run (the copy ids inside manifest.json aside).
      const bytes = s.drive.bytesIn(folders[0]!.id);
      for (const name of ['10A1.xlsx', '10A2.xlsx', 'audit.jsonl'])
        expect(Buffer.from(bytes.get(name)!)).toEqual(Buffer.from(cleanBytes.get(name)!));
      sha256sumCheck(bytes);
      expect(readIndex(s.control)).toHaveLength(1);
      expect(s.sink.entries.filter((e) => e.kind === 'snapshot')).toHaveLength(1);
    }
  });
});

describe('reconcile first', () => {
  it('waits for a reconciliation that needs more than one execution before taking the head', () => {
    const s = makeSchool(2);
    s.audit.pending = 3;
    s.audit.slowRuns = 2;
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Chậm');
    expect(runSync(s.deps).pending).toMatchObject({ done: 0 });
    expect(runSync(s.deps).pending).toMatchObject({ done: 0 });
    expect(snapshotFolders(s)).toHaveLength(0); // nothing archived before the log is complete
    expect(runSync(s.deps).completed).toHaveLength(1);
    const [folder] = snapshotFolders(s);
    expect(manifestOf(s, folder!.id).auditHead.seq).toBe(5);
    // The deadline handed to reconcileAll leaves time to save the checkpoint.
    expect(s.audit.deadlines[0]).toBe(s.clock.ms + 5 * 60_000 - 15_000);
  });
});

describe('an asynchronous PDF renderer (pdf-lib saves with promises)', () => {
  it('awaits each book, then completes the snapshot and releases the lease', async () => {
    const s = makeSchool(2);
    s.deps.renderBook = (cls) => Promise.resolve(Buffer.from(`%PDF-1.7 lớp ${cls.name}`));
    requestOnDemand(s.deps, 'vanthu@truong.edu.vn', 'Có PDF');
    const ran = continueSnapshots(s.deps);
    expect(ran).toBeInstanceOf(Promise);
    expect(await ran).toEqual({ completed: ['2025-10-15 0830 Có PDF'], pending: null });
    expect((s.deps.lease as MemoryLease).held).toBe(false);
    const [folder] = snapshotFolders(s);
    const bytes = s.drive.bytesIn(folder!.id);
    expect(utf8Decode(bytes.get('10A2.pdf')!)).toBe('%PDF-1.7 lớp 10A2');
    sha256sumCheck(bytes);
  });
});
