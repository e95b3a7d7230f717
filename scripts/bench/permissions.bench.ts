// Issue 6 performance: 45 class workbooks. The first sync and a whole-school window close through
// the Sheets API (one get + at most one batchUpdate per workbook), side by side with the same work
// done naively per block with Range.protect() + removeEditors + addEditors + setDescription, all in
// the emulator with its cost table (emulator/core/cost.ts).
import type { BenchRow } from './row';
import * as path from 'node:path';
import { buildServer } from '../build';
import { EXECUTION_LIMIT_MS } from '../../emulator/core/cost';
import type { Execution } from '../../emulator';
import {
  makeWorld,
  menuAlert,
  PRINCIPAL,
  SYSTEM,
  type World,
  useBundle,
} from '../../tests/integration/permissions-world';
import {
  loadSchoolFromEmulator,
  naiveClose,
  naiveFirstSync,
  type NaiveTotal,
} from './permissions-naive';

const CLASSES = [
  ...Array.from({ length: 23 }, (_, i) => `10A${i + 1}`),
  ...Array.from({ length: 22 }, (_, i) => `11A${i + 1}`),
];

function sheetsCalls(e: Execution): number {
  let n = 0;
  for (const [m, c] of e.calls) if (m.startsWith('Sheets.')) n += c;
  return n;
}

function serviceCalls(e: Execution): number {
  let n = 0;
  for (const c of e.calls.values()) n += c;
  return n;
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function row(measure: string, e: Execution, fits = true): BenchRow {
  return {
    area: 'permissions',
    measure,
    value: `${sheetsCalls(e)} Sheets API calls, ${serviceCalls(e)} service calls, ${sec(e.estimatedMs)}${e.error ? ` (failed: ${String(e.error).slice(0, 80)})` : ''}`,
    target: fits ? '1 execution (< 360 s)' : 'reported',
    ok: fits ? e.estimatedMs < EXECUTION_LIMIT_MS && !e.error : null,
  };
}

function naiveRow(measure: string, t: NaiveTotal): BenchRow {
  const needed = Math.ceil(t.estimatedMs / EXECUTION_LIMIT_MS);
  return {
    area: 'permissions',
    measure: `${measure}, 45 workbooks`,
    value: `0 Sheets API calls, ${t.calls} service calls, ${sec(t.estimatedMs)} (≥ ${needed} execution${needed > 1 ? 's' : ''})`,
    target: 'reported',
    ok: null,
  };
}

function last(w: World): Execution {
  return w.emu.lastExecution()!;
}

export async function rows(): Promise<BenchRow[]> {
  const own = path.resolve(__dirname, '../../build/permissions-bench');
  await buildServer(own);
  useBundle(own);
  const out: BenchRow[] = [];
  // ---- ours: Sheets API diff, one batchUpdate per workbook -------------------------------------
  const w = makeWorld('bound', CLASSES, true);
  const perBook = () => w.emu.sheet(w.books['10A1']!).protections().length;
  w.emu.as(PRINCIPAL).rpc(w.control, 'permissionsSync', false);
  const first = last(w);
  out.push(row(`first sync, 45 workbooks (${perBook()} protections each)`, first));
  w.emu.as(PRINCIPAL).rpc(w.control, 'permissionsSync', false);
  const again = last(w);
  out.push({
    area: 'permissions',
    measure: 'second sync, nothing changed: batchUpdate calls',
    value: String(again.calls.get('Sheets.Spreadsheets.batchUpdate') ?? 0),
    target: '0',
    ok: (again.calls.get('Sheets.Spreadsheets.batchUpdate') ?? 0) === 0,
  });
  w.emu
    .as(PRINCIPAL)
    .rpc(
      w.control,
      'windowCommand',
      'tạo; tx1; HK1; thường xuyên; 05/09/2025 08:00; 05/09/2025 12:02; toàn trường',
    );
  out.push(row('window open (principal), 45 workbooks', last(w)));
  w.emu
    .as(PRINCIPAL)
    .rpc(
      w.control,
      'windowCommand',
      'tạo; gk1; HK1; giữa kì; 05/09/2025 08:00; 05/09/2025 18:00; toàn trường',
    );
  w.emu.as(PRINCIPAL).rpc(w.control, 'windowCommand', 'đóng; gk1');
  const closeNow = last(w);
  out.push(row('window close now (principal), 45 workbooks', closeNow));
  menuAlert(w, SYSTEM, 'activateSystem');
  w.emu.advanceTo(Date.parse('2025-09-05T05:10:00Z'));
  const ticks = w.emu.executions.filter((e) => e.kind === 'time-trigger');
  const close = ticks.find((e) => e.startedAt >= Date.parse('2025-09-05T05:02:00Z'))!;
  out.push(row('window close at the deadline (whole tick incl. other steps), 45 workbooks', close));

  // ---- naive: Range.protect() per block --------------------------------------------------------
  const n = makeWorld('bound', CLASSES, true);
  const school = loadSchoolFromEmulator(n);
  const naiveFirst = naiveFirstSync(n, school, Date.parse('2025-09-05T02:00:00Z'));
  out.push(naiveRow('NAIVE first sync (Range.protect per block)', naiveFirst));
  const naiveClosing = naiveClose(n, school, Date.parse('2025-09-05T05:03:00Z'));
  out.push(naiveRow('NAIVE window close (getProtections, editors per protection)', naiveClosing));
  out.push({
    area: 'permissions',
    measure: 'naive ÷ ours, estimated time: first sync | window close (principal)',
    value: `${(naiveFirst.estimatedMs / first.estimatedMs).toFixed(1)}× | ${(naiveClosing.estimatedMs / closeNow.estimatedMs).toFixed(1)}×`,
    target: 'reported',
    ok: null,
  });
  return out;
}
