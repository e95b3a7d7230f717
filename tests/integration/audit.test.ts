// Issue 7 end to end: the built bundle in the emulator — reconciliation in the tick, enrichment by
// the simple onEdit (add-on), structure guard, the admins' verify menu, and two executions
// appending at once under the script lock.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from '../../scripts/build';
import { holdLock } from '../../emulator/runtime/lock';
import { verifyChain } from '../../src/domain/audit/verify';
import { nodeDigest } from '../../scripts/node-digest';
import { exportAuditJsonl } from '../../scripts/audit-export';
import { AN, menuAlert, PRINCIPAL, SYSTEM } from './permissions-world';
import {
  appendAsOther,
  auditEntries,
  auditLines,
  auditWorld,
  type AuditWorld,
} from './audit-world';

beforeAll(async () => {
  await build();
}, 120_000);

const MIN = 60_000;

function openRegularWindow(w: AuditWorld): void {
  menuAlert(w, SYSTEM, 'activateSystem');
  const r = w.emu
    .as(PRINCIPAL)
    .rpc(
      w.control,
      'windowCommand',
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 30/09/2025 17:00; khối 10',
    ) as {
    ok: boolean;
  };
  expect(r.ok).toBe(true);
  w.emu.advance(MIN);
}

function tick(w: AuditWorld): void {
  w.emu.advance(MIN);
  w.emu.as(SYSTEM).run((ctx) => (ctx as unknown as { tick: () => unknown }).tick());
  w.emu.advance(MIN);
}

describe('reconciliation in the tick', () => {
  it('bound: logs a typed score, attributed by protection to the only teacher who could edit', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    tick(w); // baseline
    const before = auditEntries(w).length;
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8,5');
    tick(w);
    const cells = auditEntries(w)
      .slice(before)
      .filter((e) => e.kind === 'cell');
    expect(cells).toEqual([
      expect.objectContaining({
        classId: '10A1',
        studentId: 'HS02',
        subject: 'toan',
        term: 1,
        field: 'regular.1',
        cell: "'Toán'!D5",
        old: '',
        new: 8.5,
        actor: AN,
        basis: 'protection',
      }),
    ]);
    expect(verifyChain(auditLines(w), nodeDigest)).toMatchObject({ ok: true });
  });

  it('add-on: the simple onEdit names the editor and the time (basis event)', () => {
    const w = auditWorld('addon');
    openRegularWindow(w);
    tick(w);
    const typedAt = w.emu.ws.clock.now();
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!E6", '7');
    tick(w);
    const e = auditEntries(w).find((x) => x.kind === 'cell');
    expect(e).toMatchObject({
      actor: AN,
      basis: 'event',
      new: 7,
      studentId: 'HS03',
      field: 'regular.2',
    });
    expect(Date.parse(e!.at)).toBeGreaterThanOrEqual(typedAt);
    expect(Date.parse(e!.at)).toBeLessThan(typedAt + MIN);
  });

  it('add-on: clearing then re-entering the same score is on the record (two entries)', () => {
    const w = auditWorld('addon');
    openRegularWindow(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D4", '6');
    tick(w);
    w.emu.as(AN).clear(w.books['10A1']!, "'Toán'!D4");
    w.emu.advance(MIN);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D4", '6');
    tick(w);
    const h = auditEntries(w).filter((e) => e.kind === 'cell' && e.studentId === 'HS01');
    expect(h.map((e) => [e.old, e.new, e.basis])).toEqual([
      ['', 6, 'event'],
      [6, '', 'event'],
      ['', 6, 'event'],
    ]);
  });

  it('skips unchanged workbooks at almost no cost', () => {
    const w = auditWorld('bound', ['10A1', '10A2']);
    openRegularWindow(w);
    tick(w);
    tick(w);
    const last = w.emu.executions.filter((x) => x.kind === 'script').at(-1)!;
    expect(last.calls.get('Sheets.Spreadsheets.Values.batchGet') ?? 0).toBe(0);
  });
});

describe('structure guard', () => {
  it('a sort keeps scores with their students, is logged and alerted', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D4", '9');
    tick(w);
    w.emu
      .as(PRINCIPAL)
      .sortRange(w.books['10A1']!, "'Toán'!A4:Q9", [{ column: 2, ascending: false }]);
    tick(w);
    const after = auditEntries(w);
    expect(after.filter((e) => e.kind === 'cell')).toHaveLength(1);
    expect(after.at(-1)).toMatchObject({ kind: 'structure', field: 'rows-moved', classId: '10A1' });
    const events = w.emu
      .sheet(w.control)
      .values("'Sự kiện'!A2:E50")
      .map((r) => r[1]);
    expect(events).toContain('structure');
    // HS01's 9 is now on the last row and is still HS01's.
    expect(w.emu.sheet(w.books['10A1']!).value("'Toán'!D9")).toBe(9);
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D9", '9,5');
    tick(w);
    expect(auditEntries(w).at(-1)).toMatchObject({
      studentId: 'HS01',
      old: 9,
      new: 9.5,
      cell: "'Toán'!D9",
    });
  });

  it('a renamed tab is logged and its scores are not reported as cleared', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D4", '9');
    tick(w);
    w.emu.as(PRINCIPAL).renameSheet(w.books['10A1']!, 'Toán', 'Toan');
    tick(w);
    const last = auditEntries(w).at(-1)!;
    expect(last).toMatchObject({
      kind: 'structure',
      field: 'tab-renamed',
      old: 'Toán',
      new: 'Toan',
    });
    expect(auditEntries(w).filter((e) => e.kind === 'cell' && e.new === '')).toEqual([]);
  });
});

describe('structure guard: rows and columns', () => {
  it('inserted rows: no score entries, an alert; later edits name the right student', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D6", '5');
    tick(w);
    w.emu.as(PRINCIPAL).insertRows(w.books['10A1']!, 'Toán', 5, 2);
    tick(w);
    const after = auditEntries(w);
    expect(after.filter((e) => e.kind === 'cell')).toHaveLength(1);
    expect(after.at(-1)).toMatchObject({ kind: 'structure', field: 'rows-inserted' });
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D8", '6'); // HS03, two rows lower now
    tick(w);
    expect(auditEntries(w).at(-1)).toMatchObject({ studentId: 'HS03', old: 5, new: 6 });
  });

  it('an inserted column: the tab is not diffed (no false changes) until it is fixed', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D4", '5');
    tick(w);
    w.emu.as(PRINCIPAL).insertColumns(w.books['10A1']!, 'Toán', 4, 1);
    tick(w);
    const after = auditEntries(w);
    expect(after.filter((e) => e.kind === 'cell')).toHaveLength(1);
    expect(after.at(-1)).toMatchObject({ kind: 'structure', field: 'columns-changed' });
    w.emu.as(PRINCIPAL).deleteColumns(w.books['10A1']!, 'Toán', 4, 1);
    w.emu.as(PRINCIPAL).type(w.books['10A1']!, "'Toán'!D4", '7');
    tick(w);
    expect(
      auditEntries(w)
        .filter((e) => e.kind === 'cell')
        .at(-1),
    ).toMatchObject({ old: 5, new: 7 });
  });
});

describe('enrichment feedback', () => {
  it('add-on: an invalid score gets an immediate toast naming the cell', () => {
    const w = auditWorld('addon');
    openRegularWindow(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '11');
    const ui = w.emu.ui(AN, w.books['10A1']!) as { toasts: Array<{ msg: string }> };
    expect(ui.toasts.at(-1)?.msg).toMatch(/Ô 'Toán'!D5: “11” không phải điểm hợp lệ/);
  });
});

describe('the chain under concurrency', () => {
  it('two executions appending at once: the second waits for the lock, then continues the chain', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    tick(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8');
    w.emu.advance(MIN);
    // Another execution holds the script lock for 10 s and appends two entries meanwhile.
    const now = w.emu.ws.clock.now();
    holdLock(w.emu.ws, 'script', { until: now + 10_000 });
    appendAsOther(w, [
      { at: new Date(now).toISOString(), kind: 'window', basis: 'request', actor: PRINCIPAL },
      { at: new Date(now).toISOString(), kind: 'permissions', basis: 'system' },
    ]);
    w.emu.as(SYSTEM).run((ctx) => (ctx as unknown as { tick: () => unknown }).tick());
    const lines = auditLines(w);
    expect(verifyChain(lines, nodeDigest)).toMatchObject({ ok: true, count: lines.length });
    const entries = auditEntries(w);
    expect(entries.at(-1)).toMatchObject({ kind: 'cell', new: 8, seq: entries.length });
    expect(entries.at(-2)).toMatchObject({ kind: 'permissions' });
  });

  it('a lock held too long: nothing is written, and the next tick logs the change once', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    tick(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8');
    const release = holdLock(w.emu.ws, 'script');
    const before = auditLines(w).length;
    w.emu.as(SYSTEM).run((ctx) => (ctx as unknown as { tick: () => unknown }).tick());
    expect(auditLines(w).length).toBe(before);
    release();
    tick(w);
    expect(auditEntries(w).filter((e) => e.kind === 'cell' && e.new === 8)).toHaveLength(1);
  });
});

describe('verify', () => {
  it('menu “Kiểm tra nhật ký”: an admin gets the verdict, and the first broken seq after tampering', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8');
    tick(w);
    const ok = menuAlert(w, PRINCIPAL, 'verifyAuditLog');
    expect(ok).toMatch(/^Nhật ký toàn vẹn: \d+ mục/);
    expect(auditEntries(w).at(-1)).toMatchObject({ kind: 'verify', actor: PRINCIPAL });
    // Someone edits a stored row: the next check names it.
    const ins = w.emu.sheet(w.control);
    const lines = auditLines(w);
    const i = lines.findIndex((l) => l.includes('"kind":"cell"'));
    const col = 'M';
    ins.set(`'Nhật ký'!${col}${i + 2}`, [[lines[i]!.replace('"new":8', '"new":10')]]);
    expect(menuAlert(w, PRINCIPAL, 'verifyAuditLog')).toContain(`mục số ${i + 1} bị sửa`);
  });

  it('exportAuditJsonl (local run) writes the verified chain, and refuses a broken one', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8');
    tick(w);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'audit-out-')), 'audit.jsonl');
    const out = exportAuditJsonl(w.emu, w.control, file);
    expect(out.count).toBeGreaterThan(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      auditLines(w)
        .map((l) => `${l}\n`)
        .join(''),
    );
    const r = spawnSync('npx', ['tsx', 'scripts/verify-audit.ts', file], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n')[0]).toBe(`OK ${out.count} ${out.head!.hash}`);
    const lines = auditLines(w);
    w.emu.sheet(w.control).set(`'Nhật ký'!M2`, [[lines[0]!.replace('"v":1', '"v":2')]]);
    expect(() => exportAuditJsonl(w.emu, w.control, file)).toThrow(/mục số 1/);
  });

  it('admins read the log through RPC: filter, history of a cell, CSV and JSONL', () => {
    const w = auditWorld('bound');
    openRegularWindow(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8');
    tick(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8,5');
    tick(w);
    const as = w.emu.as(PRINCIPAL);
    const history = as.rpc(w.control, 'auditCellHistory', {
      classId: '10A1',
      studentId: 'HS02',
      subject: 'toan',
      term: 1,
      field: 'regular.1',
    }) as Array<{ old: unknown; new: unknown; actor: string }>;
    expect(history.map((e) => [e.old, e.new, e.actor])).toEqual([
      ['', 8, AN],
      [8, 8.5, AN],
    ]);
    const mine = as.rpc(w.control, 'auditQuery', { actor: AN }) as unknown[];
    expect(mine).toHaveLength(2);
    const csv = as.rpc(w.control, 'auditExport', 'csv', { classId: '10A1' }) as string;
    expect(csv).toContain('Người thực hiện');
    expect(csv).toContain(AN);
    const jsonl = as.rpc(w.control, 'auditExport', 'jsonl', {}) as string;
    expect(verifyChain(jsonl.trimEnd().split('\n'), nodeDigest)).toMatchObject({ ok: true });
  });

  it('the exported chain passes the independent verifier', () => {
    const w = auditWorld('addon');
    openRegularWindow(w);
    w.emu.as(AN).type(w.books['10A1']!, "'Toán'!D5", '8');
    w.emu.as(AN).paste(w.books['10A1']!, "'Toán'!D6", [
      ['7', '6,5'],
      ['9', '10'],
    ]);
    tick(w);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'audit-int-')), 'audit.jsonl');
    fs.writeFileSync(
      file,
      auditLines(w)
        .map((l) => `${l}\n`)
        .join(''),
    );
    const r = spawnSync(
      'python3',
      [path.resolve(__dirname, '../independent/verify_chain.py'), file],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toMatch(/^OK \d+ [0-9a-f]{64}/);
    expect(r.status).toBe(0);
  });
});
