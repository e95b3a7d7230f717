// The difference between a workbook's protections and its plan, as Sheets API batchUpdate
// requests (one batch per workbook). Our protections are recognised by their description tag;
// others are reported and left alone unless the admin asked to take them over. A workbook that
// already matches its plan yields no request.
import { uniqSorted } from './facts';
import type { PlannedProtection, WorkbookPlan } from './plan';
import { TAG_PREFIX } from './plan';
import type {
  GridRange,
  ProtectedRange,
  ProtectionRequest,
  SheetRef,
  WorkbookProtections,
} from './sheets-api';
import { isWholeSheet } from './sheets-api';

export interface ForeignProtection {
  protectedRangeId: number;
  sheet: string;
  description: string;
  wholeSheet: boolean;
  editors: string[];
  /** What the sync did with it: left alone, or taken over / removed at the admin's request. */
  action: 'kept' | 'taken-over' | 'removed';
}

export interface ProtectionDiff {
  requests: ProtectionRequest[];
  added: number;
  updated: number;
  deleted: number;
  foreign: ForeignProtection[];
  /** Tabs the plan names that the workbook lacks (the layout must be repaired first). */
  missingSheets: string[];
  /** Tabs whose foreign sheet protection stopped ours being added (takeOver=false). */
  blockedSheets: string[];
}

export interface DiffOptions {
  /** The admin confirmed: adopt foreign sheet protections, delete foreign range protections. */
  takeOver?: boolean;
}

type Rect = Omit<GridRange, 'sheetId'>;

function rectKey(r: GridRange | Rect | undefined | null): string {
  if (!r) return ',,,';
  return [r.startRowIndex, r.endRowIndex, r.startColumnIndex, r.endColumnIndex]
    .map((n) => (n === undefined ? '' : String(n)))
    .join(',');
}

function withSheet(sheetId: number, r: Rect | null): GridRange {
  return r === null ? { sheetId } : { sheetId, ...r };
}

function editorsOf(p: ProtectedRange): string[] {
  return uniqSorted(p.editors?.users ?? []);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The field mask of what differs between an existing protection and its plan ('' = nothing). */
function changedFields(p: ProtectedRange, want: PlannedProtection, sheetId: number): string[] {
  const fields: string[] = [];
  const range = p.range ?? {};
  if (range.sheetId !== sheetId || rectKey(range) !== rectKey(want.rect ?? undefined)) {
    fields.push('range');
  }
  const holes = (p.unprotectedRanges ?? []).map(rectKey).sort();
  if (!sameList(holes, want.unprotected.map(rectKey).sort())) fields.push('unprotectedRanges');
  if (p.warningOnly === true) fields.push('warningOnly');
  const extra = (p.editors?.groups ?? []).length > 0 || p.editors?.domainUsersCanEdit === true;
  // Turning warningOnly off without editors would hand the range to every editor (API doc).
  if (extra || p.warningOnly === true || !sameList(editorsOf(p), want.editors)) {
    fields.push('editors');
  }
  if ((p.description ?? '') !== want.description) fields.push('description');
  return fields;
}

function body(want: PlannedProtection, sheetId: number, id?: number): ProtectedRange {
  const out: ProtectedRange = {
    range: withSheet(sheetId, want.rect),
    description: want.description,
    warningOnly: false,
    editors: { users: want.editors },
  };
  if (want.rect === null)
    out.unprotectedRanges = want.unprotected.map((u) => withSheet(sheetId, u));
  if (id !== undefined) out.protectedRangeId = id;
  return out;
}

function update(
  p: ProtectedRange,
  want: PlannedProtection,
  sheetId: number,
  fields: string[],
): ProtectionRequest {
  const full = body(want, sheetId, p.protectedRangeId);
  if (fields.includes('unprotectedRanges')) full.unprotectedRanges ??= [];
  return { updateProtectedRange: { protectedRange: full, fields: fields.join(',') } };
}

export function isOurs(p: ProtectedRange): boolean {
  return (p.description ?? '').startsWith(TAG_PREFIX);
}

export function diffProtections(
  plan: WorkbookPlan,
  current: WorkbookProtections,
  opts: DiffOptions = {},
): ProtectionDiff {
  const out: ProtectionDiff = {
    requests: [],
    added: 0,
    updated: 0,
    deleted: 0,
    foreign: [],
    missingSheets: [],
    blockedSheets: [],
  };
  const sheetById = new Map<number, SheetRef>(current.sheets.map((s) => [s.sheetId, s]));
  const sheetByTitle = new Map<string, SheetRef>(current.sheets.map((s) => [s.title, s]));
  const deletes: ProtectionRequest[] = [];
  const updates: ProtectionRequest[] = [];
  const adds: ProtectionRequest[] = [];

  const ours = new Map<string, ProtectedRange[]>();
  const foreignWholeSheet = new Map<number, ProtectedRange>();
  for (const p of current.protectedRanges) {
    if (isOurs(p)) {
      const d = p.description ?? '';
      ours.set(d, [...(ours.get(d) ?? []), p]);
      continue;
    }
    const sheetId = p.range?.sheetId ?? -1;
    const whole = isWholeSheet(p.range);
    const f: ForeignProtection = {
      protectedRangeId: p.protectedRangeId ?? -1,
      sheet: sheetById.get(sheetId)?.title ?? `#${sheetId}`,
      description: p.description ?? '',
      wholeSheet: whole,
      editors: editorsOf(p),
      action: 'kept',
    };
    out.foreign.push(f);
    if (whole) foreignWholeSheet.set(sheetId, p);
    else if (opts.takeOver && p.protectedRangeId !== undefined) {
      f.action = 'removed';
      deletes.push({ deleteProtectedRange: { protectedRangeId: p.protectedRangeId } });
    }
  }

  const wanted = new Set<string>();
  for (const want of plan.protections) {
    const sheet = sheetByTitle.get(want.sheet);
    if (!sheet) {
      if (!out.missingSheets.includes(want.sheet)) out.missingSheets.push(want.sheet);
      continue;
    }
    wanted.add(want.description);
    const existing = ours.get(want.description) ?? [];
    const [first, ...dupes] = existing;
    for (const d of dupes) {
      if (d.protectedRangeId !== undefined) {
        deletes.push({ deleteProtectedRange: { protectedRangeId: d.protectedRangeId } });
      }
    }
    if (first) {
      const fields = changedFields(first, want, sheet.sheetId);
      if (fields.length > 0) updates.push(update(first, want, sheet.sheetId, fields));
      continue;
    }
    const foreign = want.rect === null ? foreignWholeSheet.get(sheet.sheetId) : undefined;
    if (foreign) {
      // A tab has one sheet protection: adding ours would fail the whole batch.
      const f = out.foreign.find((x) => x.protectedRangeId === foreign.protectedRangeId);
      if (opts.takeOver && foreign.protectedRangeId !== undefined && f) {
        f.action = 'taken-over';
        const fields = ['range', 'unprotectedRanges', 'warningOnly', 'editors', 'description'];
        updates.push(update(foreign, want, sheet.sheetId, fields));
      } else {
        out.blockedSheets.push(want.sheet);
      }
      continue;
    }
    adds.push({ addProtectedRange: { protectedRange: body(want, sheet.sheetId) } });
  }
  for (const [description, list] of ours) {
    if (wanted.has(description)) continue;
    const stillPlanned = plan.protections.some((p) => p.description === description);
    if (stillPlanned) continue; // its tab is missing: leave it until the layout is repaired
    for (const p of list) {
      if (p.protectedRangeId === undefined) continue;
      deletes.push({ deleteProtectedRange: { protectedRangeId: p.protectedRangeId } });
    }
  }
  out.requests = [...deletes, ...updates, ...adds];
  out.deleted = deletes.length;
  out.updated = updates.length;
  out.added = adds.length;
  return out;
}
