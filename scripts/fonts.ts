// Build-time font subsetting: DejaVu Serif Regular and Bold cut down to Latin + Vietnamese, as
// TrueType, for the PDF books (architecture: "Subset the font at build time … and embed it").
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Plugin } from 'esbuild';
import subsetFont from 'subset-font';

const root = path.resolve(__dirname, '..');
const ttfDir = path.join(root, 'node_modules/dejavu-fonts-ttf/ttf');
const cacheDir = path.join(root, 'node_modules/.cache/so-diem-fonts');

function range(from: number, to: number): string {
  let s = '';
  for (let cp = from; cp <= to; cp++) s += String.fromCodePoint(cp);
  return s;
}

/**
 * Every character the books may print: ASCII, Latin-1, Latin Extended-A (Đ đ Ĩ ĩ Ũ ũ),
 * Ơ ơ Ư ư, Latin Extended Additional (the precomposed Vietnamese letters U+1EA0–U+1EF9),
 * the Vietnamese tone marks as combining characters, and typographic punctuation.
 */
export const FONT_CHARACTERS =
  range(0x20, 0x7e) +
  range(0xa0, 0xff) +
  range(0x100, 0x17f) +
  '\u01a0\u01a1\u01af\u01b0' +
  range(0x1ea0, 0x1ef9) +
  '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b' +
  '\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2116\u2192\u2264\u2265\u00d7\u25a1';

export interface FontBytes {
  serifRegular: Uint8Array;
  serifBold: Uint8Array;
}

async function subsetOne(file: string): Promise<Uint8Array> {
  const source = fs.readFileSync(path.join(ttfDir, file));
  const key = crypto
    .createHash('sha256')
    .update(source)
    .update(FONT_CHARACTERS)
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(cacheDir, `${path.basename(file, '.ttf')}-${key}.ttf`);
  if (fs.existsSync(cached)) return new Uint8Array(fs.readFileSync(cached));
  const out = await subsetFont(source, FONT_CHARACTERS, { targetFormat: 'truetype' });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(cached, out);
  return new Uint8Array(out);
}

/** The two subset fonts (cached under node_modules/.cache between runs). */
export async function subsetFonts(): Promise<FontBytes> {
  const [serifRegular, serifBold] = await Promise.all([
    subsetOne('DejaVuSerif.ttf'),
    subsetOne('DejaVuSerif-Bold.ttf'),
  ]);
  return { serifRegular, serifBold };
}

/** Source of the `virtual:fonts` module of the server bundle: the fonts as base64 strings. */
export async function fontModuleSource(): Promise<string> {
  const fonts = await subsetFonts();
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return (
    `export const serifRegular = ${JSON.stringify(b64(fonts.serifRegular))};\n` +
    `export const serifBold = ${JSON.stringify(b64(fonts.serifBold))};\n`
  );
}

if (require.main === module) {
  subsetFonts()
    .then((f) =>
      console.log(
        `DejaVu Serif subset: regular ${f.serifRegular.length} B, bold ${f.serifBold.length} B`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

/**
 * esbuild plugin for the server bundle: resolves `virtual:fonts` to the subset fonts, and takes
 * pdf-lib and fontkit from their minified ESM builds (the bundle is not minified; these two are
 * most of its size).
 */
export function fontsPlugin(root: string): Plugin {
  return {
    name: 'so-diem-fonts',
    setup(b) {
      b.onResolve({ filter: /^virtual:fonts$/ }, () => ({ path: 'fonts', namespace: 'virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, async () => ({
        contents: await fontModuleSource(),
        loader: 'js',
      }));
      b.onResolve({ filter: /^pdf-lib$/ }, () => ({
        path: path.join(root, 'node_modules/pdf-lib/dist/pdf-lib.esm.min.js'),
      }));
      b.onResolve({ filter: /^@pdf-lib\/fontkit$/ }, () => ({
        path: path.join(root, 'node_modules/@pdf-lib/fontkit/dist/fontkit.es.min.js'),
      }));
    },
  };
}
