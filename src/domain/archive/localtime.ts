// Wall-clock time in Việt Nam (Asia/Ho_Chi_Minh, UTC+7 without daylight saving since 1975), the
// time zone of appsscript.json, computed without Intl so it reads the same everywhere.

const OFFSET_MS = 7 * 60 * 60 * 1000;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function vietnamParts(epochMs: number): LocalParts {
  const d = new Date(epochMs + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "2025-10-15 0830": the dated prefix of a snapshot folder. */
export function folderStamp(epochMs: number): string {
  const p = vietnamParts(epochMs);
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}${two(p.minute)}`;
}

/** "20251015-0830": the dated part of a snapshot id. */
export function idStamp(epochMs: number): string {
  const p = vietnamParts(epochMs);
  return `${p.year}${two(p.month)}${two(p.day)}-${two(p.hour)}${two(p.minute)}`;
}

/** "15/10/2025 08:30" for people. */
export function displayTime(epochMs: number): string {
  const p = vietnamParts(epochMs);
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}
