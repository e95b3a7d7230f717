// Port: the control workbook's tabs as raw cell values, read in one batch and written in one batch;
// plus typed helpers (read/append/replace any tab by its spec from src/domain/control).
import {
  type Cell,
  type ControlSettings,
  decodeSettings,
  decodeTab,
  type DecodedRows,
  encodeRow,
  encodeSettings,
  encodeTab,
  type Problem,
  SETTINGS_TAB,
  type TabSpec,
} from '../../domain/control';

export interface ControlStore {
  /** The control workbook's Drive id. */
  readonly id: string;
  /** Whole tabs (header row first) in one batch read; a missing tab reads as []. */
  readTabs(names: readonly string[]): Map<string, Cell[][]>;
  /** Replaces each tab's content (header + rows, anything below cleared) in one batch write. */
  replaceTabs(tabs: ReadonlyArray<{ name: string; values: Cell[][] }>): void;
  /** Appends rows below each tab's last row (one batch). */
  appendRows(tabs: ReadonlyArray<{ name: string; rows: Cell[][] }>): void;
}

export function readTab<T>(store: ControlStore, spec: TabSpec<T>): DecodedRows<T> {
  return decodeTab(spec, store.readTabs([spec.name]).get(spec.name) ?? []);
}

export function appendTab<T>(store: ControlStore, spec: TabSpec<T>, items: readonly T[]): void {
  if (items.length === 0) return;
  store.appendRows([{ name: spec.name, rows: items.map((o) => encodeRow(spec, o)) }]);
}

export function replaceTab<T>(store: ControlStore, spec: TabSpec<T>, items: readonly T[]): void {
  store.replaceTabs([{ name: spec.name, values: encodeTab(spec, items) }]);
}

export function readSettings(store: ControlStore): {
  settings: ControlSettings;
  problems: Problem[];
} {
  return decodeSettings(store.readTabs([SETTINGS_TAB]).get(SETTINGS_TAB) ?? []);
}

export function writeSettings(store: ControlStore, settings: ControlSettings): void {
  store.replaceTabs([{ name: SETTINGS_TAB, values: encodeSettings(settings) }]);
}

/** An exact in-memory ControlStore (tests, local planning): tabs as arrays of rows. */
export class MemoryControlStore implements ControlStore {
  readonly tabs = new Map<string, Cell[][]>();
  reads = 0;
  writes = 0;
  constructor(readonly id = 'control') {}
  readTabs(names: readonly string[]): Map<string, Cell[][]> {
    this.reads++;
    return new Map(names.map((n) => [n, (this.tabs.get(n) ?? []).map((r) => [...r])]));
  }
  replaceTabs(tabs: ReadonlyArray<{ name: string; values: Cell[][] }>): void {
    this.writes++;
    for (const t of tabs)
      this.tabs.set(
        t.name,
        t.values.map((r) => [...r]),
      );
  }
  appendRows(tabs: ReadonlyArray<{ name: string; rows: Cell[][] }>): void {
    this.writes++;
    for (const t of tabs) {
      const cur = this.tabs.get(t.name) ?? [];
      this.tabs.set(t.name, [...cur, ...t.rows.map((r) => [...r])]);
    }
  }
}
