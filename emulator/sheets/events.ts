// Event objects for Sheets triggers. Doc: https://developers.google.com/apps-script/guides/triggers/events
import type { Workspace } from '../core/workspace';
import { DocRef } from './context';
import { serialOf } from './locale';
import type { CellValue } from './model';
import { RangeImpl } from './range';
import { SpreadsheetImpl } from './spreadsheet';
import type { ChangeType, UserEditResult } from './user-edits';
import { UserImpl } from './user';

/** How e.value / e.oldValue render a cell: strings, as Sheets sends them (Assumption, README). */
export function eventText(value: CellValue | '', timeZone = 'UTC'): string {
  if (value instanceof Date) return String(serialOf(value, timeZone));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export interface EventIdentity {
  authMode: string;
  userEmail: string;
  triggerUid?: string;
}

/**
 * The edit event: value/oldValue only for a single cell; oldValue absent when the cell was empty;
 * a single cleared cell has no value (Assumption, README) but keeps oldValue.
 */
export function editEvent(
  ws: Workspace,
  docId: string,
  edit: UserEditResult,
  id: EventIdentity,
): Record<string, unknown> {
  const doc = new DocRef(ws, docId);
  const { rect } = edit;
  const range = new RangeImpl(
    doc,
    edit.sheetId,
    rect.r0,
    rect.c0,
    rect.r1 - rect.r0,
    rect.c1 - rect.c0,
  );
  Object.assign(range, {
    rowStart: rect.r0 + 1,
    columnStart: rect.c0 + 1,
    rowEnd: rect.r1,
    columnEnd: rect.c1,
  });
  const e: Record<string, unknown> = {
    authMode: id.authMode,
    range,
    source: new SpreadsheetImpl(doc),
    user: new UserImpl(id.userEmail),
  };
  if (id.triggerUid !== undefined) e.triggerUid = id.triggerUid;
  if (edit.single) {
    if (edit.single.after !== '') e.value = eventText(edit.single.after, doc.model().timeZone);
    if (edit.single.before !== '') e.oldValue = eventText(edit.single.before, doc.model().timeZone);
  }
  return e;
}

export function openEvent(
  ws: Workspace,
  docId: string,
  id: EventIdentity,
): Record<string, unknown> {
  const e: Record<string, unknown> = {
    authMode: id.authMode,
    source: new SpreadsheetImpl(new DocRef(ws, docId)),
    user: new UserImpl(id.userEmail),
  };
  if (id.triggerUid !== undefined) e.triggerUid = id.triggerUid;
  return e;
}

/** Change events carry no range or values, only changeType. */
export function changeEvent(
  ws: Workspace,
  docId: string,
  changeType: ChangeType,
  id: EventIdentity,
): Record<string, unknown> {
  const e: Record<string, unknown> = {
    authMode: id.authMode,
    changeType,
    source: new SpreadsheetImpl(new DocRef(ws, docId)),
    user: new UserImpl(id.userEmail),
  };
  if (id.triggerUid !== undefined) e.triggerUid = id.triggerUid;
  return e;
}
