// Structural changes on the model: insert/delete rows and columns (cells, validation, protections,
// named ranges, merges and metadata move with them) and sorting (cells move with their rows).
import type { GridRange, SheetModel, SpreadsheetModel, CellModel } from './model';
import { key } from './model';

type Dim = 'ROWS' | 'COLUMNS';

function shiftRange(range: GridRange, dim: Dim, at: number, delta: number): GridRange | null {
  const s = dim === 'ROWS' ? 'startRowIndex' : 'startColumnIndex';
  const e = dim === 'ROWS' ? 'endRowIndex' : 'endColumnIndex';
  const out: GridRange = { ...range };
  const start = range[s];
  const end = range[e];
  if (delta > 0) {
    if (start !== undefined && start >= at) out[s] = start + delta;
    if (end !== undefined && end > at) out[e] = end + delta;
    return out;
  }
  const n = -delta;
  const shift = (i: number) => (i <= at ? i : Math.max(at, i - n));
  if (start !== undefined) out[s] = shift(start);
  if (end !== undefined) out[e] = shift(end);
  const ns = out[s];
  const ne = out[e];
  if (ns !== undefined && ne !== undefined && ne <= ns) return null;
  return out;
}

function shiftCells(sheet: SheetModel, dim: Dim, at: number, delta: number): void {
  const moved = new Map<string, CellModel>();
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    const i = dim === 'ROWS' ? r : c;
    if (delta < 0 && i >= at && i < at - delta) continue; // deleted
    const ni = i >= at ? i + delta : i;
    moved.set(dim === 'ROWS' ? key(ni, c) : key(r, ni), cell);
  }
  sheet.cells = moved;
}

function shiftIndexSet(set: Set<number>, at: number, delta: number): Set<number> {
  const out = new Set<number>();
  for (const i of set) {
    if (delta < 0 && i >= at && i < at - delta) continue;
    out.add(i >= at ? i + delta : i);
  }
  return out;
}

function shiftIndexMap(map: Map<number, number>, at: number, delta: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, v] of map) {
    if (delta < 0 && i >= at && i < at - delta) continue;
    out.set(i >= at ? i + delta : i, v);
  }
  return out;
}

/** Inserts (delta > 0) or deletes (delta < 0) rows or columns starting at 0-based index `at`. */
export function shiftDimension(
  model: SpreadsheetModel,
  sheet: SheetModel,
  dim: Dim,
  at: number,
  delta: number,
): void {
  shiftCells(sheet, dim, at, delta);
  if (dim === 'ROWS') {
    sheet.rowCount += delta;
    sheet.hiddenRows = shiftIndexSet(sheet.hiddenRows, at, delta);
    sheet.rowHeights = shiftIndexMap(sheet.rowHeights, at, delta);
  } else {
    sheet.columnCount += delta;
    sheet.hiddenColumns = shiftIndexSet(sheet.hiddenColumns, at, delta);
    sheet.columnWidths = shiftIndexMap(sheet.columnWidths, at, delta);
  }
  const onSheet = (r: GridRange) => r.sheetId === sheet.sheetId;
  model.protections = model.protections.filter((p) => {
    if (!onSheet(p.range)) return true;
    const moved = shiftRange(p.range, dim, at, delta);
    if (!moved) return false; // every protected row/column was deleted
    p.range = moved;
    p.unprotectedRanges = p.unprotectedRanges
      .map((u) => shiftRange(u, dim, at, delta))
      .filter((u): u is GridRange => u !== null);
    return true;
  });
  model.namedRanges = model.namedRanges.filter((n) => {
    if (!onSheet(n.range)) return true;
    const moved = shiftRange(n.range, dim, at, delta);
    if (!moved) return false;
    n.range = moved;
    return true;
  });
  sheet.merges = sheet.merges
    .map((m) => shiftRange(m, dim, at, delta))
    .filter((m): m is GridRange => m !== null);
  const kind = dim === 'ROWS' ? 'ROW' : 'COLUMN';
  model.developerMetadata = model.developerMetadata.filter((d) => {
    const loc = d.location;
    if (loc.kind !== kind || loc.sheetId !== sheet.sheetId) return true;
    const moved = shiftRange(
      dim === 'ROWS'
        ? { sheetId: loc.sheetId, startRowIndex: loc.start, endRowIndex: loc.end }
        : { sheetId: loc.sheetId, startColumnIndex: loc.start, endColumnIndex: loc.end },
      dim,
      at,
      delta,
    );
    if (!moved) return false;
    loc.start = (dim === 'ROWS' ? moved.startRowIndex : moved.startColumnIndex) ?? 0;
    loc.end = (dim === 'ROWS' ? moved.endRowIndex : moved.endColumnIndex) ?? 0;
    return true;
  });
}

export interface SortSpec {
  /** 0-based column index in the sheet. */
  column: number;
  ascending: boolean;
}

function compareValues(a: unknown, b: unknown): number {
  // Sheets sorts numbers < text < booleans; empty cells always last (handled by the caller).
  const rank = (v: unknown) =>
    typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).localeCompare(String(b), 'vi');
  return Number(a) - Number(b);
}

/** Sorts the rows of a rectangle; whole cells (value, format, validation) move with their row. */
export function sortRows(
  sheet: SheetModel,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  specs: SortSpec[],
): void {
  const rows: Array<Map<number, CellModel>> = [];
  for (let r = r0; r < r1; r++) {
    const row = new Map<number, CellModel>();
    for (let c = c0; c < c1; c++) {
      const cell = sheet.cells.get(key(r, c));
      if (cell) row.set(c, cell);
      sheet.cells.delete(key(r, c));
    }
    rows.push(row);
  }
  const valueOf = (row: Map<number, CellModel>, c: number) => row.get(c)?.value ?? '';
  const order = rows.map((row, i) => ({ row, i }));
  order.sort((x, y) => {
    for (const spec of specs) {
      const a = valueOf(x.row, spec.column);
      const b = valueOf(y.row, spec.column);
      if (a === '' && b === '') continue;
      if (a === '') return 1;
      if (b === '') return -1;
      const cmp = compareValues(a, b);
      if (cmp !== 0) return spec.ascending ? cmp : -cmp;
    }
    return x.i - y.i;
  });
  order.forEach(({ row }, i) => {
    for (const [c, cell] of row) sheet.cells.set(key(r0 + i, c), cell);
  });
}
