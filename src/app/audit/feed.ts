// The captured-edit feed the late-edits tick step judges (src/app/tick/late-edits-step.ts):
// every reconciled teacher change with its time (event) or interval (reconciliations around it).
import type { EditFeed } from '../tick/late-edits-step';
import type { CapturedEdit } from '../../domain/permissions';
import { parseCellRef } from '../../domain/audit/cell-ref';
import type { AuditDraft } from '../../domain/audit/entry';
import type { SystemFiles } from './ports';

export const FEED_FILE = 'audit-captured-edits.json';

function load(files: SystemFiles): CapturedEdit[] {
  const text = files.read(FEED_FILE);
  return text ? (JSON.parse(text) as CapturedEdit[]) : [];
}

export function fileEditFeed(files: SystemFiles): EditFeed {
  return {
    pending: () => load(files),
    resolved(ids) {
      const gone = new Set(ids);
      files.write(FEED_FILE, JSON.stringify(load(files).filter((e) => !gone.has(e.id))));
    },
  };
}

const asCell = (v: AuditDraft['old']): CapturedEdit['old'] =>
  v === undefined || v === null || typeof v === 'object' ? '' : v;

/** Captured edits of cell drafts (people's edits, not system writes), seq-less ids. */
export function capturedOf(
  drafts: readonly AuditDraft[],
  since: string,
  now: string,
  idPrefix: string,
): CapturedEdit[] {
  const out: CapturedEdit[] = [];
  drafts.forEach((d, i) => {
    if (d.kind !== 'cell' || !d.classId || !d.cell) return;
    const place = parseCellRef(d.cell);
    if (!place) return;
    const evented = d.basis === 'event' || d.at !== now;
    out.push({
      id: `${idPrefix}-${i}`,
      classId: d.classId,
      ...place,
      at: evented ? d.at : null,
      after: evented ? null : since,
      before: evented ? null : now,
      actor: d.basis === 'event' ? (d.actor ?? null) : null,
      old: asCell(d.old),
      new: asCell(d.new),
    });
  });
  return out;
}

export function pushCaptured(files: SystemFiles, edits: readonly CapturedEdit[]): void {
  if (edits.length === 0) return;
  files.write(FEED_FILE, JSON.stringify([...load(files), ...edits]));
}
