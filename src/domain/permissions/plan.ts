// The protection plan of one class workbook: a pure function of the facts and the time. Each
// teacher-edited block gets a range protection (admins + system + whoever may type it now); each
// tab gets a sheet protection for admins only, with the teacher blocks as its holes, so headers,
// names, averages, summary and structure stay admin-only (architecture: entry windows and locking).
import type { Block } from '../layout/types';
import type { ClassRef } from '../windows/types';
import type { PermissionFacts } from './facts';
import { uniqSorted, whoCouldEdit } from './facts';
import type { GridRange } from './sheets-api';

/** Our protections carry this prefix in their description; anything else is not ours. */
export const TAG_PREFIX = 'sodiem:v1:';
export const SHEET_TAG = `${TAG_PREFIX}sheet:`;

export interface PlannedProtection {
  /** The description: `sodiem:v1:<blockId>` or `sodiem:v1:sheet:<tab>`. */
  description: string;
  sheet: string;
  blockId: string | null;
  /** null: the whole sheet. Indices are 0-based, end-exclusive (Sheets API GridRange). */
  rect: Omit<GridRange, 'sheetId'> | null;
  unprotected: Omit<GridRange, 'sheetId'>[];
  /** Lower-case, sorted, unique. */
  editors: string[];
}

export interface WorkbookPlan {
  classId: string;
  at: string;
  protections: PlannedProtection[];
}

export function rectOf(b: Pick<Block, 'rows' | 'cols'>): Omit<GridRange, 'sheetId'> {
  return {
    startRowIndex: b.rows.from - 1,
    endRowIndex: b.rows.to,
    startColumnIndex: b.cols.from - 1,
    endColumnIndex: b.cols.to,
  };
}

function isTeacherBlock(b: Block): boolean {
  return b.editor !== 'admin' && b.group !== null;
}

/** Block ids made unique within the workbook (a layout may split one id into column runs). */
function uniqueIds(blocks: readonly Block[]): string[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    const n = (seen.get(b.id) ?? 0) + 1;
    seen.set(b.id, n);
    return n === 1 ? b.id : `${b.id}#${n}`;
  });
}

export function planWorkbook(
  facts: PermissionFacts,
  cls: ClassRef,
  blocks: readonly Block[],
  at: number,
): WorkbookPlan {
  const staff = uniqSorted([...facts.admins, facts.system]);
  const ids = uniqueIds(blocks);
  const ranges: PlannedProtection[] = [];
  const holes = new Map<string, Omit<GridRange, 'sheetId'>[]>();
  const sheets: string[] = [];
  blocks.forEach((b, i) => {
    if (!sheets.includes(b.sheet)) sheets.push(b.sheet);
    if (!isTeacherBlock(b)) return;
    const rect = rectOf(b);
    holes.set(b.sheet, [...(holes.get(b.sheet) ?? []), rect]);
    const who = whoCouldEdit(facts, cls.id, b, at);
    ranges.push({
      description: `${TAG_PREFIX}${ids[i]}`,
      sheet: b.sheet,
      blockId: ids[i] ?? b.id,
      rect,
      unprotected: [],
      editors: uniqSorted([...staff, ...who.teachers]),
    });
  });
  const sheetLevel: PlannedProtection[] = sheets.map((sheet) => ({
    description: `${SHEET_TAG}${sheet}`,
    sheet,
    blockId: null,
    rect: null,
    unprotected: holes.get(sheet) ?? [],
    editors: staff,
  }));
  return {
    classId: cls.id,
    at: new Date(at).toISOString(),
    protections: [...sheetLevel, ...ranges],
  };
}

/** The blocks a teacher may type in this plan (for tests, the sidebar and reports). */
export function editableBy(plan: WorkbookPlan, email: string): PlannedProtection[] {
  const who = email.toLowerCase();
  return plan.protections.filter((p) => p.blockId !== null && p.editors.includes(who));
}
