// SHA256SUMS exactly as GNU `sha256sum` writes it: `<64 lowercase hex><space><space><name>\n` per
// file (text mode), so `sha256sum -c SHA256SUMS` checks a downloaded snapshot folder.

export interface SumLine {
  name: string;
  sha256: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Names sha256sum would escape (backslash, newline, CR) are refused: we never produce them. */
function assertPlainName(name: string): void {
  if (name === '' || /[\\\n\r]/.test(name) || name.includes('/'))
    throw new Error(`SHA256SUMS: file name not allowed: ${JSON.stringify(name)}`);
}

export function formatSums(lines: readonly SumLine[]): string {
  return lines
    .map(({ name, sha256 }) => {
      assertPlainName(name);
      if (!HEX64.test(sha256)) throw new Error(`SHA256SUMS: not a SHA-256 hex digest: ${sha256}`);
      return `${sha256}  ${name}\n`;
    })
    .join('');
}

export interface ParsedSums {
  lines: SumLine[];
  /** 1-based numbers of lines that are not `<hex>  <name>` (or ` *<name>` binary mode). */
  badLines: number[];
}

/** Reads a SHA256SUMS text; accepts text (`  `) and binary (` *`) markers as sha256sum -c does. */
export function parseSums(text: string): ParsedSums {
  const lines: SumLine[] = [];
  const badLines: number[] = [];
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  rows.forEach((row, i) => {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(row.replace(/\r$/, ''));
    if (m) lines.push({ sha256: m[1]!.toLowerCase(), name: m[2]! });
    else badLines.push(i + 1);
  });
  return { lines, badLines };
}
