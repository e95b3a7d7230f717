// Which class workbooks need a protection sync between two ticks: a window or reopening opened
// or closed, or a teaching/homeroom assignment began or ended, in (since, until].
import { classesOf, dueBetween } from '../windows/queries';
import type { PermissionFacts } from './facts';

export function classesDueBetween(facts: PermissionFacts, since: number, until: number): string[] {
  const due = new Set<string>();
  const inRange = (iso: string | null) => {
    if (iso === null) return false;
    const t = Date.parse(iso);
    return t > since && t <= until;
  };
  for (const t of dueBetween(facts.windows, since, until)) {
    const w = facts.windows.find((x) => x.id === t.windowId);
    if (!w) continue;
    for (const c of classesOf(w, t.reopeningId, facts.classes)) due.add(c.id);
  }
  for (const a of facts.assignments) {
    if (inRange(a.from) || inRange(a.to)) due.add(a.classId);
  }
  for (const h of facts.homerooms) {
    if (inRange(h.from) || inRange(h.to)) due.add(h.classId);
  }
  return [...due].sort();
}
