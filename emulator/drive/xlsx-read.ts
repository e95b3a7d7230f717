// A synchronous XLSX reader (values only) and CSV reader, for converting uploads to Google Sheets
// (Drive.Files.create with mimeType application/vnd.google-apps.spreadsheet).
import { fieldsIn } from '../runtime/format-date';
import { readZip } from '../runtime/zip';
import { parseCsv } from '../runtime/utilities';
import type { CellValue } from '../sheets/model';

export interface ImportedSheet {
  name: string;
  hidden: boolean;
  cells: Array<{ row: number; col: number; value: CellValue; formula?: string }>;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Concatenated <t> texts of a rich or plain string item. */
function texts(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const DATE_BUILTINS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A wall-clock serial in a time zone → the instant (inverse of excelSerial). */
export function dateFromSerial(serial: number, timeZone: string): Date {
  const wall = Math.round(Date.UTC(1899, 11, 30) + serial * 86400000);
  let guess = wall;
  for (let i = 0; i < 2; i += 1)
    guess = wall - fieldsIn(new Date(guess), timeZone).offsetMinutes * 60000;
  return new Date(guess);
}

export function readXlsx(bytes: Uint8Array, timeZone: string): ImportedSheet[] {
  const files = new Map(readZip(bytes).map((e) => [e.name, Buffer.from(e.data).toString('utf8')]));
  const workbook = files.get('xl/workbook.xml');
  if (workbook === undefined) throw new Error('Emulator: not an XLSX file (no xl/workbook.xml)');
  const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const shared = [
    ...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => texts(m[1] ?? ''));
  const styles = files.get('xl/styles.xml') ?? '';
  const customDates = new Set<number>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    const code = (attr(m[0], 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
    if (/[ydhs]/i.test(code)) customDates.add(Number(attr(m[0], 'numFmtId')));
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dateStyles = [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return DATE_BUILTINS.has(id) || customDates.has(id);
  });
  const sheets: ImportedSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attr(m[0], 'name') ?? `Sheet${sheets.length + 1}`);
    const target = targets.get(attr(m[0], 'r:id') ?? '') ?? '';
    const xml = files.get(`xl/${target}`) ?? '';
    const cells: ImportedSheet['cells'] = [];
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = `<c ${c[1] ?? ''}>`;
      const inner = c[2] ?? '';
      const ref = /^([A-Z]+)(\d+)$/.exec(attr(head, 'r') ?? '');
      if (!ref) continue;
      const type = attr(head, 't') ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const f = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(inner)?.[1];
      let value: CellValue | undefined;
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = texts(inner);
      else if (type === 'str') value = unescapeXml(raw ?? '');
      else if (type === 'b') value = raw === '1';
      else if (type === 'e') value = unescapeXml(raw ?? '');
      else if (raw !== undefined) {
        const n = Number(raw);
        value = dateStyles[Number(attr(head, 's') ?? 0)] ? dateFromSerial(n, timeZone) : n;
      }
      if (value === undefined || value === '') continue;
      cells.push({
        row: Number(ref[2]) - 1,
        col: colIndex(ref[1] ?? 'A'),
        value,
        ...(f ? { formula: `=${unescapeXml(f)}` } : {}),
      });
    }
    sheets.push({ name, hidden: attr(m[0], 'state') === 'hidden', cells });
  }
  return sheets;
}

/** CSV → one sheet; numbers in plain notation become numbers (README A-DRIVE-CSV). */
export function readCsv(text: string, name: string): ImportedSheet[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const cells: ImportedSheet['cells'] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === '') return;
      const value = /^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell;
      cells.push({ row: r, col: c, value });
    }),
  );
  return [{ name, hidden: false, cells }];
}
