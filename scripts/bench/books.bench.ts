// Books: CPU time and size of a 45-student TT22 full-year class book in Node, and the estimated
// Apps Script time and executions to export the books of a 45-class school.
//
// Slowdown assumed for Apps Script: 4× Node (range 3–5×). Google publishes no CPU figure; Apps
// Script V8 runs on shared servers without Node's tiering warm-up across runs (every execution
// starts cold, the 2.2 MB bundle is parsed each time), and third-party reports of CPU-bound
// scripts put them at a few times a desktop Node. UNCONFIRMED; measure with a real deployment.
import { COST_TABLE, type CostEntry } from '../../emulator/core/cost';
import { renderClassBook } from '../../src/app/books/render';
import { tt22Fixture } from '../../tests/unit/books/fixture';
import { testFonts } from '../../tests/unit/render/fonts';
import type { BenchRow } from './row';

const SLOWDOWN = 4;
const CLASSES = 45;
const BUDGET_MS = 270_000; // src/gas/books-entry.ts BOOKS_BUDGET_MS

function cost(name: string, units = 0): number {
  const e: CostEntry = COST_TABLE[name] ?? COST_TABLE.default!;
  return typeof e === 'number' ? e : e.base + e.perUnit * units;
}

async function cpuMsOf(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function rows(): Promise<BenchRow[]> {
  const fonts = await testFonts();
  const input = tt22Fixture({ students: 45 });
  let size = 0;
  const ms = await cpuMsOf(async () => {
    size = (await renderClassBook(input, fonts, 2)).length;
  });
  // Service calls per class (src/app/books/export-job.ts, src/gas/books-entry.ts): one control
  // batchGet (5 tabs), one class-workbook batchGet (~16 tabs × 60 rows × 40 cols ≈ 38k cells),
  // the folder lookups (year folder, export folder, dated folder), the PDF and the confirmation
  // table written (units: MB), the checkpoint saved.
  const services =
    cost('Sheets.Spreadsheets.Values.batchGet', 1) +
    cost('Sheets.Spreadsheets.Values.batchGet', 38) +
    3 * cost('DriveApp.getFolderById') +
    cost('Folder.createFile', size / 1e6) +
    cost('Folder.createFile', 0.02) +
    cost('Properties.setProperty');
  const perClass = ms * SLOWDOWN * 1.1 + services; // + ~10 % for the confirmation table
  const total = perClass * CLASSES;
  const executions = Math.ceil(total / BUDGET_MS);
  return [
    {
      area: 'books',
      measure: 'TT22 class book, 45 students, full year: CPU in Node',
      value: `${ms.toFixed(0)} ms`,
      target: '< 3000 ms',
      ok: ms < 3000,
    },
    {
      area: 'books',
      measure: 'TT22 class book, 45 students, full year: PDF size',
      value: `${(size / 1024).toFixed(0)} KB`,
      target: '< 1000 KB',
      ok: size < 1_000_000,
    },
    {
      area: 'books',
      measure: `one class in Apps Script (CPU ×${SLOWDOWN} + ${services.toFixed(0)} ms of service calls)`,
      value: `${(perClass / 1000).toFixed(1)} s`,
      target: `< ${BUDGET_MS / 1000} s`,
      ok: perClass < BUDGET_MS,
    },
    {
      area: 'books',
      measure: `${CLASSES} classes in Apps Script: time and executions of ${BUDGET_MS / 1000} s`,
      value: `${(total / 60_000).toFixed(1)} min, ${executions} executions`,
      target: '≤ 3 executions',
      ok: executions <= 3,
    },
  ];
}
