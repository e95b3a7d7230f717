// Page geometry and the drawing operations a laid-out page is made of (coordinates in points,
// origin at the top-left corner, y growing downwards; paint.ts flips them for PDF).
import type { Orientation } from './spec';

/** A4 in points (ISO 216: 210 × 297 mm). */
export const A4 = { short: 595.28, long: 841.89 };
export const MARGIN = 36;
/** Grey levels (0 black … 1 white). */
export const SHADE = 0.9;

export interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  bold: boolean;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  /** Marks a strike-through over a corrected value. */
  strike?: boolean;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Fill grey level, if filled. */
  fill?: number;
  /** Border width, if stroked. */
  stroke?: number;
}

export type DrawOp = TextOp | LineOp | RectOp;

export interface PageLayout {
  width: number;
  height: number;
  orientation: Orientation;
  sectionIndex: number;
  ops: DrawOp[];
  /** Corrected values printed on this page, by tag (subject), in order of appearance. */
  corrections: Map<string, number>;
  correctionsFooter: boolean;
  noPageNumber: boolean;
}

export function pageSize(orientation: Orientation): { width: number; height: number } {
  return orientation === 'portrait'
    ? { width: A4.short, height: A4.long }
    : { width: A4.long, height: A4.short };
}

/** Baseline of a line of text whose line box starts at `top`. */
export function baseline(top: number, size: number): number {
  return top + size * 0.96;
}
