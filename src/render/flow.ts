// The page flow: a cursor moving down the pages of a section, starting new pages as needed.
import { baseline, MARGIN, pageSize, type PageLayout } from './page';
import type { Section } from './spec';
import { lineHeight, type Measurer } from './text';

export const FOOTER_SIZE = 8;
export const RUNNING_HEADER_SIZE = 8;

export class Flow {
  readonly pages: PageLayout[] = [];
  /** Current vertical position on the current page. */
  y = 0;
  private sectionIndex = -1;
  private section: Section | null = null;

  constructor(readonly measure: Measurer) {}

  get page(): PageLayout {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error('Flow: no page started');
    return p;
  }

  get left(): number {
    return MARGIN;
  }

  get width(): number {
    return this.page.width - 2 * MARGIN;
  }

  /** Top of the content area (below the running header). */
  get top(): number {
    return MARGIN + (this.section?.runningHeader ? lineHeight(RUNNING_HEADER_SIZE) + 4 : 0);
  }

  /** Bottom of the content area (above the page number and corrections footer). */
  get bottom(): number {
    const p = this.page;
    const lines = 1 + (p.correctionsFooter ? 1 : 0);
    return p.height - MARGIN - lines * lineHeight(FOOTER_SIZE) - 4;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  /** True when nothing has been placed on the current page yet. */
  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  startSection(section: Section, index: number): void {
    this.section = section;
    this.sectionIndex = index;
    this.newPage();
  }

  newPage(): void {
    const section = this.section;
    if (!section) throw new Error('Flow: no section started');
    const { width, height } = pageSize(section.orientation);
    this.pages.push({
      width,
      height,
      orientation: section.orientation,
      sectionIndex: this.sectionIndex,
      ops: [],
      corrections: new Map(),
      correctionsFooter: section.correctionsFooter ?? false,
      noPageNumber: section.noPageNumber ?? false,
    });
    this.y = this.top;
    const page = this.page;
    if (section.frame) {
      page.ops.push({
        kind: 'rect',
        x: MARGIN - 12,
        y: MARGIN - 12,
        w: width - 2 * MARGIN + 24,
        h: height - 2 * MARGIN + 24,
        stroke: 1.5,
      });
      page.ops.push({
        kind: 'rect',
        x: MARGIN - 8,
        y: MARGIN - 8,
        w: width - 2 * MARGIN + 16,
        h: height - 2 * MARGIN + 16,
        stroke: 0.5,
      });
    }
    if (section.runningHeader) {
      const size = RUNNING_HEADER_SIZE;
      page.ops.push({
        kind: 'text',
        x: MARGIN,
        y: baseline(MARGIN, size),
        text: section.runningHeader,
        size,
        bold: false,
      });
      const lineY = MARGIN + lineHeight(size) + 1;
      page.ops.push({
        kind: 'line',
        x1: MARGIN,
        y1: lineY,
        x2: width - MARGIN,
        y2: lineY,
        width: 0.4,
      });
    }
  }

  /** Starts a new page unless `height` still fits (or the page is empty anyway). */
  ensure(height: number): void {
    if (height > this.remaining && !this.atTop) this.newPage();
  }

  countCorrection(tag: string): void {
    const c = this.page.corrections;
    c.set(tag, (c.get(tag) ?? 0) + 1);
  }
}
