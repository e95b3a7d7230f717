// Sheets API batchUpdate requests applied to a copy of the model (the caller swaps it in only when
// every request succeeded: a batch is all or nothing).
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { AppsScriptError, NotImplementedError } from '../core/workspace';
import type { Json } from './api-json';
import {
  applyMask,
  gridJson,
  metadataJson,
  protectedRangeJson,
  sheetPropertiesJson,
} from './api-json';
import { evaluateFormula } from './formula';
import { addMetadata } from './metadata';
import type {
  CellModel,
  GridRange,
  SheetModel,
  SpreadsheetModel,
  ValidationRuleModel,
} from './model';
import { ensureCell, key, newSheet, rectOf, setValueAt, sheetById, sheetByName } from './model';
import {
  EditRefusedError,
  PROTECTED_MESSAGE,
  canEditProtection,
  checkStructure,
  checkWrite,
  effectiveEditors,
  nextProtectionId,
} from './protect';
import { shiftDimension, sortRows } from './structure';

export interface BatchContext {
  ws: Workspace;
  file: DriveFileRecord;
  model: SpreadsheetModel;
  user: string;
}

type Handler = (ctx: BatchContext, body: Json) => Json | undefined;

function sheetOf(ctx: BatchContext, sheetId: unknown): SheetModel {
  const sheet = sheetById(ctx.model, Number(sheetId ?? 0));
  if (!sheet) throw new AppsScriptError(`No grid with id: ${String(sheetId)}`);
  return sheet;
}

function gridOf(raw: unknown): GridRange {
  const g = (raw ?? {}) as Json;
  const out: GridRange = { sheetId: Number(g.sheetId ?? 0) };
  if (g.startRowIndex !== undefined) out.startRowIndex = Number(g.startRowIndex);
  if (g.endRowIndex !== undefined) out.endRowIndex = Number(g.endRowIndex);
  if (g.startColumnIndex !== undefined) out.startColumnIndex = Number(g.startColumnIndex);
  if (g.endColumnIndex !== undefined) out.endColumnIndex = Number(g.endColumnIndex);
  return out;
}

function dimensionRange(raw: unknown): {
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

function writable(ctx: BatchContext, sheet: SheetModel, range: GridRange): void {
  checkWrite(ctx.ws, ctx.file, ctx.model, sheet, rectOf(range, sheet), ctx.user, 'api');
}

function fieldSet(fields: unknown): (name: string) => boolean {
  const list = String(fields ?? '*')
    .split(',')
    .map((f) => f.trim());
  return (name) =>
    list.some(
      (f) => f === '*' || f === name || f.startsWith(`${name}.`) || name.startsWith(`${f}.`),
    );
}

/** Applies one CellData under the field mask. */
function applyCellData(
  cell: CellModel | undefined,
  sheet: SheetModel,
  r: number,
  c: number,
  data: Json,
  has: (n: string) => boolean,
): void {
  if (has('userEnteredValue')) {
    const v = (data.userEnteredValue ?? {}) as Json;
    if (v.formulaValue !== undefined) {
      const formula = String(v.formulaValue);
      setValueAt(sheet, r, c, evaluateFormula(formula), formula);
    } else if (v.numberValue !== undefined) setValueAt(sheet, r, c, Number(v.numberValue));
    else if (v.boolValue !== undefined) setValueAt(sheet, r, c, Boolean(v.boolValue));
    else if (v.stringValue !== undefined) setValueAt(sheet, r, c, String(v.stringValue));
    else setValueAt(sheet, r, c, '');
  }
  if (has('userEnteredFormat')) {
    const target = ensureCell(sheet, r, c);
    const fmt = data.userEnteredFormat as Json | undefined;
    const pattern = (fmt?.numberFormat as Json | undefined)?.pattern;
    if (pattern !== undefined) target.numberFormat = String(pattern);
    else if (!fmt) delete target.numberFormat;
    const rest = { ...(fmt ?? {}) };
    delete rest.numberFormat;
    if (Object.keys(rest).length) target.format = { ...(target.format ?? {}), ...rest };
    else if (!fmt) delete target.format;
  }
  if (has('dataValidation')) {
    const target = ensureCell(sheet, r, c);
    const rule = data.dataValidation ? validationFromApi(data.dataValidation as Json) : undefined;
    if (rule) target.validation = rule;
    else delete target.validation;
  }
  if (has('note')) {
    const target = ensureCell(sheet, r, c);
    if (data.note) target.note = String(data.note);
    else delete target.note;
  }
  void cell;
}

export function validationFromApi(rule: Json): ValidationRuleModel {
  const condition = (rule.condition ?? {}) as Json;
  const values = ((condition.values ?? []) as Json[]).map((v) => String(v.userEnteredValue ?? ''));
  const type = String(condition.type);
  const kinds: Record<string, ValidationRuleModel['kind']> = {
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    ONE_OF_LIST: 'ONE_OF_LIST',
    TEXT_EQ: 'TEXT_EQ',
    NUMBER_GREATER_THAN_EQ: 'NUMBER_GREATER_THAN_EQ',
    NUMBER_LESS_THAN_EQ: 'NUMBER_LESS_THAN_EQ',
    BOOLEAN: 'CHECKBOX',
  };
  const kind = kinds[type];
  if (!kind) throw new NotImplementedError(`Sheets data validation condition ${type}`);
  const numeric = kind.startsWith('NUMBER');
  return {
    kind,
    values: numeric ? values.map((v) => Number(v.replace(',', '.'))) : values,
    strict: Boolean(rule.strict),
    helpText: String(rule.inputMessage ?? ''),
    showCustomUi: Boolean(rule.showCustomUi),
  };
}

/** "may be fully unbounded, in which case this is considered a protected sheet" (ProtectedRange.range). */
function isWholeSheet(range: GridRange): boolean {
  return (
    range.startRowIndex === undefined &&
    range.endRowIndex === undefined &&
    range.startColumnIndex === undefined &&
    range.endColumnIndex === undefined
  );
}

function forEachCell(
  sheet: SheetModel,
  range: GridRange,
  fn: (r: number, c: number) => void,
): void {
  const rect = rectOf(range, sheet);
  for (let r = rect.r0; r < rect.r1; r++) for (let c = rect.c0; c < rect.c1; c++) fn(r, c);
}

function protectionById(ctx: BatchContext, id: unknown) {
  const p = ctx.model.protections.find((x) => x.id === Number(id));
  if (!p) throw new AppsScriptError(`No protected range with id: ${String(id)}`);
  return p;
}

function requireProtectionEditor(ctx: BatchContext, p: ReturnType<typeof protectionById>): void {
  if (!canEditProtection(ctx.ws, ctx.file, p, ctx.user))
    throw new EditRefusedError(PROTECTED_MESSAGE);
}

function editorsFrom(ctx: BatchContext, raw: unknown): { users: Set<string>; domain: boolean } {
  const e = (raw ?? {}) as Json;
  const users = new Set(((e.users ?? []) as string[]).map((u) => u.toLowerCase()));
  users.add(ctx.file.owner); // the owner can always edit
  return { users, domain: Boolean(e.domainUsersCanEdit) };
}

const HANDLERS: Record<string, Handler> = {
  addSheet(ctx, body) {
    const props = (body.properties ?? {}) as Json;
    const title = String(props.title ?? `Sheet${ctx.model.sheets.length + 1}`);
    if (sheetByName(ctx.model, title)) {
      throw new AppsScriptError(
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    const grid = (props.gridProperties ?? {}) as Json;
    const sheetId =
      props.sheetId !== undefined ? Number(props.sheetId) : ctx.model.nextSheetId++ * 1000 + 7;
    if (sheetById(ctx.model, sheetId))
      throw new AppsScriptError(`A sheet with id ${sheetId} already exists.`);
    const sheet = newSheet(
      sheetId,
      title,
      Number(grid.rowCount ?? 1000),
      Number(grid.columnCount ?? 26),
    );
    sheet.frozenRows = Number(grid.frozenRowCount ?? 0);
    sheet.frozenColumns = Number(grid.frozenColumnCount ?? 0);
    sheet.hidden = Boolean(props.hidden);
    const index = props.index !== undefined ? Number(props.index) : ctx.model.sheets.length;
    ctx.model.sheets.splice(Math.min(index, ctx.model.sheets.length), 0, sheet);
    return { addSheet: { properties: sheetPropertiesJson(ctx.model, sheet) } };
  },
  deleteSheet(ctx, body) {
    const sheet = sheetOf(ctx, body.sheetId);
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user);
    if (ctx.model.sheets.length === 1)
      throw new AppsScriptError("You can't remove all the sheets in a document.");
    ctx.model.sheets = ctx.model.sheets.filter((s) => s !== sheet);
    ctx.model.protections = ctx.model.protections.filter((p) => p.range.sheetId !== sheet.sheetId);
    ctx.model.namedRanges = ctx.model.namedRanges.filter((n) => n.range.sheetId !== sheet.sheetId);
    return undefined;
  },
  updateSheetProperties(ctx, body) {
    const props = (body.properties ?? {}) as Json;
    const sheet = sheetOf(ctx, props.sheetId);
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user);
    const json = sheetPropertiesJson(ctx.model, sheet);
    applyMask(json, props, String(body.fields ?? '*'));
    const title = String(json.title ?? sheet.title);
    if (title !== sheet.title && sheetByName(ctx.model, title)) {
      throw new AppsScriptError(
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    sheet.title = title;
    sheet.hidden = Boolean(json.hidden);
    const grid = (json.gridProperties ?? {}) as Json;
    sheet.frozenRows = Number(grid.frozenRowCount ?? 0);
    sheet.frozenColumns = Number(grid.frozenColumnCount ?? 0);
    sheet.rowCount = Number(grid.rowCount ?? sheet.rowCount);
    sheet.columnCount = Number(grid.columnCount ?? sheet.columnCount);
    if (json.index !== undefined) {
      const index = Number(json.index);
      ctx.model.sheets = ctx.model.sheets.filter((s) => s !== sheet);
      ctx.model.sheets.splice(Math.min(index, ctx.model.sheets.length), 0, sheet);
    }
    if (ctx.model.sheets.every((s) => s.hidden))
      throw new AppsScriptError("You can't hide all the sheets in a document.");
    return undefined;
  },
  updateSpreadsheetProperties(ctx, body) {
    const json: Json = {
      title: ctx.file.name,
      locale: ctx.model.locale,
      timeZone: ctx.model.timeZone,
    };
    applyMask(json, (body.properties ?? {}) as Json, String(body.fields ?? '*'));
    ctx.model.title = String(json.title ?? ctx.model.title);
    ctx.model.locale = String(json.locale ?? ctx.model.locale);
    ctx.model.timeZone = String(json.timeZone ?? ctx.model.timeZone);
    return undefined;
  },
  updateCells(ctx, body) {
    const rows = (body.rows ?? []) as Json[];
    const has = fieldSet(body.fields);
    let range: GridRange;
    if (body.start) {
      const start = body.start as Json;
      const r0 = Number(start.rowIndex ?? 0);
      const c0 = Number(start.columnIndex ?? 0);
      const width = Math.max(1, ...rows.map((r) => ((r.values ?? []) as Json[]).length));
      range = {
        sheetId: Number(start.sheetId ?? 0),
        startRowIndex: r0,
        endRowIndex: r0 + Math.max(1, rows.length),
        startColumnIndex: c0,
        endColumnIndex: c0 + width,
      };
    } else range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const rect = rectOf(range, sheet);
    rows.forEach((row, i) =>
      ((row.values ?? []) as Json[]).forEach((data, j) => {
        const r = rect.r0 + i;
        const c = rect.c0 + j;
        if (r < rect.r1 && c < rect.c1)
          applyCellData(sheet.cells.get(key(r, c)), sheet, r, c, data, has);
      }),
    );
    return undefined;
  },
  repeatCell(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const has = fieldSet(body.fields);
    const data = (body.cell ?? {}) as Json;
    forEachCell(sheet, range, (r, c) =>
      applyCellData(sheet.cells.get(key(r, c)), sheet, r, c, data, has),
    );
    return undefined;
  },
  updateDimensionProperties(ctx, body) {
    const d = dimensionRange(body.range);
    const sheet = sheetOf(ctx, d.sheetId);
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user);
    const props = (body.properties ?? {}) as Json;
    const has = fieldSet(body.fields);
    for (let i = d.start; i < d.end; i++) {
      if (has('pixelSize') && props.pixelSize !== undefined) {
        (d.dim === 'ROWS' ? sheet.rowHeights : sheet.columnWidths).set(i, Number(props.pixelSize));
      }
      if (has('hiddenByUser')) {
        const set = d.dim === 'ROWS' ? sheet.hiddenRows : sheet.hiddenColumns;
        if (props.hiddenByUser) set.add(i);
        else set.delete(i);
      }
    }
    return undefined;
  },
  mergeCells(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    if (body.mergeType && body.mergeType !== 'MERGE_ALL')
      throw new NotImplementedError(`Sheets mergeCells mergeType ${String(body.mergeType)}`);
    sheet.merges.push(range);
    return undefined;
  },
  setDataValidation(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const rule = body.rule ? validationFromApi(body.rule as Json) : undefined;
    forEachCell(sheet, range, (r, c) => {
      const cell = ensureCell(sheet, r, c);
      if (rule) cell.validation = { ...rule, values: [...rule.values] };
      else delete cell.validation;
    });
    return undefined;
  },
  addProtectedRange(ctx, body) {
    const pr = (body.protectedRange ?? {}) as Json;
    if (
      pr.protectedRangeId !== undefined &&
      ctx.model.protections.some((p) => p.id === Number(pr.protectedRangeId))
    ) {
      throw new AppsScriptError(
        `A protected range with id ${String(pr.protectedRangeId)} already exists.`,
      );
    }
    const range = gridOf(pr.range);
    const sheet = sheetOf(ctx, range.sheetId);
    const whole = isWholeSheet(range);
    const warningOnly = Boolean(pr.warningOnly);
    // Assumption (README): without editors, a new API protection is editable by the owner and the requester.
    const editors = pr.editors
      ? editorsFrom(ctx, pr.editors)
      : { users: new Set([ctx.file.owner, ctx.user]), domain: false };
    const p = {
      id:
        pr.protectedRangeId !== undefined
          ? Number(pr.protectedRangeId)
          : nextProtectionId(ctx.model),
      range,
      sheetProtection: whole,
      description: String(pr.description ?? ''),
      warningOnly,
      editors: editors.users,
      domainEdit: editors.domain,
      unprotectedRanges: whole ? ((pr.unprotectedRanges ?? []) as Json[]).map(gridOf) : [],
      rangeName: pr.namedRangeId ? String(pr.namedRangeId) : null,
    };
    if (!whole && pr.unprotectedRanges)
      throw new AppsScriptError('Unprotected ranges are only supported on protected sheets.');
    void sheet;
    ctx.model.protections.push(p);
    return {
      addProtectedRange: { protectedRange: protectedRangeJson(ctx.ws, ctx.file, p, ctx.user) },
    };
  },
  updateProtectedRange(ctx, body) {
    const pr = (body.protectedRange ?? {}) as Json;
    const p = protectionById(ctx, pr.protectedRangeId);
    requireProtectionEditor(ctx, p);
    const fields = String(body.fields ?? '*');
    const json: Json = {
      range: gridJson(p.range),
      description: p.description,
      warningOnly: p.warningOnly,
      unprotectedRanges: p.unprotectedRanges.map(gridJson),
      editors: { users: effectiveEditors(ctx.file, p), domainUsersCanEdit: p.domainEdit },
    };
    const wasWarning = p.warningOnly;
    applyMask(json, pr, fields);
    p.range = gridOf(json.range);
    p.sheetProtection = isWholeSheet(p.range);
    p.description = String(json.description ?? '');
    p.warningOnly = Boolean(json.warningOnly);
    p.unprotectedRanges = ((json.unprotectedRanges ?? []) as Json[]).map(gridOf);
    const editorsInMask =
      fields === '*' || fields.split(',').some((f) => f.trim().startsWith('editors'));
    if (editorsInMask) {
      const e = editorsFrom(ctx, json.editors);
      p.editors = e.users;
      p.domainEdit = e.domain;
    } else if (wasWarning && !p.warningOnly) {
      // "if this field is changed from true to false and the editors field is not set (nor included
      // in the field mask), then the editors will be set to all the editors in the document."
      p.editors = new Set([ctx.file.owner, ...ctx.file.editors]);
    }
    return undefined;
  },
  deleteProtectedRange(ctx, body) {
    const p = protectionById(ctx, body.protectedRangeId);
    requireProtectionEditor(ctx, p);
    ctx.model.protections = ctx.model.protections.filter((x) => x !== p);
    return undefined;
  },
  addNamedRange(ctx, body) {
    const nr = (body.namedRange ?? {}) as Json;
    const name = String(nr.name ?? '');
    if (ctx.model.namedRanges.some((n) => n.name === name))
      throw new AppsScriptError(`A named range called ${name} already exists.`);
    const named = {
      id: nr.namedRangeId ? String(nr.namedRangeId) : ctx.ws.newId('nr'),
      name,
      range: gridOf(nr.range),
    };
    sheetOf(ctx, named.range.sheetId);
    ctx.model.namedRanges.push(named);
    return {
      addNamedRange: { namedRange: { namedRangeId: named.id, name, range: gridJson(named.range) } },
    };
  },
  createDeveloperMetadata(ctx, body) {
    const dm = (body.developerMetadata ?? {}) as Json;
    const loc = (dm.location ?? {}) as Json;
    let location: Parameters<typeof addMetadata>[4];
    if (loc.spreadsheet) location = { kind: 'SPREADSHEET' };
    else if (loc.sheetId !== undefined) location = { kind: 'SHEET', sheetId: Number(loc.sheetId) };
    else if (loc.dimensionRange) {
      const d = dimensionRange(loc.dimensionRange);
      location = {
        kind: d.dim === 'ROWS' ? 'ROW' : 'COLUMN',
        sheetId: d.sheetId,
        start: d.start,
        end: d.end,
      };
    } else throw new AppsScriptError('Invalid developer metadata location.');
    const d = addMetadata(
      ctx.model,
      String(dm.metadataKey ?? ''),
      dm.metadataValue === undefined ? null : String(dm.metadataValue),
      dm.visibility,
      location,
    );
    return { createDeveloperMetadata: { developerMetadata: metadataJson(d) } };
  },
  insertDimension(ctx, body) {
    const d = dimensionRange(body.range);
    const sheet = sheetOf(ctx, d.sheetId);
    const rect =
      d.dim === 'ROWS'
        ? { r0: d.start, r1: d.start + 1, c0: 0, c1: sheet.columnCount }
        : { r0: 0, r1: sheet.rowCount, c0: d.start, c1: d.start + 1 };
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user, rect);
    shiftDimension(ctx.model, sheet, d.dim, d.start, d.end - d.start);
    return undefined;
  },
  deleteDimension(ctx, body) {
    const d = dimensionRange(body.range);
    const sheet = sheetOf(ctx, d.sheetId);
    const rect =
      d.dim === 'ROWS'
        ? { r0: d.start, r1: d.end, c0: 0, c1: sheet.columnCount }
        : { r0: 0, r1: sheet.rowCount, c0: d.start, c1: d.end };
    checkStructure(ctx.ws, ctx.file, ctx.model, sheet, ctx.user, rect);
    shiftDimension(ctx.model, sheet, d.dim, d.start, -(d.end - d.start));
    return undefined;
  },
  sortRange(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const rect = rectOf(range, sheet);
    const specs = ((body.sortSpecs ?? []) as Json[]).map((s) => ({
      column: Number(s.dimensionIndex ?? 0),
      ascending: s.sortOrder !== 'DESCENDING',
    }));
    sortRows(sheet, rect.r0, rect.r1, rect.c0, rect.c1, specs);
    return undefined;
  },
};

/** Applies one request; unknown kinds throw, naming themselves. */
export function applyRequest(ctx: BatchContext, request: Json, index: number): Json {
  const kinds = Object.keys(request);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined)
    throw new AppsScriptError(`Invalid requests[${index}]: exactly one request kind must be set.`);
  const handler = HANDLERS[kind];
  if (!handler) throw new NotImplementedError(`Sheets.Spreadsheets.batchUpdate request ${kind}`);
  try {
    return handler(ctx, (request[kind] ?? {}) as Json) ?? {};
  } catch (error) {
    if (error instanceof NotImplementedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new EditRefusedError(`Invalid requests[${index}].${kind}: ${message}`);
    wrapped.name = error instanceof EditRefusedError ? 'EditRefusedError' : 'Exception';
    throw wrapped;
  }
}
