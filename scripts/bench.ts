// npm run bench: runs every scripts/bench/*.bench.ts and prints one table. Benchmarks measure;
// each row states the target it is held against and whether the measurement meets it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchRow } from './bench/row';

async function main(): Promise<void> {
  const dir = path.join(__dirname, 'bench');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(path.join(dir, file))) as {
      rows: () => Promise<BenchRow[]> | BenchRow[];
    };
    rows.push(...(await mod.rows()));
  }
  const header: BenchRow = {
    area: 'area',
    measure: 'measure',
    value: 'value',
    target: 'target',
    ok: null,
  };
  const cells = (r: BenchRow) => [
    r.area,
    r.measure,
    r.value,
    r.target,
    r.ok === null ? 'ok?' : r.ok ? 'yes' : 'NO',
  ];
  const all = [header, ...rows].map(cells);
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => c[i]!.length)));
  for (const [n, c] of all.entries()) {
    console.log(c.map((v, i) => v.padEnd(widths[i]!)).join(' | '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  }
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0) console.log(`\n${missed.length} figure(s) miss their target.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
