// Lays a DocumentSpec out into pages of drawing operations (pure: only needs a Measurer), then
// adds the page numbers and the corrections footers once the page count is known.
import { Flow, FOOTER_SIZE } from './flow';
import * as msg from './messages';
import { baseline, MARGIN, type PageLayout } from './page';
import type { Block, DocumentSpec, SignaturesBlock, TextBlock } from './spec';
import { layoutTable, TableLayout } from './table';
import { lineHeight, wrapText, type Measurer } from './text';

const SIGNATURE_SPACE = 48;

function textLines(flow: Flow, b: TextBlock): string[] {
  return wrapText(
    b.text,
    flow.width - (b.indent ?? 0),
    b.size ?? 10,
    b.bold ?? false,
    flow.measure,
  );
}

function textHeight(flow: Flow, b: TextBlock): number {
  const size = b.size ?? 10;
  return textLines(flow, b).length * lineHeight(size) + (b.spaceAfter ?? size / 3);
}

function signaturesHeight(b: SignaturesBlock): number {
  const lines = (b.placeDate ? 1 : 0) + 2;
  return lines * lineHeight(10) + (b.space ?? SIGNATURE_SPACE) + lineHeight(10) + 6;
}

/** Height a block takes when laid out whole (tables: header plus all rows). */
function blockHeight(flow: Flow, b: Block): number {
  switch (b.kind) {
    case 'text':
      return textHeight(flow, b);
    case 'spacer':
      return b.height;
    case 'pageBreak':
      return 0;
    case 'signatures':
      return signaturesHeight(b);
    case 'keep':
      return b.blocks.reduce((s, inner) => s + blockHeight(flow, inner), 0);
    case 'table': {
      const t = new TableLayout(b, flow.left, flow.width, flow.measure);
      return t.headerHeight + b.rows.reduce((s, r) => s + t.rowHeight(r), 0);
    }
  }
}

function centeredText(
  flow: Flow,
  text: string,
  cx: number,
  y: number,
  size: number,
  bold: boolean,
) {
  const w = flow.measure.width(text, size, bold);
  flow.page.ops.push({ kind: 'text', x: cx - w / 2, y: baseline(y, size), text, size, bold });
}

function layoutText(flow: Flow, b: TextBlock): void {
  const size = b.size ?? 10;
  const bold = b.bold ?? false;
  const lh = lineHeight(size);
  for (const line of textLines(flow, b)) {
    flow.ensure(lh);
    const w = flow.measure.width(line, size, bold);
    const left = flow.left + (b.indent ?? 0);
    const avail = flow.width - (b.indent ?? 0);
    const x =
      b.align === 'center' ? left + (avail - w) / 2 : b.align === 'right' ? left + avail - w : left;
    flow.page.ops.push({ kind: 'text', x, y: baseline(flow.y, size), text: line, size, bold });
    flow.y += lh;
  }
  flow.y += b.spaceAfter ?? size / 3;
}

function layoutSignatures(flow: Flow, b: SignaturesBlock): void {
  flow.ensure(signaturesHeight(b));
  const lh = lineHeight(10);
  const colW = flow.width / Math.max(1, b.items.length);
  if (b.placeDate) {
    const cx = flow.left + colW * (b.items.length - 1) + colW / 2;
    centeredText(flow, b.placeDate, cx, flow.y, 10, false);
    flow.y += lh;
  }
  const top = flow.y;
  b.items.forEach((item, i) => {
    const cx = flow.left + colW * i + colW / 2;
    let y = top;
    centeredText(flow, item.title, cx, y, 10, true);
    y += lh;
    if (item.note) centeredText(flow, item.note, cx, y, 9, false);
    y += lh + (b.space ?? SIGNATURE_SPACE);
    if (item.name) centeredText(flow, item.name, cx, y, 10, true);
  });
  flow.y = top + 2 * lh + (b.space ?? SIGNATURE_SPACE) + lh + 6;
}

function layoutBlock(flow: Flow, b: Block): void {
  switch (b.kind) {
    case 'text':
      return layoutText(flow, b);
    case 'spacer':
      flow.y = Math.min(flow.y + b.height, flow.bottom);
      return;
    case 'pageBreak':
      if (!flow.atTop) flow.newPage();
      return;
    case 'signatures':
      return layoutSignatures(flow, b);
    case 'table':
      return layoutTable(flow, b);
    case 'keep':
      flow.ensure(blockHeight(flow, b));
      for (const inner of b.blocks) layoutBlock(flow, inner);
      return;
  }
}

function addFooters(pages: PageLayout[], m: Measurer): void {
  const total = pages.length;
  const lh = lineHeight(FOOTER_SIZE);
  pages.forEach((p, i) => {
    const bottomLine = p.height - MARGIN - lh;
    if (!p.noPageNumber) {
      const text = msg.pageNumber(i + 1, total);
      const w = m.width(text, FOOTER_SIZE, false);
      p.ops.push({
        kind: 'text',
        x: (p.width - w) / 2,
        y: baseline(bottomLine, FOOTER_SIZE),
        text,
        size: FOOTER_SIZE,
        bold: false,
      });
    }
    if (p.correctionsFooter) {
      const text = msg.correctionsFooter(p.corrections);
      p.ops.push({
        kind: 'text',
        x: MARGIN,
        y: baseline(bottomLine - lh, FOOTER_SIZE),
        text,
        size: FOOTER_SIZE,
        bold: false,
      });
    }
  });
}

/** The pages of a document, ready to paint. */
export function layoutDocument(doc: DocumentSpec, m: Measurer): PageLayout[] {
  const flow = new Flow(m);
  doc.sections.forEach((section, i) => {
    flow.startSection(section, i);
    for (const b of section.blocks) layoutBlock(flow, b);
  });
  addFooters(flow.pages, m);
  return flow.pages;
}
