// The contract against an independent verifier: a snapshot folder written to disk passes the
// system's `sha256sum -c SHA256SUMS`, and a tampered file makes it fail.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSnapshot } from './fixture';

function writeFolder(files: Map<string, Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-'));
  for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, name), bytes);
  return dir;
}

describe('SHA256SUMS checked by the real sha256sum', () => {
  it('passes sha256sum -c for every file, manifest.json included', () => {
    const { files } = buildSnapshot();
    const dir = writeFolder(files);
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    const okLines = out.split('\n').filter((l) => l.endsWith(': OK'));
    expect(okLines).toHaveLength(files.size - 1);
    expect(out).toContain('Lớp chọn Toán.xlsx: OK');
    expect(out).toContain('manifest.json: OK');
    fs.rmSync(dir, { recursive: true });
  });

  it('matches what sha256sum itself writes, byte for byte', () => {
    const { files } = buildSnapshot();
    const dir = writeFolder(files);
    const names = [...files.keys()].filter((n) => n !== 'SHA256SUMS');
    const theirs = execFileSync('sha256sum', names, { cwd: dir, encoding: 'utf8' });
    const ours = Buffer.from(files.get('SHA256SUMS')!).toString('utf8');
    const sortLines = (t: string) => t.split('\n').filter(Boolean).sort();
    expect(sortLines(ours)).toEqual(sortLines(theirs));
    fs.rmSync(dir, { recursive: true });
  });

  it('fails sha256sum -c when one byte of an XLSX changes', () => {
    const { files } = buildSnapshot();
    const dir = writeFolder(files);
    const file = path.join(dir, '10A1.xlsx');
    const bytes = fs.readFileSync(file);
    bytes[4] = bytes[4]! ^ 1;
    fs.writeFileSync(file, bytes);
    const run = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('10A1.xlsx: FAILED');
    fs.rmSync(dir, { recursive: true });
  });
});
