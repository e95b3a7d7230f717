// The chain our code writes, checked by tests/independent/verify_chain.py (written from the
// format note only, Python standard library) and by the npm CLI, intact and tampered.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeChain, tampers, toLines } from './chain-fixture';

const root = path.resolve(__dirname, '../../..');
const script = path.join(root, 'tests/independent/verify_chain.py');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-verify-'));
const lines = toLines(makeChain(20));

function write(name: string, ls: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ls.map((l) => `${l}\n`).join(''), 'utf8');
  return file;
}

function python(file: string, anchor?: { seq: number; hash: string }) {
  const args = [script, file, ...(anchor ? ['--head', `${anchor.seq}:${anchor.hash}`] : [])];
  const r = spawnSync('python3', args, { encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr };
}

function cli(file: string, anchor?: { seq: number; hash: string }) {
  const args = ['tsx', 'scripts/verify-audit.ts', file];
  if (anchor) args.push('--head', `${anchor.seq}:${anchor.hash}`);
  const r = spawnSync('npx', args, { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim() };
}

describe('independent verifier (Python, from the format note only)', () => {
  it('imports only the standard library and no project file', () => {
    const src = fs.readFileSync(script, 'utf8');
    const imports = [...src.matchAll(/^(?:import|from) (\w+)/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['decimal', 'hashlib', 'json', 're', 'sys', 'unicodedata']);
    expect(src).not.toMatch(/\.ts\b|node_modules|subprocess|os\.system/);
  });

  it('accepts the chain our code wrote, with the same head hash', () => {
    const head = JSON.parse(lines[19]!).hash as string;
    const r = python(write('intact.jsonl', lines));
    expect(r).toMatchObject({ status: 0, out: `OK 20 ${head}` });
  });

  it.each(tampers().map((t) => [t.name, t] as const))(
    'reports %s at the same seq as our verifier',
    (name, t) => {
      const { lines: bad, anchor } = t.apply(lines);
      const r = python(write(`${name.replace(/\W+/g, '-')}.jsonl`, bad), anchor);
      expect(r.status).toBe(1);
      expect(r.out).toMatch(new RegExp(`^BROKEN seq=${t.seq} ${t.problem}:`));
    },
  );
});

describe('npm run verify-audit', () => {
  it('prints OK with the count and head hash, exit 0', () => {
    const head = JSON.parse(lines[19]!).hash as string;
    const r = cli(write('cli-intact.jsonl', lines));
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[0]).toBe(`OK 20 ${head}`);
  });

  it('prints the first broken seq and what is wrong, exit non-zero', () => {
    const swap = tampers().find((t) => t.problem === 'reordered')!;
    const r = cli(write('cli-bad.jsonl', swap.apply(lines).lines));
    expect(r.status).toBe(1);
    expect(r.out.split('\n')[0]).toBe('BROKEN seq=5 reordered (seq-order, line 5)');
    expect(r.out).toContain('mục số 5 bị đảo thứ tự');
  });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  expect(execFileSync('python3', ['--version'], { encoding: 'utf8' })).toMatch(/^Python 3/);
});
