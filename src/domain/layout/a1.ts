// A1 notation helpers: column letters and quoted sheet names (Sheets API A1 rules).

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new Error(`columnLetter: bad column ${col}`);
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`columnNumber: bad letters ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

/** Sheet names are always quoted, with inner quotes doubled: `'Điểm danh'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function a1Cell(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(col)}${row}`;
}

export function a1Range(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}`;
}
