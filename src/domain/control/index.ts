// The control workbook (`Quản trị sổ điểm <năm học>`): its tabs as data and their codecs.
import {
  ARCHIVE,
  ASSIGNMENTS,
  AUDIT,
  CLASSES,
  CORRECTIONS,
  EVENTS,
  SUBJECTS,
  TEACHERS,
  WINDOWS,
} from './tabs';
import type { TabSpec } from './codec';
import { SETTINGS_TAB } from './settings';

export * from './values';
export * from './problem';
export * from './codec';
export * from './options';
export * from './tabs';
export * from './settings';

/** The list tabs, in workbook order after `Cài đặt`. */
export const CONTROL_TABS: readonly TabSpec<unknown>[] = [
  TEACHERS,
  CLASSES,
  SUBJECTS,
  ASSIGNMENTS,
  WINDOWS,
  CORRECTIONS,
  AUDIT,
  EVENTS,
  ARCHIVE,
];

export const CONTROL_TAB_NAMES: readonly string[] = [
  SETTINGS_TAB,
  ...CONTROL_TABS.map((t) => t.name),
];

/** `Quản trị sổ điểm 2025-2026` */
export function controlWorkbookName(schoolYear: string): string {
  return `Quản trị sổ điểm ${schoolYear}`;
}
