// The values of a class workbook as ONE batch write: headers and student keys for a new workbook;
// on a re-run only joiners' rows, Số TT and leavers' marks (never a score cell).
import type { Cell } from '../control';
import { displayDate } from '../control';
import { a1Range, type ClassLayout, ROSTER_COLUMNS, type TabLayout } from '../layout';
import type { ClassPlan, PlannedRow } from './class-plan';
import { M } from './messages';

export interface ValueRange {
  range: string;
  values: Cell[][];
}

function headerRows(layout: ClassLayout, tab: TabLayout, title: string): Cell[][] {
  const groups: Cell[] = [];
  let prev = '';
  for (const c of tab.columns) {
    groups.push(c.group !== prev ? c.group : '');
    prev = c.group;
  }
  const titleRow: Cell[] = tab.columns.map((_, i) => (i === 0 ? title : ''));
  return [titleRow, groups, tab.columns.map((c) => c.header)].slice(0, layout.headerRows);
}

function statusOf(r: PlannedRow): string {
  const e = r.entry;
  if (!e) return '';
  if (e.leftOn) return M.leftStatus(displayDate(e.leftOn));
  if (e.joinedOn) return M.joinedStatus(displayDate(e.joinedOn));
  return '';
}

function rosterCells(r: PlannedRow): Cell[] {
  const e = r.entry;
  return ROSTER_COLUMNS.map((c) => {
    if (c.field === 'status') return statusOf(r);
    if (!e) return '';
    const v = (e as unknown as Record<string, unknown>)[c.field];
    if (c.kind === 'date') return displayDate(typeof v === 'string' ? v : null);
    return typeof v === 'string' ? v : '';
  });
}

function keyCells(r: PlannedRow): Cell[] {
  return [r.order, r.id, r.entry?.fullName ?? ''];
}

/** Everything a new workbook needs written: per tab, headers and the student key columns. */
export function initialValues(plan: ClassPlan, schoolYear: string): ValueRange[] {
  const { layout } = plan;
  const out: ValueRange[] = [];
  for (const tab of layout.tabs) {
    const title = M.title(tab.kind === 'subject' ? tab.name : tab.name, plan.cls.name, schoolYear);
    const head = headerRows(layout, tab, title);
    out.push({
      range: a1Range(tab.name, 1, 1, layout.headerRows, tab.columns.length),
      values: head,
    });
    const rows = [...plan.rows].sort((a, b) => a.row - b.row);
    if (rows.length === 0) continue;
    const wide = tab.kind === 'roster';
    out.push({
      range: a1Range(
        tab.name,
        rows[0]!.row,
        1,
        rows[rows.length - 1]!.row,
        wide ? tab.columns.length : layout.nameCol,
      ),
      values: rows.map((r) => (wide ? [...keyCells(r), ...rosterCells(r)] : keyCells(r))),
    });
  }
  return out;
}

/** What a workbook row shows now (read back before a re-run). */
export interface ShownRow {
  row: number;
  order: number | null;
  leftOn: string | null;
}

/**
 * A re-run (pass what the workbook shows, to write only what changed): joiners' keys on every tab (and roster details), Số TT for every row on every tab,
 * leavers' dates and status on the roster. Score columns are never in the write.
 */
export function updateValues(
  plan: ClassPlan,
  shown: readonly ShownRow[] | null = null,
): ValueRange[] {
  const { layout } = plan;
  const out: ValueRange[] = [];
  const rows = [...plan.rows].sort((a, b) => a.row - b.row);
  if (rows.length === 0) return out;
  const was = new Map((shown ?? []).map((r) => [r.row, r]));
  const renumber = shown === null || rows.some((r) => r.isNew || was.get(r.row)?.order !== r.order);
  const first = rows[0]!.row;
  const last = rows[rows.length - 1]!.row;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const tab of layout.tabs) {
    const orders: Cell[][] = [];
    for (let row = first; row <= last; row++) orders.push([byRow.get(row)?.order ?? '']);
    if (renumber)
      out.push({
        range: a1Range(tab.name, first, layout.orderCol, last, layout.orderCol),
        values: orders,
      });
    for (const r of rows.filter((x) => x.isNew)) {
      const wide = tab.kind === 'roster';
      out.push({
        range: a1Range(tab.name, r.row, 1, r.row, wide ? tab.columns.length : layout.nameCol),
        values: [wide ? [...keyCells(r), ...rosterCells(r)] : keyCells(r)],
      });
    }
  }
  const roster = layout.tabs.find((t) => t.kind === 'roster');
  const leftCol = roster?.columns.find((c) => c.field === 'leftOn')?.col;
  const statusCol = roster?.columns.find((c) => c.field === 'status')?.col;
  if (roster && leftCol !== undefined && statusCol === leftCol + 1)
    for (const r of rows.filter(
      (x) =>
        !x.isNew &&
        x.entry?.leftOn &&
        (shown === null || was.get(x.row)?.leftOn !== x.entry.leftOn),
    ))
      out.push({
        range: a1Range(roster.name, r.row, leftCol, r.row, statusCol),
        values: [[displayDate(r.entry!.leftOn), statusOf(r)]],
      });
  return out;
}
