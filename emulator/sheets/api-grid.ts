// Shared pieces of the batchUpdate request handlers: the batch context, GridRange and
// DimensionRange parsing, field masks, protection lookups.
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError } from '../core/workspace';
import type { Json } from './api-json';
import type { GridRange, SheetModel, SpreadsheetModel } from './model';
import { rectOf, sheetById } from './model';
import { EditRefusedError, PROTECTED_MESSAGE, canEditProtection, checkWrite } from './protect';

export interface BatchContext {
  ws: Workspace;
  file: DriveFileRecord;
  model: SpreadsheetModel;
  user: string;
}

export type Handler = (ctx: BatchContext, body: Json) => Json | undefined;

export function sheetOf(ctx: BatchContext, sheetId: unknown): SheetModel {
  const sheet = sheetById(ctx.model, Number(sheetId ?? 0));
  if (!sheet) throw new AppsScriptError(`No grid with id: ${String(sheetId)}`);
  return sheet;
}

export function gridOf(raw: unknown): GridRange {
  const g = (raw ?? {}) as Json;
  const out: GridRange = { sheetId: Number(g.sheetId ?? 0) };
  if (g.startRowIndex !== undefined) out.startRowIndex = Number(g.startRowIndex);
  if (g.endRowIndex !== undefined) out.endRowIndex = Number(g.endRowIndex);
  if (g.startColumnIndex !== undefined) out.startColumnIndex = Number(g.startColumnIndex);
  if (g.endColumnIndex !== undefined) out.endColumnIndex = Number(g.endColumnIndex);
  return out;
}

export function dimensionRange(raw: unknown): {
  sheetId: number;
  dim: 'ROWS' | 'COLUMNS';
  start: number;
  end: number;
} {
  const d = (raw ?? {}) as Json;
  return {
    sheetId: Number(d.sheetId ?? 0),
    dim: d.dimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS',
    start: Number(d.startIndex ?? 0),
    end: Number(d.endIndex ?? 0),
  };
}

export function writable(ctx: BatchContext, sheet: SheetModel, range: GridRange): void {
  checkWrite(ctx.ws, ctx.file, ctx.model, sheet, rectOf(range, sheet), ctx.user, 'api');
}

export function fieldSet(fields: unknown): (name: string) => boolean {
  const list = String(fields ?? '*')
    .split(',')
    .map((f) => f.trim());
  return (name) =>
    list.some(
      (f) => f === '*' || f === name || f.startsWith(`${name}.`) || name.startsWith(`${f}.`),
    );
}

/** "may be fully unbounded, in which case this is considered a protected sheet" (ProtectedRange.range). */
export function isWholeSheet(range: GridRange): boolean {
  return (
    range.startRowIndex === undefined &&
    range.endRowIndex === undefined &&
    range.startColumnIndex === undefined &&
    range.endColumnIndex === undefined
  );
}

export function forEachCell(
  sheet: SheetModel,
  range: GridRange,
  fn: (r: number, c: number) => void,
): void {
  const rect = rectOf(range, sheet);
  for (let r = rect.r0; r < rect.r1; r++) for (let c = rect.c0; c < rect.c1; c++) fn(r, c);
}

export function protectionById(ctx: BatchContext, id: unknown) {
  const p = ctx.model.protections.find((x) => x.id === Number(id));
  if (!p) throw new AppsScriptError(`No protected range with id: ${String(id)}`);
  return p;
}

export function requireProtectionEditor(
  ctx: BatchContext,
  p: ReturnType<typeof protectionById>,
): void {
  if (!canEditProtection(ctx.ws, ctx.file, p, ctx.user))
    throw new EditRefusedError(PROTECTED_MESSAGE);
}

export function editorsFrom(
  ctx: BatchContext,
  raw: unknown,
): { users: Set<string>; domain: boolean } {
  const e = (raw ?? {}) as Json;
  const users = new Set(((e.users ?? []) as string[]).map((u) => u.toLowerCase()));
  users.add(ctx.file.owner); // the owner can always edit
  return { users, domain: Boolean(e.domainUsersCanEdit) };
}
