// Structure guard (architecture: "Structure is guarded"): compares the tab list and each tab's
// student-id column with the last reconciled state. Rows are keyed by id, so moved rows keep their
// scores; what changed is reported so it is logged and the principal alerted.
import type { ClassLayout } from '../layout/types';
import type { Observation } from './observe';
import type { ReconciledState } from './state';

export type StructureKind =
  | 'tab-missing' // a layout tab was deleted or renamed
  | 'tab-renamed'
  | 'tab-added'
  | 'columns-changed' // header row no longer matches the layout: columns inserted, deleted or moved
  | 'rows-deleted' // student ids vanished from a tab
  | 'rows-moved' // same students, another order (a sort, a cut-and-paste)
  | 'rows-inserted' // blank rows inserted (or removed) among the students
  | 'duplicate-id';

export interface StructureFinding {
  kind: StructureKind;
  sheet: string;
  /** Old / new tab name, ids involved, … (JSON for the entry's old/new). */
  old: string | string[] | null;
  new: string | string[] | null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function keyFindings(sheet: string, prev: string[], cur: string[]): StructureFinding[] {
  if (sameList(prev, cur)) return [];
  const curSet = new Set(cur);
  const prevSet = new Set(prev);
  const gone = prev.filter((id) => id !== '' && !curSet.has(id));
  if (gone.length > 0) return [{ kind: 'rows-deleted', sheet, old: gone, new: null }];
  const common = (list: string[]) =>
    list.filter((id) => id !== '' && prevSet.has(id) && curSet.has(id));
  const p = common(prev);
  const c = common(cur);
  if (!sameList(p, c)) return [{ kind: 'rows-moved', sheet, old: p, new: c }];
  // Same order: did known students change rows? (Joiners appended below are normal.)
  const shifted = p.some((id) => prev.indexOf(id) !== cur.indexOf(id));
  return shifted ? [{ kind: 'rows-inserted', sheet, old: prev, new: cur }] : [];
}

export function structureFindings(
  layout: ClassLayout,
  prev: ReconciledState,
  obs: Observation,
): StructureFinding[] {
  const out: StructureFinding[] = [];
  const firstTime = prev.tabNames.length === 0;
  const expected = layout.tabs.map((t) => t.name);
  const missing = expected.filter((n) => !obs.tabNames.includes(n));
  const added = firstTime ? [] : obs.tabNames.filter((n) => !prev.tabNames.includes(n));
  // A tab missing while an unknown one appeared: most likely a rename.
  const renamedTo = missing.length === 1 && added.length === 1 ? added[0]! : null;
  for (const name of missing) {
    if (renamedTo) out.push({ kind: 'tab-renamed', sheet: name, old: name, new: renamedTo });
    else out.push({ kind: 'tab-missing', sheet: name, old: name, new: null });
  }
  if (!renamedTo)
    for (const name of added.filter((n) => !expected.includes(n)))
      out.push({ kind: 'tab-added', sheet: name, old: null, new: name });
  for (const name of obs.misaligned)
    out.push({ kind: 'columns-changed', sheet: name, old: null, new: null });
  if (!firstTime) {
    for (const [sheet, cur] of Object.entries(obs.keys)) {
      const before = prev.keys[sheet];
      if (before) out.push(...keyFindings(sheet, before, cur));
    }
  }
  for (const [sheet, id] of obs.duplicates)
    out.push({ kind: 'duplicate-id', sheet, old: null, new: id });
  return out;
}
