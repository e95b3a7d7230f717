// A1 notation: "E7", "A1:C3", "A:A", "2:5", "A2:C" (open-ended), "'Toán'!E7", "Sheet1" (whole tab,
// Sheets API style), and absolute R1C1 ("R2C3:R4C5"). Rows and columns are 0-based, end exclusive.
export interface A1Parts {
  sheetName: string | null;
  startRow?: number;
  endRow?: number;
  startCol?: number;
  endCol?: number;
}

export function columnToLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'Toán'!E7" into sheet name and cell part; quotes are unescaped ('' → '). */
export function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const text = a1.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    const rest = text.slice(i + 1);
    if (rest === '') return { sheetName: name, ref: '' };
    if (!rest.startsWith('!')) throw new Error(`Bad A1 notation: ${a1}`);
    return { sheetName: name, ref: rest.slice(1) };
  }
  const bang = text.lastIndexOf('!');
  if (bang >= 0) return { sheetName: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { sheetName: null, ref: text };
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;
const R1C1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i;

function parseEnd(token: string): { col?: number; row?: number } | null {
  const m = CELL.exec(token);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return {
    col: m[1] ? lettersToColumn(m[1]) : undefined,
    row: m[2] ? Number(m[2]) - 1 : undefined,
  };
}

/** Parses a range reference; returns null when the text is not A1/R1C1 (e.g. a bare sheet name). */
export function parseRef(ref: string): Omit<A1Parts, 'sheetName'> | null {
  const rc = R1C1.exec(ref);
  if (rc) {
    const r0 = Number(rc[1]) - 1;
    const c0 = Number(rc[2]) - 1;
    const r1 = rc[3] ? Number(rc[3]) : r0 + 1;
    const c1 = rc[4] ? Number(rc[4]) : c0 + 1;
    return { startRow: r0, endRow: r1, startCol: c0, endCol: c1 };
  }
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined) return null;
  const start = parseEnd(a);
  if (!start) return null;
  const end = b === undefined ? start : parseEnd(b);
  if (!end) return null;
  // "A:C" → columns; "2:5" → rows; "A2:C" → from row 2 down.
  const startRow = start.row;
  const startCol = start.col;
  const endRow = end.row === undefined ? undefined : end.row + 1;
  const endCol = end.col === undefined ? undefined : end.col + 1;
  if (b === undefined && (startRow === undefined || startCol === undefined)) return null;
  return {
    startRow: startRow ?? (end.row === undefined ? undefined : 0),
    endRow,
    startCol: startCol ?? (end.col === undefined ? undefined : 0),
    endCol,
  };
}

export function parseA1(a1: string): A1Parts {
  const { sheetName, ref } = splitSheet(a1);
  if (ref === '') return { sheetName: sheetName ?? null };
  const parts = parseRef(ref);
  if (parts) return { sheetName, ...parts };
  // "Sheet1" alone names a whole tab (Sheets API ranges).
  if (sheetName === null) return { sheetName: ref };
  throw new Error(`Bad A1 notation: ${a1}`);
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:C3" for a bounded rectangle (1 cell → "A1"). */
export function toA1(r0: number, c0: number, r1: number, c1: number): string {
  const first = `${columnToLetters(c0)}${r0 + 1}`;
  if (r1 - r0 === 1 && c1 - c0 === 1) return first;
  return `${first}:${columnToLetters(c1 - 1)}${r1}`;
}
