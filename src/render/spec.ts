// The document description the layout layer prints: plain data (sections of blocks, tables with
// spanning headers), produced by the book models and turned into pages by layout.ts.

export type Orientation = 'portrait' | 'landscape';
export type Align = 'left' | 'center' | 'right';

export interface TextBlock {
  kind: 'text';
  text: string;
  size?: number;
  bold?: boolean;
  align?: Align;
  /** Space kept below the text, in points (default a third of a line). */
  spaceAfter?: number;
  /** Left indent in points. */
  indent?: number;
}

export interface SpacerBlock {
  kind: 'spacer';
  height: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** Blocks printed together on one page (moved whole to the next page if they do not fit). */
export interface KeepTogetherBlock {
  kind: 'keep';
  blocks: Block[];
}

export interface Signature {
  /** e.g. "GIÁO VIÊN CHỦ NHIỆM" */
  title: string;
  /** e.g. "(Ký, ghi rõ họ tên)" */
  note?: string;
  /** Printed under the signing space. */
  name?: string;
}

export interface SignaturesBlock {
  kind: 'signatures';
  /** A line above the signatures on the right, e.g. "…, ngày … tháng … năm …". */
  placeDate?: string;
  items: Signature[];
  /** Height left blank for the signatures (default 48 pt). */
  space?: number;
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** A body cell: its text, and for a corrected value the old text printed struck through. */
export interface CellSpec {
  text: string;
  /** The value before a correction after the deadline: printed struck through before `text`. */
  old?: string;
  /** Groups corrections in the page footer (the subject's name). */
  tag?: string;
  align?: Align;
  bold?: boolean;
}

export type Cell = string | CellSpec;

export interface Row {
  cells: Cell[];
  bold?: boolean;
  /** A row drawn with a grey background (e.g. a totals row). */
  shaded?: boolean;
}

export interface Column {
  /** Relative width; the columns share the table's width in these proportions. */
  width: number;
  align?: Align;
  /** Shades the whole column (e.g. a Sunday in the attendance table). */
  shaded?: boolean;
}

export interface TableBlock {
  kind: 'table';
  columns: Column[];
  /** Header rows, repeated at the top of every page the table runs onto. */
  header: HeaderCell[][];
  rows: Row[];
  fontSize?: number;
  headerFontSize?: number;
  /** Minimum body row height in points. */
  minRowHeight?: number;
  /** Horizontal cell padding in points (default 2.5; narrow day columns use less). */
  padX?: number;
}

export type Block =
  TextBlock | SpacerBlock | PageBreakBlock | KeepTogetherBlock | SignaturesBlock | TableBlock;

export interface Section {
  orientation: Orientation;
  blocks: Block[];
  /** Printed small at the top of every page of the section (e.g. "Lớp 10A1 – Năm học 2025-2026"). */
  runningHeader?: string;
  /** Pages of the section end with the count of corrected values on the page, per tag. */
  correctionsFooter?: boolean;
  /** A double border around each page (covers). */
  frame?: boolean;
  /** No page number on the section's pages (covers). */
  noPageNumber?: boolean;
}

export interface DocumentSpec {
  title: string;
  author?: string;
  subject?: string;
  /** ISO time stamped into the PDF's metadata, so the same input gives the same file. */
  createdAt: string;
  sections: Section[];
}
