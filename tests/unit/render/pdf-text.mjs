// Test helper (run as a child process: pdfjs-dist is ESM-only and jest here is CommonJS):
// prints, as JSON, each page's text items (string, x, y, width) and its stroked horizontal
// line segments, read with pdfjs-dist's legacy build. Usage: node pdf-text.mjs FILE.pdf
import * as fs from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const items = content.items
    .filter((i) => 'str' in i && i.str !== '')
    .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], w: i.width }));
  const ops = await page.getOperatorList();
  const hlines = [];
  let lineWidth = 1;
  for (let k = 0; k < ops.fnArray.length; k++) {
    const fn = ops.fnArray[k];
    const args = ops.argsArray[k];
    if (fn === OPS.setLineWidth) lineWidth = args[0];
    if (fn === OPS.constructPath) {
      const minMax = args[2];
      if (minMax && Math.abs(minMax[1] - minMax[3]) < 0.01 && minMax[2] - minMax[0] > 0)
        hlines.push({ x1: minMax[0], x2: minMax[2], y: minMax[1], width: lineWidth });
    }
  }
  const { width, height } = page.getViewport({ scale: 1 });
  pages.push({ width, height, items, hlines });
}
process.stdout.write(JSON.stringify({ numPages: doc.numPages, pages }));
