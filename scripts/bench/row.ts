// One line of the benchmark table.
export interface BenchRow {
  area: string;
  measure: string;
  value: string;
  target: string;
  /** null where the figure is reported without a target. */
  ok: boolean | null;
}

/** CPU time of fn in milliseconds: the median of `runs` runs after one warm-up. */
export function cpuMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
