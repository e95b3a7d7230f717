// The teachers a class workbook must be shared with at a time: its subject teachers and its
// homeroom teacher then (protections decide what each may type).
import { norm, uniqSorted, type PermissionFacts } from '../../domain/permissions';
import { within } from '../../domain/windows';

export function teachersOfClassAt(facts: PermissionFacts, classId: string, at: number): string[] {
  return uniqSorted([
    ...facts.assignments
      .filter((a) => a.classId === classId && within(at, a.from, a.to))
      .map((a) => norm(a.teacher)),
    ...facts.homerooms
      .filter((h) => h.classId === classId && within(at, h.from, h.to))
      .map((h) => norm(h.teacher)),
  ]);
}

/** Classes whose teaching or homeroom assignments began or ended in (since, until]. */
export function classesWithStaffChanges(
  facts: PermissionFacts,
  since: number,
  until: number,
): string[] {
  const hit = (iso: string | null) =>
    iso !== null && Date.parse(iso) > since && Date.parse(iso) <= until;
  const ids = new Set<string>();
  for (const a of facts.assignments) if (hit(a.from) || hit(a.to)) ids.add(a.classId);
  for (const h of facts.homerooms) if (hit(h.from) || hit(h.to)) ids.add(h.classId);
  return [...ids].sort();
}
