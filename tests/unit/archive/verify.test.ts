// Verification from bytes: a clean folder passes; tampering, removal, additions and a broken
// chain between snapshots are each reported by name.
import { MSG, describeProblem } from '../../../src/domain/archive/messages';
import { parseSums } from '../../../src/domain/archive/sums';
import { utf8Encode } from '../../../src/domain/archive/utf8';
import { verifyChain, verifySnapshotFiles } from '../../../src/domain/archive/verify';
import { buildSnapshot, folderFiles, sha256 } from './fixture';

describe('verifySnapshotFiles', () => {
  it('passes a complete folder and returns its manifest and manifest hash', () => {
    const built = buildSnapshot();
    const check = verifySnapshotFiles(folderFiles(built.files), sha256);
    expect(check.problems).toEqual([]);
    expect(check.manifest?.snapshotId).toBe('snap-20251015-0830');
    expect(check.manifestSha256).toBe(built.manifestSha256);
  });

  it('finds a changed file, with both hashes', () => {
    const { files } = buildSnapshot();
    const tampered = utf8Encode('giả lập xlsx của lớp chọn!');
    files.set('Lớp chọn Toán.xlsx', tampered);
    const check = verifySnapshotFiles(folderFiles(files), sha256);
    expect(check.problems).toContainEqual(
      expect.objectContaining({
        kind: 'mismatch',
        name: 'Lớp chọn Toán.xlsx',
        actual: sha256(tampered),
      }),
    );
    expect(check.problems.map(describeProblem).join('\n')).toContain('Lớp chọn Toán.xlsx');
  });

  it('finds a missing file and an added file', () => {
    const { files } = buildSnapshot();
    files.delete('10A1.pdf');
    files.set('ghi chú.txt', utf8Encode('thêm sau'));
    const kinds = verifySnapshotFiles(folderFiles(files), sha256).problems;
    expect(kinds).toContainEqual({ kind: 'missing', name: '10A1.pdf' });
    expect(kinds).toContainEqual({ kind: 'unlisted', name: 'ghi chú.txt' });
  });

  it('finds a rewritten manifest even when SHA256SUMS was rewritten to match', () => {
    const { files, manifest } = buildSnapshot();
    // Someone edits a hash in the manifest and recomputes SHA256SUMS for the manifest only:
    const forged = { ...manifest, reason: 'đã sửa' };
    const forgedBytes = utf8Encode(JSON.stringify(forged));
    files.set('manifest.json', forgedBytes);
    const sums = Buffer.from(files.get('SHA256SUMS')!).toString('utf8');
    files.set(
      'SHA256SUMS',
      utf8Encode(sums.replace(/^[0-9a-f]{64}(?= {2}manifest\.json$)/m, sha256(forgedBytes))),
    );
    // The folder is self-consistent again, but the next snapshot's link no longer matches.
    const check = verifySnapshotFiles(folderFiles(files), sha256);
    expect(check.problems).toEqual([]);
    const next = buildSnapshot('snap-20251220-1700', {
      snapshotId: 'snap-20251015-0830',
      manifestSha256: buildSnapshot().manifestSha256,
    });
    const broken = verifyChain([
      { snapshotId: 'snap-20251015-0830', previous: null, manifestSha256: check.manifestSha256 },
      {
        snapshotId: 'snap-20251220-1700',
        previous: next.manifest.previous,
        manifestSha256: next.manifestSha256,
      },
    ]);
    expect(broken.get('snap-20251220-1700')).toEqual([
      { kind: 'broken-link', previousId: 'snap-20251015-0830', cause: 'changed' },
    ]);
  });

  it('reports a missing SHA256SUMS and a malformed line', () => {
    const { files } = buildSnapshot();
    files.set('SHA256SUMS', utf8Encode('not a line\n'));
    const problems = verifySnapshotFiles(folderFiles(files), sha256).problems;
    expect(problems).toContainEqual({ kind: 'bad-sums-line', line: 1 });
    files.delete('SHA256SUMS');
    expect(verifySnapshotFiles(folderFiles(files), sha256).problems).toContainEqual({
      kind: 'no-sums',
    });
  });

  it('refuses a manifest of an unknown version', () => {
    const { files } = buildSnapshot();
    files.set('manifest.json', utf8Encode('{"v":2}'));
    const problems = verifySnapshotFiles(folderFiles(files), sha256).problems;
    expect(problems).toContainEqual({ kind: 'bad-manifest', error: 'version 2' });
  });
});

describe('verifyChain', () => {
  it('passes a chain and reports a deleted middle snapshot', () => {
    const a = buildSnapshot('snap-a');
    const b = buildSnapshot('snap-b', { snapshotId: 'snap-a', manifestSha256: a.manifestSha256 });
    const c = buildSnapshot('snap-c', { snapshotId: 'snap-b', manifestSha256: b.manifestSha256 });
    const member = (s: typeof a) => ({
      snapshotId: s.manifest.snapshotId,
      previous: s.manifest.previous,
      manifestSha256: s.manifestSha256,
    });
    expect(verifyChain([member(a), member(b), member(c)]).size).toBe(0);
    expect(verifyChain([member(a), member(c)]).get('snap-c')).toEqual([
      { kind: 'broken-link', previousId: 'snap-b', cause: 'missing' },
    ]);
  });
});

describe('parseSums', () => {
  it('reads text and binary markers', () => {
    const h = 'ab'.repeat(32);
    expect(parseSums(`${h}  a b.xlsx\n${h.toUpperCase()} *c\n`).lines).toEqual([
      { name: 'a b.xlsx', sha256: h },
      { name: 'c', sha256: h },
    ]);
    expect(MSG.verifyAllGood(0)).toContain('Chưa có');
  });
});
