// Issue 11 performance: opening the sidebar is one google.script.run call; this measures what that
// one execution costs in service calls and estimated Apps Script time for a teacher of 5 classes
// (Toán in 10A1–10A5) while a window is open, in the emulator with its cost table.
import type { BenchRow } from './row';
import {
  AN,
  buildPrivate,
  HOUR,
  makeSchool,
  TX1_OPEN,
} from '../../tests/integration/fixtures/school';

export async function rows(): Promise<BenchRow[]> {
  const dist = await buildPrivate();
  const s = makeSchool(dist, ['10A1', '10A2', '10A3', '10A4', '10A5']);
  s.emu.advanceTo(TX1_OPEN + HOUR + 60_000);
  s.emu.as(AN).rpc(s.books['10A1']!, 'sidebarState');
  const e = s.emu.lastExecution()!;
  let calls = 0;
  for (const n of e.calls.values()) calls += n;
  return [
    {
      area: 'sidebar',
      measure: 'open the sidebar, teacher of 5 classes: service calls',
      value: String(calls),
      target: '≤ 30',
      ok: calls <= 30,
    },
    {
      area: 'sidebar',
      measure: 'open the sidebar, teacher of 5 classes: estimated Apps Script time',
      value: `${(e.estimatedMs / 1000).toFixed(1)} s`,
      target: '≤ 5 s',
      ok: e.estimatedMs <= 5000,
    },
  ];
}
