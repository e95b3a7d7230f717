// Tables: proportional columns, header rows with column groups (colSpan) and spanning cells
// (rowSpan) repeated on every page, rows as tall as their wrapped text, never split across pages.
import type { Flow } from './flow';
import { baseline, SHADE, type DrawOp } from './page';
import type { Align, Cell, CellSpec, Column, HeaderCell, Row, TableBlock } from './spec';
import { lineHeight, wrapText, type Measurer } from './text';

const DEFAULT_PAD_X = 2.5;
const PAD_Y = 1.5;
const BORDER = 0.5;
const STRIKE_GAP = 3;

interface PlacedHeader {
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  text: string;
}

/** Puts header cells on the grid, skipping slots taken by row spans from above. */
export function placeHeader(header: HeaderCell[][], columnCount: number): PlacedHeader[] {
  const taken = header.map(() => new Array<boolean>(columnCount).fill(false));
  const placed: PlacedHeader[] = [];
  header.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (col < columnCount && taken[row]![col]) col++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = Math.min(cell.rowSpan ?? 1, header.length - row);
      if (col + colSpan > columnCount)
        throw new Error(`table header row ${row}: cell "${cell.text}" overflows the columns`);
      for (let r = row; r < row + rowSpan; r++)
        for (let c = col; c < col + colSpan; c++) taken[r]![c] = true;
      placed.push({ row, col, colSpan, rowSpan, text: cell.text });
      col += colSpan;
    }
  });
  return placed;
}

function spec(cell: Cell | undefined): CellSpec {
  if (cell === undefined) return { text: '' };
  return typeof cell === 'string' ? { text: cell } : cell;
}

interface CellLines {
  lines: string[];
  /** A corrected value: old (struck) and new on one line, or stacked. */
  strike?: { old: string; sameLine: boolean };
}

function cellLines(
  c: CellSpec,
  avail: number,
  size: number,
  bold: boolean,
  m: Measurer,
): CellLines {
  if (c.old === undefined) return { lines: wrapText(c.text, avail, size, bold, m) };
  const both = m.width(c.old, size, bold) + STRIKE_GAP + m.width(c.text, size, bold);
  const sameLine = both <= avail;
  return { lines: sameLine ? [c.text] : [c.old, c.text], strike: { old: c.old, sameLine } };
}

function alignX(align: Align, x: number, w: number, textW: number, pad: number): number {
  if (align === 'center') return x + (w - textW) / 2;
  if (align === 'right') return x + w - pad - textW;
  return x + pad;
}

export class TableLayout {
  private readonly xs: number[];
  private readonly ws: number[];
  private readonly placed: PlacedHeader[];
  private readonly headerHeights: number[];
  private readonly size: number;
  private readonly headerSize: number;
  private readonly padX: number;

  constructor(
    private readonly block: TableBlock,
    private readonly left: number,
    private readonly width: number,
    private readonly m: Measurer,
  ) {
    const total = block.columns.reduce((s, c) => s + c.width, 0);
    this.ws = block.columns.map((c) => (c.width / total) * width);
    this.xs = [];
    let x = left;
    for (const w of this.ws) {
      this.xs.push(x);
      x += w;
    }
    this.padX = block.padX ?? DEFAULT_PAD_X;
    this.size = block.fontSize ?? 9;
    this.headerSize = block.headerFontSize ?? this.size;
    this.placed = placeHeader(block.header, block.columns.length);
    this.headerHeights = this.measureHeader();
  }

  private spanWidth(col: number, span: number): number {
    let w = 0;
    for (let c = col; c < col + span; c++) w += this.ws[c] ?? 0;
    return w;
  }

  private measureHeader(): number[] {
    const lh = lineHeight(this.headerSize);
    const heights = this.block.header.map(() => lh + 2 * PAD_Y);
    const need = (p: PlacedHeader) =>
      wrapText(
        p.text,
        this.spanWidth(p.col, p.colSpan) - 2 * this.padX,
        this.headerSize,
        true,
        this.m,
      ).length *
        lh +
      2 * PAD_Y;
    for (const p of this.placed.filter((q) => q.rowSpan === 1))
      heights[p.row] = Math.max(heights[p.row]!, need(p));
    for (const p of this.placed.filter((q) => q.rowSpan > 1)) {
      const have = heights.slice(p.row, p.row + p.rowSpan).reduce((s, h) => s + h, 0);
      const extra = need(p) - have;
      if (extra > 0) heights[p.row + p.rowSpan - 1]! += extra;
    }
    return heights;
  }

  get headerHeight(): number {
    return this.headerHeights.reduce((s, h) => s + h, 0);
  }

  rowHeight(row: Row): number {
    const lh = lineHeight(this.size);
    let lines = 1;
    row.cells.forEach((cell, i) => {
      const c = spec(cell);
      const w = (this.ws[i] ?? 0) - 2 * this.padX;
      lines = Math.max(
        lines,
        cellLines(c, w, this.size, c.bold ?? row.bold ?? false, this.m).lines.length,
      );
    });
    return Math.max(lines * lh + 2 * PAD_Y, this.block.minRowHeight ?? 0);
  }

  drawHeader(ops: DrawOp[], top: number): number {
    const lh = lineHeight(this.headerSize);
    const rowTops = [top];
    for (const h of this.headerHeights) rowTops.push(rowTops[rowTops.length - 1]! + h);
    for (const p of this.placed) {
      const x = this.xs[p.col]!;
      const w = this.spanWidth(p.col, p.colSpan);
      const y = rowTops[p.row]!;
      const h = rowTops[p.row + p.rowSpan]! - y;
      ops.push({ kind: 'rect', x, y, w, h, fill: SHADE });
      const lines = wrapText(p.text, w - 2 * this.padX, this.headerSize, true, this.m);
      let ty = y + (h - lines.length * lh) / 2;
      for (const line of lines) {
        const tw = this.m.width(line, this.headerSize, true);
        ops.push({
          kind: 'text',
          x: alignX('center', x, w, tw, this.padX),
          y: baseline(ty, this.headerSize),
          text: line,
          size: this.headerSize,
          bold: true,
        });
        ty += lh;
      }
      ops.push({ kind: 'rect', x, y, w, h, stroke: BORDER });
    }
    return rowTops[rowTops.length - 1]! - top;
  }

  /** Draws one body row's fills, text and bottom rule; returns the corrections it printed (by tag). */
  drawRow(ops: DrawOp[], row: Row, top: number, height: number): string[] {
    const lh = lineHeight(this.size);
    const corrected: string[] = [];
    if (row.shaded)
      ops.push({ kind: 'rect', x: this.left, y: top, w: this.width, h: height, fill: SHADE });
    this.block.columns.forEach((col: Column, i) => {
      const c = spec(row.cells[i]);
      const x = this.xs[i]!;
      const w = this.ws[i]!;
      const bold = c.bold ?? row.bold ?? false;
      const align = c.align ?? col.align ?? 'left';
      const laid = cellLines(c, w - 2 * this.padX, this.size, bold, this.m);
      let ty = top + (height - laid.lines.length * lh) / 2;
      const text = (t: string, tx: number, ly: number) =>
        ops.push({
          kind: 'text',
          x: tx,
          y: baseline(ly, this.size),
          text: t,
          size: this.size,
          bold,
        });
      if (laid.strike) {
        const old = laid.strike.old;
        const oldW = this.m.width(old, this.size, bold);
        const newW = this.m.width(c.text, this.size, bold);
        const strike = (sx: number, ly: number) => {
          const sy = baseline(ly, this.size) - this.size * 0.3;
          ops.push({
            kind: 'line',
            x1: sx - 0.5,
            y1: sy,
            x2: sx + oldW + 0.5,
            y2: sy,
            width: 0.8,
            strike: true,
          });
        };
        if (laid.strike.sameLine) {
          const sx = alignX(align, x, w, oldW + STRIKE_GAP + newW, this.padX);
          text(old, sx, ty);
          strike(sx, ty);
          text(c.text, sx + oldW + STRIKE_GAP, ty);
        } else {
          const sx = alignX(align, x, w, oldW, this.padX);
          text(old, sx, ty);
          strike(sx, ty);
          text(c.text, alignX(align, x, w, newW, this.padX), ty + lh);
        }
        corrected.push(c.tag ?? '');
      } else {
        for (const line of laid.lines) {
          text(line, alignX(align, x, w, this.m.width(line, this.size, bold), this.padX), ty);
          ty += lh;
        }
      }
    });
    const bottom = top + height;
    ops.push({
      kind: 'line',
      x1: this.left,
      y1: bottom,
      x2: this.left + this.width,
      y2: bottom,
      width: BORDER,
    });
    return corrected;
  }

  /** Column rules and shaded columns of a run of rows on one page (drawn once, not per cell). */
  drawColumns(ops: DrawOp[], top: number, bottom: number): void {
    if (bottom <= top) return;
    this.block.columns.forEach((col, i) => {
      if (col.shaded)
        ops.push({
          kind: 'rect',
          x: this.xs[i]!,
          y: top,
          w: this.ws[i]!,
          h: bottom - top,
          fill: SHADE,
        });
    });
    for (const x of [...this.xs, this.left + this.width])
      ops.push({ kind: 'line', x1: x, y1: top, x2: x, y2: bottom, width: BORDER });
  }
}

/** Lays the table out down the flow: header first, rows whole, header again on each new page. */
export function layoutTable(flow: Flow, block: TableBlock): void {
  const table = new TableLayout(block, flow.left, flow.width, flow.measure);
  const first = block.rows[0];
  flow.ensure(table.headerHeight + (first ? table.rowHeight(first) : 0));
  flow.y += table.drawHeader(flow.page.ops, flow.y);
  let segmentTop = flow.y;
  for (const row of block.rows) {
    const h = table.rowHeight(row);
    if (h > flow.remaining) {
      table.drawColumns(flow.page.ops, segmentTop, flow.y);
      flow.newPage();
      flow.y += table.drawHeader(flow.page.ops, flow.y);
      segmentTop = flow.y;
    }
    for (const tag of table.drawRow(flow.page.ops, row, flow.y, h)) flow.countCorrection(tag);
    flow.y += h;
  }
  table.drawColumns(flow.page.ops, segmentTop, flow.y);
}
