// The reconciliation diff (pure): last reconciled state vs what a class workbook holds now →
// one change per changed score cell, keyed by student id (moved rows are not changes). Values a
// structure problem hides (missing tab, misaligned columns, vanished student) are carried over.
import type { ClassLayout, ScoreRef } from '../layout/types';
import { type CellPlace, type Observation, placeOf, type ScoreValue, trackIndex } from './observe';
import type { ReconciledState } from './state';
import { STATE_VERSION } from './state';

export interface CellChange {
  classId: string;
  studentId: string;
  ref: ScoreRef;
  refKey: string;
  place: CellPlace;
  old: ScoreValue;
  new: ScoreValue;
}

export interface Reconciliation {
  changes: CellChange[];
  next: ReconciledState;
}

/** Tabs whose values cannot be trusted now: missing or misaligned. */
function hiddenTabs(layout: ClassLayout, obs: Observation): Set<string> {
  return new Set(
    layout.tabs
      .filter((t) => !obs.tabNames.includes(t.name) || obs.misaligned.includes(t.name))
      .map((t) => t.name),
  );
}

export function reconcile(
  layout: ClassLayout,
  prev: ReconciledState,
  obs: Observation,
  at: string,
  sourceModified: string | null,
): Reconciliation {
  const hidden = hiddenTabs(layout, obs);
  const changes: CellChange[] = [];
  const next: ReconciledState = {
    v: STATE_VERSION,
    classId: layout.classId,
    layoutVersion: layout.version,
    at,
    sourceModified,
    tabNames: [...obs.tabNames],
    keys: { ...prev.keys, ...obs.keys },
    values: {},
  };
  const put = (id: string, key: string, v: ScoreValue) => {
    if (v !== '') (next.values[id] ??= {})[key] = v;
  };
  const index = trackIndex(layout);
  const prevIds = Object.keys(prev.values);
  const obsIds = Object.keys(obs.values);
  for (const tab of layout.tabs) {
    const tracked = index.byTab.get(tab.name) ?? [];
    if (tracked.length === 0) continue;
    const rows = hidden.has(tab.name) ? undefined : obs.rows[tab.name];
    const ids = new Set([...(rows?.keys() ?? []), ...prevIds, ...obsIds]);
    for (const id of ids) {
      if (id === '') continue;
      const was = prev.values[id];
      const is = obs.values[id];
      const visible = rows?.has(id) ?? false;
      for (const c of tracked) {
        const before = was?.[c.key] ?? '';
        if (!visible) {
          put(id, c.key, before); // not visible now: keep what we knew
          continue;
        }
        const now = is?.[c.key] ?? '';
        put(id, c.key, now);
        if (now !== before)
          changes.push({
            classId: layout.classId,
            studentId: id,
            ref: c.ref,
            refKey: c.key,
            place: placeOf(layout, obs, id, c.key)!,
            old: before,
            new: now,
          });
      }
    }
  }
  const order = new Map(layout.tabs.map((t, i) => [t.name, i]));
  changes.sort(
    (a, b) =>
      (order.get(a.place.sheet) ?? 0) - (order.get(b.place.sheet) ?? 0) ||
      a.place.row - b.place.row ||
      a.place.col - b.place.col,
  );
  return { changes, next };
}
