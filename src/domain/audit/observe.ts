// What a class workbook holds now, read through its layout: the student-id key column of every
// tab, the tracked score values keyed by (student id, field) — never by row — and where each is.
import { a1Cell } from '../layout/a1';
import { refKey } from '../layout/cells';
import type { ClassLayout, ColumnDef, ScoreRef, TabLayout } from '../layout/types';

/** What getValues returns: numbers, text, booleans, dates, "" for empty. */
export type CellValue = string | number | boolean | Date | null;

/** A score value as the audit keeps it (JSON): "" is an empty cell. */
export type ScoreValue = string | number | boolean;

/** One batch read of a class workbook: tab names in order and each tab's values from A1. */
export interface WorkbookValues {
  tabNames: string[];
  tabs: Record<string, CellValue[][]>;
}

export interface CellPlace {
  sheet: string;
  row: number;
  col: number;
  ref: ScoreRef;
}

export interface Observation {
  tabNames: string[];
  /** Per layout tab present: the key column (student ids, "" for blank rows) of the data rows. */
  keys: Record<string, string[]>;
  /** Tabs of the layout whose header row no longer matches it (columns inserted/deleted/moved). */
  misaligned: string[];
  /** Tabs with a student id twice: [tab, id]. Later rows of that id are not read. */
  duplicates: Array<[string, string]>;
  /** studentId → refKey → value, non-empty values only. */
  values: Record<string, Record<string, ScoreValue>>;
  /** Per tab read: student id → its row now. */
  rows: Record<string, Map<string, number>>;
}

export interface TrackedColumn {
  col: number;
  key: string;
  ref: ScoreRef;
}

interface TrackIndex {
  byTab: Map<string, TrackedColumn[]>;
  byKey: Map<string, { sheet: string; column: TrackedColumn }>;
  byCell: Map<string, TrackedColumn>;
}

const cache = new WeakMap<ClassLayout, TrackIndex>();

/** Columns reconciliation tracks: everything a person types (computed results are derived). */
export function trackedColumns(tab: TabLayout): ColumnDef[] {
  return tab.columns.filter((c) => c.ref !== null && c.kind !== 'computed');
}

export function trackIndex(layout: ClassLayout): TrackIndex {
  const hit = cache.get(layout);
  if (hit) return hit;
  const index: TrackIndex = { byTab: new Map(), byKey: new Map(), byCell: new Map() };
  for (const tab of layout.tabs) {
    const cols = trackedColumns(tab).map((c) => ({ col: c.col, key: refKey(c.ref!), ref: c.ref! }));
    index.byTab.set(tab.name, cols);
    for (const column of cols) {
      index.byKey.set(column.key, { sheet: tab.name, column });
      index.byCell.set(`${tab.name}!${column.col}`, column);
    }
  }
  cache.set(layout, index);
  return index;
}

export function scoreValue(v: CellValue | undefined): ScoreValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v.normalize('NFC');
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v;
}

export const placeKey = (studentId: string, key: string): string => `${studentId}|${key}`;

function headerMatches(layout: ClassLayout, tab: TabLayout, rows: CellValue[][]): boolean {
  const header = rows[layout.headerRows - 1] ?? [];
  return tab.columns.every((c) => String(scoreValue(header[c.col - 1])).trim() === c.header);
}

export function observe(layout: ClassLayout, wb: WorkbookValues): Observation {
  const obs: Observation = {
    tabNames: [...wb.tabNames],
    keys: {},
    misaligned: [],
    duplicates: [],
    values: {},
    rows: {},
  };
  const index = trackIndex(layout);
  const first = layout.firstStudentRow;
  const present = new Set(wb.tabNames);
  for (const tab of layout.tabs) {
    const rows = wb.tabs[tab.name];
    if (!rows || !present.has(tab.name)) continue;
    const ids = rows.slice(first - 1).map((r) => String(scoreValue(r[layout.idCol - 1])).trim());
    while (ids.length > 0 && ids[ids.length - 1] === '') ids.pop();
    obs.keys[tab.name] = ids;
    if (!headerMatches(layout, tab, rows)) {
      obs.misaligned.push(tab.name);
      continue;
    }
    const tracked = index.byTab.get(tab.name) ?? [];
    const rowOf = new Map<string, number>();
    obs.rows[tab.name] = rowOf;
    ids.forEach((id, i) => {
      if (id === '') return;
      if (rowOf.has(id)) {
        obs.duplicates.push([tab.name, id]);
        return;
      }
      rowOf.set(id, first + i);
      const row = rows[first - 1 + i] ?? [];
      let mine = obs.values[id];
      for (const c of tracked) {
        const v = scoreValue(row[c.col - 1]);
        if (v === '') continue;
        mine ??= obs.values[id] = {};
        mine[c.key] = v;
      }
    });
  }
  return obs;
}

/** Where (student, field) sits now, or undefined when its tab or row is not readable. */
export function placeOf(
  layout: ClassLayout,
  obs: Observation,
  studentId: string,
  key: string,
): CellPlace | undefined {
  const hit = trackIndex(layout).byKey.get(key);
  const row = hit ? obs.rows[hit.sheet]?.get(studentId) : undefined;
  return hit && row !== undefined
    ? { sheet: hit.sheet, row, col: hit.column.col, ref: hit.column.ref }
    : undefined;
}

/** The (student, field) a data cell holds now, or null. */
export function cellAt(
  layout: ClassLayout,
  obs: Observation,
  sheet: string,
  row: number,
  col: number,
): { studentId: string; key: string; place: CellPlace } | null {
  const column = trackIndex(layout).byCell.get(`${sheet}!${col}`);
  const rows = obs.rows[sheet];
  if (!column || !rows) return null;
  for (const [id, r] of rows)
    if (r === row)
      return { studentId: id, key: column.key, place: { sheet, row, col, ref: column.ref } };
  return null;
}

export function placeA1(p: Pick<CellPlace, 'sheet' | 'row' | 'col'>): string {
  return a1Cell(p.sheet, p.row, p.col);
}
