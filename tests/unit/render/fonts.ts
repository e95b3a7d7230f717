// The subset DejaVu Serif faces for tests (the same bytes the bundle embeds).
import { subsetFonts } from '../../../scripts/fonts';
import type { FontSet } from '../../../src/render/paint';

export async function testFonts(): Promise<FontSet> {
  const f = await subsetFonts();
  return { regular: f.serifRegular, bold: f.serifBold };
}
