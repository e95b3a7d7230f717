// A problem found in input, for people: which sheet, row and column, and what is wrong (Vietnamese).

export interface Problem {
  sheet: string;
  /** 1-based sheet row, or null for the whole sheet. */
  row: number | null;
  /** The column's header, or null for the whole row. */
  column: string | null;
  message: string;
}

export function problem(
  sheet: string,
  row: number | null,
  column: string | null,
  message: string,
): Problem {
  return { sheet, row, column, message };
}

/** One line per problem: "Lớp, dòng 5, cột «Khối»: …". */
export function describeProblem(p: Problem): string {
  const where = [p.sheet];
  if (p.row !== null) where.push(`dòng ${p.row}`);
  if (p.column !== null) where.push(`cột «${p.column}»`);
  return `${where.join(', ')}: ${p.message}`;
}
