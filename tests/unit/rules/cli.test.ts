// The grade CLI through child_process: the example, the output format, invalid input.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const script = path.join(root, 'scripts/grade.ts');

function run(json: unknown): { status: number | null; stdout: string; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grade-'));
  const file = path.join(dir, 'input.json');
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  const r = spawnSync(tsx, [script, file], { cwd: root, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const example = JSON.parse(fs.readFileSync(path.join(root, 'scripts/grade-example.json'), 'utf8'));

describe('npm run grade', () => {
  jest.setTimeout(60_000);

  it('grades the issue example', () => {
    const { status, stdout } = run(example);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    const hs = out.students[0];
    expect(hs.subjects).toEqual({
      toan: {
        '1': 8,
        '2': null,
        year: null,
        yearAfterReassessment: null,
        missing: ['2.regular', '2.midterm', '2.final'],
      },
      gdtc: {
        '1': 'Đ',
        '2': null,
        year: null,
        yearAfterReassessment: null,
        missing: ['2.regular', '2.midterm', '2.final'],
      },
    });
    // Term 1: only one scored subject, so fewer than 6 subjects ≥ 5,0 → Chưa đạt (TT22 Điều 9.2).
    expect(hs.terms['1']).toMatchObject({
      academic: 'Chưa đạt',
      conduct: 'Tốt',
      average: null,
      adjustedFrom: null,
      adjustedBy: null,
      title: null,
      complete: true,
    });
    expect(hs.terms['1'].reasons).toContain(
      'Không đạt mức Đạt: chỉ có 1 môn tính điểm từ 5,0 trở lên (cần ít nhất 6).',
    );
    expect(hs.terms['2']).toMatchObject({ academic: null, conduct: 'Khá', complete: false });
    expect(hs.terms['2'].reasons[0]).toBe(
      'Chưa đủ kết quả để xếp loại: Giáo dục thể chất (thiếu ĐĐGtx HK II, ĐĐGgk HK II, ĐĐGck HK II); Toán (thiếu ĐĐGtx HK II, ĐĐGgk HK II, ĐĐGck HK II).',
    );
    expect(hs.year).toMatchObject({
      academic: null,
      conduct: 'Khá',
      average: null,
      adjustedFrom: null,
      adjustedBy: null,
      title: null,
      promotion: null,
      promotionAfterSummer: null,
      academicAfterReassessment: null,
      conductAfterSummer: null,
      complete: false,
    });
  });

  it('prints averages as numbers with one decimal', () => {
    const { stdout } = run(example);
    expect(stdout).toContain('"1": 8.0,');
  });

  it('is usable through npm run --silent grade', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grade-'));
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, JSON.stringify(example));
    const stdout = execFileSync('npm', ['run', '--silent', 'grade', '--', file], {
      cwd: root,
      encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true });
    expect(JSON.parse(stdout).students[0].id).toBe('hs01');
  });

  it('exits non-zero naming the invalid field', () => {
    const bad = structuredClone(example);
    bad.students[0].terms['1'].toan.regular[2] = 11;
    const { status, stdout, stderr } = run(bad);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'students[0].terms.1.toan.regular[2]: điểm "11" không hợp lệ (phải từ 0 đến 10, tối đa một chữ số thập phân)',
    );
  });

  it('reports a bad rule set and broken JSON in Vietnamese', () => {
    const r1 = run({ ...example, ruleSet: 'TT21' });
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('ruleSet: "TT21" không hợp lệ');
    const r2 = run('{ "ruleSet": ');
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('không phải JSON hợp lệ');
  });
});
