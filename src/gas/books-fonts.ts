// The subset DejaVu Serif faces embedded in the bundle (virtual:fonts, made by scripts/fonts.ts),
// decoded once per execution; and a one-page probe the bundle test renders in a bare V8 context.
import { serifBold, serifRegular } from 'virtual:fonts';
import { decodeBase64, renderDocument, type FontSet } from '../render';

let decoded: FontSet | null = null;

export function bundledFonts(): FontSet {
  decoded ??= { regular: decodeBase64(serifRegular), bold: decodeBase64(serifBold) };
  return decoded;
}

/** A one-page PDF of the given lines (the first in bold): checks pdf-lib, fontkit and the fonts. */
export function renderBooksProbe(lines: string[]): Promise<Uint8Array> {
  return renderDocument(
    {
      title: lines[0] ?? '',
      createdAt: '2026-01-01T00:00:00Z',
      sections: [
        {
          orientation: 'portrait',
          blocks: lines.map((text, i) => ({ kind: 'text', text, bold: i === 0, size: 12 })),
        },
      ],
    },
    bundledFonts(),
  );
}
