// What a snapshot needs from the control workbook, read in one batch: settings (school year, year
// folder), classes with their workbooks and rule sets, and the admins who may view the copies.
import {
  ARCHIVE,
  type ArchiveRow,
  CLASSES,
  type ControlSettings,
  decodeSettings,
  decodeTab,
  encodeTab,
  SETTINGS_TAB,
  TEACHERS,
} from '../../domain/control';
import type { ClassInfo, Term } from '../../domain/school';
import type { ControlStore } from '../ports/control-store';

export interface SchoolFacts {
  settings: ControlSettings;
  classes: ClassInfo[];
  /** Admins and principals: viewers of every snapshot copy. */
  viewers: string[];
  index: ArchiveRow[];
}

export function readSchoolFacts(control: ControlStore): SchoolFacts {
  const tabs = control.readTabs([SETTINGS_TAB, CLASSES.name, TEACHERS.name, ARCHIVE.name]);
  const { settings } = decodeSettings(tabs.get(SETTINGS_TAB) ?? []);
  const classes = decodeTab(CLASSES, tabs.get(CLASSES.name) ?? []).items;
  const teachers = decodeTab(TEACHERS, tabs.get(TEACHERS.name) ?? []).items;
  const viewers = teachers
    .filter((t) => t.roles.includes('admin') || t.roles.includes('principal'))
    .map((t) => t.email);
  const index = readIndex(control, tabs.get(ARCHIVE.name));
  return { settings, classes, viewers, index };
}

export function readIndex(
  control: ControlStore,
  values = control.readTabs([ARCHIVE.name]).get(ARCHIVE.name),
): ArchiveRow[] {
  return values && values.length > 0 ? decodeTab(ARCHIVE, values).items : [];
}

/** Adds or replaces the row of one snapshot (the tab is the archive's own). */
export function upsertIndexRow(control: ControlStore, row: ArchiveRow): void {
  const rows = readIndex(control).filter((r) => r.id !== row.id);
  rows.push(row);
  rows.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '') || a.id.localeCompare(b.id));
  control.replaceTabs([{ name: ARCHIVE.name, values: encodeTab(ARCHIVE, rows) }]);
}

/**
 * The term a snapshot belongs to when no window says so: term I runs from August to mid-January
 * in Vietnamese schools (the Ministry's yearly calendar decision), term II after it.
 */
export function termAt(epochMs: number): Term {
  const d = new Date(epochMs + 7 * 3600 * 1000);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return month >= 8 || (month === 1 && day <= 15) ? 1 : 2;
}

export function termCode(term: Term | null): string | null {
  return term === null ? null : String(term);
}
