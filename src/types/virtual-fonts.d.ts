// Types of build-time modules: `virtual:fonts` (scripts/fonts.ts, the subset DejaVu Serif as
// base64) and the untyped `subset-font` package used to make it.
declare module 'virtual:fonts' {
  export const serifRegular: string;
  export const serifBold: string;
}

declare module 'subset-font' {
  function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' },
  ): Promise<Uint8Array>;
  export default subsetFont;
}
