// Test helpers for generated PDFs: text and horizontal rules per page (pdfjs-dist, run in a child
// process), `qpdf --check`, and finding a table row's cells by the row's text baseline.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  hlines: { x1: number; x2: number; y: number; width: number }[];
}

export interface PdfText {
  numPages: number;
  pages: PdfPage[];
}

function tempFile(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sodiem-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}

export function extractPdf(bytes: Uint8Array): PdfText {
  const file = tempFile(bytes);
  const out = execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  return JSON.parse(out) as PdfText;
}

/** Runs `qpdf --check`; throws with qpdf's output when the file is not accepted. */
export function qpdfCheck(bytes: Uint8Array): string {
  const file = tempFile(bytes);
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** All text of a page, items joined in reading order (top to bottom, left to right). */
export function pageText(p: PdfPage): string {
  return [...p.items]
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .map((i) => i.str)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Items on the same baseline as `item` (±tolerance). */
export function sameLine(p: PdfPage, y: number, tolerance = 1): PdfItem[] {
  return p.items.filter((i) => Math.abs(i.y - y) <= tolerance).sort((a, b) => a.x - b.x);
}

/** The item of a line that covers the horizontal position `x`. */
export function itemAt(line: PdfItem[], x: number): PdfItem | undefined {
  return line.find((i) => i.x - 0.5 <= x && x <= i.x + i.w + 0.5 && i.str.trim() !== '');
}

/** Strike-through marks: the renderer draws them 0.8 pt thick (table rules are 0.5 pt). */
export function strikes(p: PdfPage): PdfPage['hlines'] {
  return p.hlines.filter((l) => Math.abs(l.width - 0.8) < 0.01);
}
