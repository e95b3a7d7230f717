// Paints laid-out pages into a PDF with pdf-lib: the two faces of DejaVu Serif embedded as
// subsets, each page one content stream written directly (pdf-lib's drawText/drawRectangle cost
// ~10× more per operation), then saved. Runs unchanged in Node and in Apps Script V8.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, type PDFFont } from 'pdf-lib';
import { layoutDocument } from './layout';
import type { PageLayout } from './page';
import type { DocumentSpec } from './spec';
import { cachedMeasurer, type Measurer } from './text';

/** TrueType bytes of the two faces (scripts/fonts.ts makes them; the bundle embeds them). */
export interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** PDF number: at most two decimals, no exponent. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

interface Face {
  key: string;
  font: PDFFont;
  encoded: Map<string, string>;
}

function encode(face: Face, text: string): string {
  let hex = face.encoded.get(text);
  if (hex === undefined) {
    hex = face.font.encodeText(text).toString();
    face.encoded.set(text, hex);
  }
  return hex;
}

/** The page's content stream: fills first (so they never cover text), then lines and text. */
export function pageContent(p: PageLayout, regular: Face, bold: Face): string {
  const out: string[] = [];
  const fy = (y: number) => num(p.height - y);
  for (const op of p.ops)
    if (op.kind === 'rect' && op.fill !== undefined)
      out.push(`${num(op.fill)} g ${num(op.x)} ${fy(op.y + op.h)} ${num(op.w)} ${num(op.h)} re f`);
  out.push('0 g 0 G');
  for (const op of p.ops) {
    if (op.kind === 'text') {
      if (op.text === '') continue;
      const face = op.bold ? bold : regular;
      out.push(
        `BT /${face.key} ${num(op.size)} Tf ${num(op.x)} ${fy(op.y)} Td ${encode(face, op.text)} Tj ET`,
      );
    } else if (op.kind === 'line') {
      out.push(`${num(op.width)} w ${num(op.x1)} ${fy(op.y1)} m ${num(op.x2)} ${fy(op.y2)} l S`);
    } else if (op.stroke !== undefined) {
      out.push(
        `${num(op.stroke)} w ${num(op.x)} ${fy(op.y + op.h)} ${num(op.w)} ${num(op.h)} re S`,
      );
    }
  }
  return out.join('\n');
}

/** Renders a document description to PDF bytes. Text is normalised to NFC first. */
export async function renderDocument(spec: DocumentSpec, fonts: FontSet): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Fixed subset tags keep the output identical for identical input.
  const regular = await doc.embedFont(fonts.regular, {
    subset: true,
    customName: 'SODIEA+DejaVuSerif',
  });
  const bold = await doc.embedFont(fonts.bold, {
    subset: true,
    customName: 'SODIEB+DejaVuSerif-Bold',
  });
  const measure: Measurer = cachedMeasurer({
    width: (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size),
  });
  const faces = {
    regular: { key: 'F1', font: regular, encoded: new Map<string, string>() },
    bold: { key: 'F2', font: bold, encoded: new Map<string, string>() },
  };
  for (const p of layoutDocument(normalise(spec), measure)) {
    const page = doc.addPage([p.width, p.height]);
    page.node.setFontDictionary(PDFName.of('F1'), regular.ref);
    page.node.setFontDictionary(PDFName.of('F2'), bold.ref);
    const stream = doc.context.flateStream(pageContent(p, faces.regular, faces.bold));
    page.node.addContentStream(doc.context.register(stream));
  }
  const created = new Date(spec.createdAt);
  doc.setTitle(spec.title);
  if (spec.author !== undefined) doc.setAuthor(spec.author);
  if (spec.subject !== undefined) doc.setSubject(spec.subject);
  doc.setCreator('Sổ điểm');
  doc.setProducer('Sổ điểm (pdf-lib)');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  // objectsPerTick: Infinity writes in one go, with no setTimeout between chunks.
  return doc.save({ objectsPerTick: Infinity });
}

/** NFC everywhere: the font has the precomposed Vietnamese letters, not combining stacks. */
function normalise(spec: DocumentSpec): DocumentSpec {
  return JSON.parse(JSON.stringify(spec), (_k, v: unknown) =>
    typeof v === 'string' ? v.normalize('NFC') : v,
  ) as DocumentSpec;
}
