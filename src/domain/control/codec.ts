// Generic row ⇄ object codecs for control workbook tabs, driven by the column specs. Columns are
// found by header (folded), so a tab keeps working when an owner adds columns or people reorder them.
import { type Problem, problem } from './problem';
import {
  type Cell,
  displayDate,
  displayDateTime,
  foldKey,
  isEmail,
  numberOf,
  parseDate,
  parseDateTime,
  text,
} from './values';

/**
 * text: trimmed NFC string · email: lower-case address · int/number · bool: checkbox ·
 * date: yyyy-mm-dd, shown dd/mm/yyyy · localtime: ISO UTC, shown dd/mm/yyyy HH:mm (Vietnam) ·
 * iso: ISO UTC kept verbatim (machine logs) · enum: one option · list: comma-separated options ·
 * json: text kept verbatim (canonical JSON).
 */
export type ColumnType =
  | 'text'
  | 'email'
  | 'int'
  | 'number'
  | 'bool'
  | 'date'
  | 'localtime'
  | 'iso'
  | 'enum'
  | 'list'
  | 'json';

export interface Option {
  /** Stored in the object. */
  value: string;
  /** Shown in the sheet (Vietnamese). */
  label: string;
}

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  required?: boolean;
  /** Empty non-required cell: omit the key (optional property) or set null. Default: null ('' for text, false for bool). */
  empty?: 'omit' | 'null';
  options?: readonly Option[];
  min?: number;
  max?: number;
  width?: number;
  /** Help text shown with data validation. */
  help?: string;
}

export interface TabSpec<T> {
  name: string;
  columns: readonly ColumnSpec[];
  /** Phantom: the object type a row decodes to. */
  readonly _row?: T;
}

export function tabSpec<T>(name: string, columns: readonly ColumnSpec[]): TabSpec<T> {
  return { name, columns };
}

export function headersOf(spec: TabSpec<unknown>): string[] {
  return spec.columns.map((c) => c.header);
}

/** Column index (0-based) of each spec column in a header row; missing required columns are problems. */
export function locateColumns(
  spec: TabSpec<unknown>,
  header: readonly Cell[],
): { index: Map<string, number>; problems: Problem[] } {
  const byFold = new Map<string, number>();
  header.forEach((h, i) => {
    const k = foldKey(text(h));
    if (k && !byFold.has(k)) byFold.set(k, i);
  });
  const index = new Map<string, number>();
  const problems: Problem[] = [];
  for (const c of spec.columns) {
    const i = byFold.get(foldKey(c.header));
    if (i !== undefined) index.set(c.key, i);
    else if (c.required)
      problems.push(problem(spec.name, 1, c.header, 'thiếu cột này ở dòng tiêu đề.'));
  }
  return { index, problems };
}

function optionOf(c: ColumnSpec, raw: string): string | null {
  const k = foldKey(raw);
  const hit = (c.options ?? []).find((o) => foldKey(o.label) === k || foldKey(o.value) === k);
  return hit ? hit.value : null;
}

function labelsOf(c: ColumnSpec): string {
  return (c.options ?? []).map((o) => o.label).join(', ');
}

type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

function decodeCell(c: ColumnSpec, cell: Cell | undefined): Decoded {
  const raw = text(cell);
  if (raw === '' && !(c.type === 'bool' && typeof cell === 'boolean')) {
    if (c.required) return { ok: false, message: 'không được để trống.' };
    if (c.empty !== undefined) return { ok: true, value: null };
    if (c.type === 'text' || c.type === 'email' || c.type === 'json')
      return { ok: true, value: '' };
    if (c.type === 'bool') return { ok: true, value: false };
    if (c.type === 'list') return { ok: true, value: [] };
    return { ok: true, value: null };
  }
  switch (c.type) {
    case 'text':
    case 'json':
      return { ok: true, value: c.type === 'json' ? String(cell) : raw };
    case 'email':
      return isEmail(raw)
        ? { ok: true, value: raw.toLowerCase() }
        : { ok: false, message: `«${raw}» không phải địa chỉ email.` };
    case 'int':
    case 'number': {
      const n = numberOf(cell);
      if (n === null || (c.type === 'int' && !Number.isInteger(n)))
        return {
          ok: false,
          message: `«${raw}» không phải ${c.type === 'int' ? 'số nguyên' : 'số'}.`,
        };
      if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max))
        return { ok: false, message: `${raw} nằm ngoài khoảng ${c.min ?? '…'}–${c.max ?? '…'}.` };
      return { ok: true, value: n };
    }
    case 'bool': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const k = foldKey(raw);
      if (['co', 'x', 'true', '1', 'yes'].includes(k)) return { ok: true, value: true };
      if (['khong', 'false', '0', 'no'].includes(k)) return { ok: true, value: false };
      return { ok: false, message: `«${raw}» không phải Có/Không.` };
    }
    case 'date': {
      const d = parseDate(cell);
      return d
        ? { ok: true, value: d }
        : { ok: false, message: `«${raw}» không phải ngày hợp lệ (dd/mm/yyyy).` };
    }
    case 'localtime':
    case 'iso': {
      const d = parseDateTime(cell);
      return d
        ? { ok: true, value: d }
        : { ok: false, message: `«${raw}» không phải thời điểm hợp lệ (dd/mm/yyyy HH:mm).` };
    }
    case 'enum': {
      const v = optionOf(c, raw);
      return v !== null
        ? { ok: true, value: v }
        : { ok: false, message: `«${raw}» không thuộc: ${labelsOf(c)}.` };
    }
    case 'list': {
      const parts = raw
        .split(/[,;]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      if (!c.options) return { ok: true, value: parts };
      const out: string[] = [];
      for (const p of parts) {
        const v = optionOf(c, p);
        if (v === null) return { ok: false, message: `«${p}» không thuộc: ${labelsOf(c)}.` };
        out.push(v);
      }
      return { ok: true, value: out };
    }
  }
}

export interface DecodedRows<T> {
  items: T[];
  /** Sheet row (1-based) of each item. */
  rows: number[];
  problems: Problem[];
}

/** Decodes a whole tab (header in the first row); fully empty rows are skipped. */
export function decodeTab<T>(
  spec: TabSpec<T>,
  values: readonly (readonly Cell[])[],
): DecodedRows<T> {
  const out: DecodedRows<T> = { items: [], rows: [], problems: [] };
  if (values.length === 0) {
    out.problems.push(problem(spec.name, null, null, 'trang tính trống, thiếu dòng tiêu đề.'));
    return out;
  }
  const { index, problems } = locateColumns(spec, values[0] ?? []);
  out.problems.push(...problems);
  if (problems.length > 0) return out;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((c) => text(c) === '')) continue;
    const obj: Record<string, unknown> = {};
    let ok = true;
    for (const c of spec.columns) {
      const i = index.get(c.key);
      const d = decodeCell(c, i === undefined ? null : row[i]);
      if (!d.ok) {
        out.problems.push(problem(spec.name, r + 1, c.header, d.message));
        ok = false;
      } else if (!(d.value === null && c.empty === 'omit')) obj[c.key] = d.value;
    }
    if (ok) {
      out.items.push(obj as T);
      out.rows.push(r + 1);
    }
  }
  return out;
}

function encodeCell(c: ColumnSpec, v: unknown): Cell {
  if (v === null || v === undefined) return c.type === 'bool' ? false : '';
  switch (c.type) {
    case 'int':
    case 'number':
      return typeof v === 'number' ? v : String(v);
    case 'bool':
      return v === true;
    case 'date':
      return displayDate(String(v));
    case 'localtime':
      return displayDateTime(String(v));
    case 'enum':
      return (c.options ?? []).find((o) => o.value === v)?.label ?? String(v);
    case 'list': {
      const arr = Array.isArray(v) ? (v as unknown[]) : [v];
      return arr
        .map((x) => (c.options ?? []).find((o) => o.value === x)?.label ?? String(x))
        .join(', ');
    }
    default:
      return String(v);
  }
}

/** One object → one row, in the spec's column order. */
export function encodeRow<T>(spec: TabSpec<T>, obj: T): Cell[] {
  const rec = obj as unknown as Record<string, unknown>;
  return spec.columns.map((c) => encodeCell(c, rec[c.key]));
}

/** Header row + rows, ready for one values write. */
export function encodeTab<T>(spec: TabSpec<T>, items: readonly T[]): Cell[][] {
  return [headersOf(spec), ...items.map((o) => encodeRow(spec, o))];
}
