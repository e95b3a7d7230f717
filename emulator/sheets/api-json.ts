// Sheets API v4 resources from the model (Spreadsheet, SheetProperties, ProtectedRange…) and the
// partial-response `fields` syntax. Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets
import type { DriveFileRecord, Workspace } from '../core/workspace';
import type {
  DeveloperMetadataModel,
  GridRange,
  ProtectionModel,
  SheetModel,
  SpreadsheetModel,
} from './model';
import { canEditProtection, effectiveEditors } from './protect';

export type Json = Record<string, unknown>;

export function gridJson(g: GridRange): Json {
  const out: Json = { sheetId: g.sheetId };
  if (g.startRowIndex !== undefined) out.startRowIndex = g.startRowIndex;
  if (g.endRowIndex !== undefined) out.endRowIndex = g.endRowIndex;
  if (g.startColumnIndex !== undefined) out.startColumnIndex = g.startColumnIndex;
  if (g.endColumnIndex !== undefined) out.endColumnIndex = g.endColumnIndex;
  return out;
}

export function sheetPropertiesJson(model: SpreadsheetModel, sheet: SheetModel): Json {
  const grid: Json = { rowCount: sheet.rowCount, columnCount: sheet.columnCount };
  if (sheet.frozenRows) grid.frozenRowCount = sheet.frozenRows;
  if (sheet.frozenColumns) grid.frozenColumnCount = sheet.frozenColumns;
  const out: Json = {
    sheetId: sheet.sheetId,
    title: sheet.title,
    index: model.sheets.indexOf(sheet),
    sheetType: 'GRID',
    gridProperties: grid,
  };
  if (sheet.hidden) out.hidden = true;
  return out;
}

export function protectedRangeJson(
  ws: Workspace,
  file: DriveFileRecord,
  p: ProtectionModel,
  user: string,
): Json {
  const canEdit = canEditProtection(ws, file, p, user);
  const out: Json = {
    protectedRangeId: p.id,
    range: gridJson(p.range),
    requestingUserCanEdit: canEdit,
  };
  if (p.description) out.description = p.description;
  if (p.warningOnly) out.warningOnly = true;
  if (p.unprotectedRanges.length) out.unprotectedRanges = p.unprotectedRanges.map(gridJson);
  if (p.rangeName) out.namedRangeId = p.rangeName;
  // "This field is only visible to users with edit access to the protected range and the document."
  if (canEdit && !p.warningOnly) {
    const editors: Json = { users: effectiveEditors(file, p) };
    if (p.domainEdit) editors.domainUsersCanEdit = true;
    out.editors = editors;
  }
  return out;
}

export function metadataJson(d: DeveloperMetadataModel): Json {
  const loc = d.location;
  let location: Json;
  if (loc.kind === 'SPREADSHEET') location = { locationType: 'SPREADSHEET', spreadsheet: true };
  else if (loc.kind === 'SHEET') location = { locationType: 'SHEET', sheetId: loc.sheetId };
  else
    location = {
      locationType: loc.kind,
      dimensionRange: {
        sheetId: loc.sheetId,
        dimension: loc.kind === 'ROW' ? 'ROWS' : 'COLUMNS',
        startIndex: loc.start,
        endIndex: loc.end,
      },
    };
  const out: Json = { metadataId: d.id, metadataKey: d.key, location, visibility: d.visibility };
  if (d.value !== null) out.metadataValue = d.value;
  return out;
}

export function spreadsheetJson(
  ws: Workspace,
  file: DriveFileRecord,
  model: SpreadsheetModel,
  user: string,
): Json {
  return {
    spreadsheetId: file.id,
    properties: {
      title: file.name,
      locale: model.locale,
      timeZone: model.timeZone,
      autoRecalc: 'ON_CHANGE',
    },
    sheets: model.sheets.map((sheet) => {
      const out: Json = { properties: sheetPropertiesJson(model, sheet) };
      const prs = model.protections.filter((p) => p.range.sheetId === sheet.sheetId);
      if (prs.length) out.protectedRanges = prs.map((p) => protectedRangeJson(ws, file, p, user));
      const md = model.developerMetadata.filter(
        (d) => d.location.kind !== 'SPREADSHEET' && d.location.sheetId === sheet.sheetId,
      );
      if (md.length) out.developerMetadata = md.map(metadataJson);
      if (sheet.merges.length) out.merges = sheet.merges.map(gridJson);
      return out;
    }),
    namedRanges: model.namedRanges.map((n) => ({
      namedRangeId: n.id,
      name: n.name,
      range: gridJson(n.range),
    })),
    developerMetadata: model.developerMetadata
      .filter((d) => d.location.kind === 'SPREADSHEET')
      .map(metadataJson),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${file.id}/edit`,
  };
}

/** Parses "sheets(properties(sheetId,title),protectedRanges),properties.title" into a tree. */
export type FieldTree = Map<string, FieldTree | null>;

export function parseFields(fields: string): FieldTree {
  let i = 0;
  const parseList = (): FieldTree => {
    const tree: FieldTree = new Map();
    while (i < fields.length) {
      let name = '';
      while (i < fields.length && !',()'.includes(fields[i] as string)) name += fields[i++];
      name = name.trim();
      let sub: FieldTree | null = null;
      if (fields[i] === '(') {
        i += 1;
        sub = parseList();
        i += 1; // ')'
      }
      if (name) addPath(tree, name.split(/[./]/), sub);
      if (fields[i] === ',') {
        i += 1;
        continue;
      }
      if (fields[i] === ')') break;
    }
    return tree;
  };
  return parseList();
}

function addPath(tree: FieldTree, path: string[], leaf: FieldTree | null): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    const existing = tree.get(head);
    tree.set(
      head,
      leaf === null || existing === null ? null : mergeTrees(existing ?? new Map(), leaf),
    );
    return;
  }
  let sub = tree.get(head);
  if (sub === null) return; // already whole
  if (sub === undefined) {
    sub = new Map();
    tree.set(head, sub);
  }
  addPath(sub, rest, leaf);
}

function mergeTrees(a: FieldTree, b: FieldTree): FieldTree {
  const out = new Map(a);
  for (const [k, v] of b)
    out.set(k, v === null || out.get(k) === null ? null : mergeTrees(out.get(k) ?? new Map(), v));
  return out;
}

/** Keeps only the selected fields (arrays are filtered element-wise). "*" keeps everything. */
export function selectFields(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null || tree.has('*')) return value;
  if (Array.isArray(value)) return value.map((v) => selectFields(v, tree));
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, sub] of tree) {
    const v = (value as Json)[k];
    if (v !== undefined) out[k] = selectFields(v, sub);
  }
  return out;
}

/** Copies the fields named by an update mask ("title,gridProperties.frozenRowCount", "*") from source to target. */
export function applyMask(target: Json, source: Json, fields: string): void {
  const paths = fields
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const path of paths) {
    if (path === '*') {
      for (const [k, v] of Object.entries(source)) target[k] = structuredClone(v);
      continue;
    }
    const parts = path.split('.');
    let t: Json = target;
    let s: Json | undefined = source;
    for (const part of parts.slice(0, -1)) {
      if (!t[part] || typeof t[part] !== 'object') t[part] = {};
      t = t[part] as Json;
      s = s && typeof s[part] === 'object' ? (s[part] as Json) : undefined;
    }
    const last = parts[parts.length - 1] as string;
    const v = s?.[last];
    if (v === undefined) delete t[last];
    else t[last] = structuredClone(v);
  }
}
