// The PDF layout layer: document descriptions (spec.ts) laid out (layout.ts) and painted with
// pdf-lib and the embedded DejaVu Serif subset (paint.ts).
export type * from './spec';
export { renderDocument, type FontSet } from './paint';
export { layoutDocument } from './layout';
export { decodeBase64 } from './base64';
