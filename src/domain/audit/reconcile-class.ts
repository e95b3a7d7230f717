// One class workbook's reconciliation (pure): observe → structure guard → diff → attribution.
// Produces the audit drafts (cells, then structure findings), the findings to alert the
// principal about, and the state to keep for next time.
import { blocksOf } from '../layout/blocks';
import type { Block, ClassLayout } from '../layout/types';
import { type AttributionContext, attribute, type Editors } from './attribution';
import { type CellChange, reconcile } from './diff';
import type { AuditDraft } from './entry';
import { isoUtcMs } from './entry';
import { structureMessage } from './messages';
import type { EditNote } from './notes';
import { cellAt, observe, placeKey, type WorkbookValues } from './observe';
import type { ReconciledState } from './state';
import { type StructureFinding, structureFindings } from './structure';

export interface ClassReconcileInput {
  layout: ClassLayout;
  prev: ReconciledState;
  values: WorkbookValues;
  /** Edit notes of this workbook. */
  notes: readonly EditNote[];
  /** Who could edit a block of this class at epoch ms (permissions' whoCouldEdit). */
  editorsAt: (block: Block, at: number) => Editors;
  now: number;
  sourceModified: string | null;
}

export interface ClassReconcileResult {
  drafts: AuditDraft[];
  findings: StructureFinding[];
  changes: CellChange[];
  next: ReconciledState;
}

const finders = new WeakMap<ClassLayout, (sheet: string, col: number) => Block | null>();

/** The protection block holding a data cell, by tab and column. */
export function blockFinder(layout: ClassLayout): (sheet: string, col: number) => Block | null {
  const cached = finders.get(layout);
  if (cached) return cached;
  const byCell = new Map<string, Block>();
  for (const b of blocksOf(layout)) {
    if (b.rows.from < layout.firstStudentRow) continue;
    for (let c = b.cols.from; c <= b.cols.to; c++) byCell.set(`${b.sheet}!${c}`, b);
  }
  const find = (sheet: string, col: number) => byCell.get(`${sheet}!${col}`) ?? null;
  finders.set(layout, find);
  return find;
}

export function structureDraft(layout: ClassLayout, f: StructureFinding, at: string): AuditDraft {
  return {
    at,
    kind: 'structure',
    basis: 'system',
    actor: null,
    classId: layout.classId,
    field: f.kind,
    cell: null,
    old: f.old,
    new: f.new,
    reason: structureMessage(layout.className, f),
  };
}

export function reconcileClass(input: ClassReconcileInput): ClassReconcileResult {
  const { layout, prev, now } = input;
  const at = isoUtcMs(now);
  const obs = observe(layout, input.values);
  const findings = structureFindings(layout, prev, obs);
  const { changes, next } = reconcile(layout, prev, obs, at, input.sourceModified);
  const blockOf = blockFinder(layout);
  const ctx: AttributionContext = {
    notes: input.notes,
    since: Date.parse(prev.at),
    now,
    editorsAt: (change, t) => {
      const block = blockOf(change.place.sheet, change.place.col);
      return block ? input.editorsAt(block, t) : { teachers: [], admins: [] };
    },
  };
  const drafts = changes.flatMap((c) => attribute(c, ctx));
  // Cells with notes but no net change: a delete-and-re-enter is still on the record.
  const changed = new Set(changes.map((c) => placeKey(c.studentId, c.refKey)));
  const singles = input.notes.filter((n) => n.rowEnd === n.row && n.colEnd === n.col);
  const done = new Set<string>();
  for (const n of singles) {
    const hit = cellAt(layout, obs, n.sheet, n.row, n.col);
    if (!hit) continue;
    const key = placeKey(hit.studentId, hit.key);
    if (changed.has(key) || done.has(key)) continue;
    done.add(key);
    const v = next.values[hit.studentId]?.[hit.key] ?? '';
    drafts.push(
      ...attribute(
        {
          classId: layout.classId,
          studentId: hit.studentId,
          ref: hit.place.ref,
          refKey: hit.key,
          place: hit.place,
          old: v,
          new: v,
        },
        ctx,
      ),
    );
  }
  drafts.push(...findings.map((f) => structureDraft(layout, f, at)));
  return { drafts, findings, changes, next };
}
