// Applies protection requests to a WorkbookProtections value the way the Sheets API would.
// Used by the property test diff(plan, apply(diff)) = ∅ and by in-memory doubles of the store.
import type { ProtectedRange, ProtectionRequest, WorkbookProtections } from './sheets-api';

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Sets the fields named in the mask (top-level fields of ProtectedRange). */
function patch(target: ProtectedRange, source: ProtectedRange, fields: string): ProtectedRange {
  const out: ProtectedRange = { ...target };
  for (const f of fields.split(',').map((x) => x.trim())) {
    const key = f as keyof ProtectedRange;
    if (key === 'protectedRangeId' || key === 'requestingUserCanEdit') continue;
    (out as Record<string, unknown>)[key] = clone(source[key]);
  }
  return out;
}

export function applyProtectionRequests(
  current: WorkbookProtections,
  requests: readonly ProtectionRequest[],
  nextId: () => number,
): WorkbookProtections {
  let list = current.protectedRanges.map(clone);
  for (const r of requests) {
    if ('deleteProtectedRange' in r) {
      const id = r.deleteProtectedRange.protectedRangeId;
      if (!list.some((p) => p.protectedRangeId === id)) throw new Error(`No protected range ${id}`);
      list = list.filter((p) => p.protectedRangeId !== id);
    } else if ('updateProtectedRange' in r) {
      const { protectedRange, fields } = r.updateProtectedRange;
      const i = list.findIndex((p) => p.protectedRangeId === protectedRange.protectedRangeId);
      const found = list[i];
      if (!found) throw new Error(`No protected range ${protectedRange.protectedRangeId}`);
      list[i] = patch(found, protectedRange, fields);
    } else {
      const p = clone(r.addProtectedRange.protectedRange);
      p.protectedRangeId = p.protectedRangeId ?? nextId();
      list.push(p);
    }
  }
  return { sheets: current.sheets.map(clone), protectedRanges: list };
}
