// A synchronous XLSX writer (SpreadsheetML, ECMA-376 Part 1): the minimal package of workbook,
// sheets, styles and relationships, zipped with emulator/runtime/zip. Values only (+ formulas).
import { fieldsIn } from '../runtime/format-date';
import { writeZip } from '../runtime/zip';
import type { CellModel, SpreadsheetModel } from '../sheets/model';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function xmlEscape(text: string): string {
  return (
    text
      // XML 1.0 forbids C0 controls other than tab, LF and CR.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel serial day number of a Date as the wall clock shows it in the spreadsheet's time zone. */
export function excelSerial(date: Date, timeZone: string): number {
  const f = fieldsIn(date, timeZone);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms);
  return (wall - Date.UTC(1899, 11, 30)) / 86400000;
}

function cellXml(ref: string, cell: CellModel, timeZone: string): string {
  const v = cell.value;
  const formula = cell.formula ? `<f>${xmlEscape(cell.formula.replace(/^=/, ''))}</f>` : '';
  if (typeof v === 'number') return `<c r="${ref}">${formula}<v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b">${formula}<v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = excelSerial(v, timeZone);
    const style = Number.isInteger(serial) ? 1 : 2;
    return `<c r="${ref}" s="${style}">${formula}<v>${serial}</v></c>`;
  }
  if (v === '' && !formula) return '';
  if (formula) return `<c r="${ref}" t="str">${formula}<v>${xmlEscape(String(v))}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(String(v))}</t></is></c>`;
}

function sheetXml(cells: Map<string, CellModel>, timeZone: string, frozenRows: number): string {
  const rows = new Map<number, Array<[number, CellModel]>>();
  for (const [k, cell] of cells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    let row = rows.get(r);
    if (!row) rows.set(r, (row = []));
    row.push([c, cell]);
  }
  const body = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const row = (rows.get(r) ?? []).sort((a, b) => a[0] - b[0]);
      const xml = row
        .map(([c, cell]) => cellXml(`${columnLetters(c)}${r + 1}`, cell, timeZone))
        .join('');
      return xml ? `<row r="${r + 1}">${xml}</row>` : '';
    })
    .join('');
  const pane =
    frozenRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${pane}<sheetData>${body}</sheetData></worksheet>`;
}

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

/** The workbook as XLSX bytes: one worksheet per tab, in tab order, hidden tabs marked hidden. */
export function xlsxFromModel(model: SpreadsheetModel, modifiedMs?: number): Uint8Array {
  const sheets = model.sheets;
  const entry = (name: string, text: string) => ({
    name,
    data: new Uint8Array(Buffer.from(text, 'utf8')),
  });
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const contentTypes =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${overrides}</Types>`;
  const rootRels = `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${xmlEscape(s.title)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const workbookRels =
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  return writeZip(
    [
      entry('[Content_Types].xml', contentTypes),
      entry('_rels/.rels', rootRels),
      entry('xl/workbook.xml', workbook),
      entry('xl/_rels/workbook.xml.rels', workbookRels),
      entry('xl/styles.xml', STYLES),
      ...sheets.map((s, i) =>
        entry(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.cells, model.timeZone, s.frozenRows)),
      ),
    ],
    modifiedMs,
  );
}
