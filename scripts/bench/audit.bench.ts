// Audit benchmarks (issue 7): a tick over 45 class workbooks with 5 changed (service calls and
// estimated Apps Script time from the emulator), appends per second under the lock, and the CPU
// time to verify a 100,000-entry chain in Node.
import type { BenchRow } from './row';
import { cpuMs } from './row';
import { chainDrafts, EMPTY_HEAD, entryLine } from '../../src/domain/audit/chain';
import type { AuditDraft } from '../../src/domain/audit/entry';
import { verifyChain } from '../../src/domain/audit/verify';
import { appendAudit } from '../../src/app/audit/append';
import { MemoryAuditLog, MemoryLock } from '../../src/app/audit/memory';
import { nodeDigest } from '../node-digest';
import { auditWorld } from '../../tests/integration/audit-world';
import { menuAlert, PRINCIPAL, SYSTEM } from '../../tests/integration/permissions-world';

const MIN = 60_000;

function draft(i: number): AuditDraft {
  return {
    at: new Date(Date.UTC(2025, 8, 5) + i * 1000).toISOString(),
    kind: 'cell',
    basis: 'protection',
    actor: `gv${i % 40}@truong.edu.vn`,
    classId: `10A${(i % 45) + 1}`,
    studentId: `HS${String(i % 45).padStart(3, '0')}`,
    subject: 'toan',
    term: 1,
    field: `regular.${(i % 4) + 1}`,
    cell: `'Toán'!D${4 + (i % 45)}`,
    old: '',
    new: (i % 101) / 10,
  };
}

function verifyRows(): BenchRow[] {
  const n = 100_000;
  const lines = chainDrafts(
    EMPTY_HEAD,
    Array.from({ length: n }, (_, i) => draft(i)),
    nodeDigest,
  ).map(entryLine);
  const ms = cpuMs(() => {
    if (!verifyChain(lines, nodeDigest).ok) throw new Error('bench chain does not verify');
  }, 3);
  const log = new MemoryAuditLog();
  const deps = { log, lock: new MemoryLock(), digest: nodeDigest };
  const appends = 5_000;
  const appendMs = cpuMs(() => {
    log.rows.length = 0;
    for (let i = 0; i < appends; i++) appendAudit(deps, [draft(i)]);
  }, 3);
  return [
    {
      area: 'audit',
      measure: 'verify a 100,000-entry chain (Node CPU)',
      value: `${ms.toFixed(0)} ms`,
      target: '< 3000 ms',
      ok: ms < 3000,
    },
    {
      area: 'audit',
      measure: 'appends under lock, one entry each (Node CPU, memory log)',
      value: `${Math.round((appends / appendMs) * 1000)} /s`,
      target: 'report',
      ok: null,
    },
  ];
}

/** The bundle's top-level audit functions (flat ESM bundle, apps-script-facts §7.3). */
interface BundleAudit {
  appendAudit: (deps: unknown, drafts: AuditDraft[]) => unknown;
  GasAuditLog: new (id: string) => unknown;
  scriptAuditLock: unknown;
  gasDigest: unknown;
}

interface TickReport {
  steps: Array<{ id: string; status: string; ms: number }>;
}

function emulatorRows(): BenchRow[] {
  const classes = Array.from(
    { length: 45 },
    (_, i) => `${10 + Math.floor(i / 15)}A${(i % 15) + 1}`,
  );
  const students = Array.from({ length: 45 }, (_, i) => `HS${String(i + 1).padStart(3, '0')}`);
  const w = auditWorld('bound', classes, { students, moreSubjects: true });
  menuAlert(w, SYSTEM, 'activateSystem');
  const tick = (): TickReport => {
    w.emu.advance(MIN);
    return w.emu.as(SYSTEM).run((ctx) => (ctx as unknown as { tick: () => TickReport }).tick());
  };
  tick(); // baseline: every workbook read once
  tick(); // the permission sync of the first tick touched every workbook: read once more
  const changed = classes.slice(0, 5);
  for (const c of changed) {
    w.emu.advance(MIN);
    w.emu.as(PRINCIPAL).type(w.books[c]!, "'Toán'!D5", '8,5');
  }
  const report = tick();
  const exec = w.emu.executions.filter((e) => e.kind === 'script').at(-1)!;
  const audit = report.steps.find((s) => s.id === 'audit' || s.id === 'audit-reconcile');
  const calls = [...exec.calls.values()].reduce((a, b) => a + b, 0);
  // Appends as executions of their own: lock, head (last row), write, flush, release.
  const appendOnce = (n: number): number => {
    w.emu.advance(MIN);
    const before = w.emu.executions.length;
    w.emu.as(PRINCIPAL).run((ctx) => {
      const g = ctx as unknown as BundleAudit;
      if (typeof g.appendAudit !== 'function' || typeof g.GasAuditLog !== 'function')
        throw new Error('bench: appendAudit/GasAuditLog are not top-level in dist/Code.js');
      const deps = {
        log: new g.GasAuditLog(w.control),
        lock: g.scriptAuditLock,
        digest: g.gasDigest,
      };
      g.appendAudit(
        deps,
        Array.from({ length: n }, (_, i) => draft(i)),
      );
    });
    return w.emu.executions[before]!.estimatedMs;
  };
  const single = Array.from({ length: 10 }, () => appendOnce(1));
  const singleMs = single.reduce((a, b) => a + b, 0) / single.length;
  const batchMs = appendOnce(100);
  return [
    {
      area: 'audit',
      measure: 'tick: 45 class workbooks, 5 changed — audit step (est. Apps Script)',
      value: `${((audit?.ms ?? 0) / 1000).toFixed(1)} s`,
      target: '< 60 s',
      ok: (audit?.ms ?? Infinity) < 60_000,
    },
    {
      area: 'audit',
      measure: 'tick: 45 workbooks, 5 changed — whole tick (calls / est. time)',
      value: `${calls} calls / ${(exec.estimatedMs / 1000).toFixed(1)} s`,
      target: '< 360 s',
      ok: exec.estimatedMs < 360_000,
    },
    {
      area: 'audit',
      measure: 'appends under lock, 1 entry per execution (est. Apps Script)',
      value: `${(1000 / singleMs).toFixed(1)} /s (${singleMs.toFixed(0)} ms each)`,
      target: 'report',
      ok: null,
    },
    {
      area: 'audit',
      measure: 'appends under lock, 100 entries per execution (est. Apps Script)',
      value: `${((100 * 1000) / batchMs).toFixed(0)} /s`,
      target: 'report',
      ok: null,
    },
  ];
}

/** `npm run bench` builds dist/ first; the emulator rows load that bundle. */
export function rows(): BenchRow[] {
  return [...verifyRows(), ...emulatorRows()];
}
