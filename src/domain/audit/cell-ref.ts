// Parsing the `cell` of an entry (`'Toán'!E7`, `Sheet1!A1`) back into tab, row and column.

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function parseCellRef(a1: string): CellRef | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const col = [...m[3]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet, row: Number(m[4]), col };
}
