// THE property (issue 7), over the pure reconciliation: many users editing many workbooks —
// typed cells, pastes, clears, script/API writes with no event, lost events, withheld identities,
// sorts — interleaved with ticks: replaying the log reproduces every score cell exactly, every
// entry's actor could edit that cell, and the chain verifies.
import fc from 'fast-check';
import { chainDrafts, entryLine, headOf } from '../../../src/domain/audit/chain';
import type { AuditEntry } from '../../../src/domain/audit/entry';
import type { EditNote } from '../../../src/domain/audit/notes';
import { observe, type ScoreValue } from '../../../src/domain/audit/observe';
import { blockFinder, reconcileClass } from '../../../src/domain/audit/reconcile-class';
import { replay, writesScore } from '../../../src/domain/audit/replay';
import { emptyState, type ReconciledState } from '../../../src/domain/audit/state';
import { verifyChain } from '../../../src/domain/audit/verify';
import { nodeDigest } from '../../../scripts/node-digest';
import { ADMINS, dataBlocks, editorsOf, FakeWorkbook, makeLayout } from './workbook-fixture';

const CLASSES = ['10A1', '10A2'];
const layouts = Object.fromEntries(CLASSES.map((c) => [c, makeLayout(c, 6)]));
// A few blocks and columns, so edits often meet the same cells (overwrites, clears, re-entries).
const PICKED = [
  'toan/1/regular',
  'toan/1/midterm',
  'the-duc/2/regular',
  'conduct/1',
  'attendance/m09',
];
const blocks = Object.fromEntries(
  CLASSES.map((c) => [c, dataBlocks(layouts[c]!).filter((b) => PICKED.includes(b.id))]),
);
const STUDENTS = ['HS01', 'HS02', 'HS03'];
const finders = Object.fromEntries(CLASSES.map((c) => [c, blockFinder(layouts[c]!)]));

const value = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
  fc.constantFrom('Đ', 'CĐ', 'P', 'K', ''),
);

const edit = fc.record({
  op: fc.constant('edit' as const),
  cls: fc.constantFrom(...CLASSES),
  block: fc.nat(),
  row: fc.nat({ max: STUDENTS.length - 1 }),
  col: fc.nat(),
  height: fc.integer({ min: 1, max: 3 }),
  width: fc.integer({ min: 1, max: 3 }),
  values: fc.array(value, { minLength: 9, maxLength: 9 }),
  how: fc.constantFrom('type', 'type', 'type', 'paste', 'clear', 'script'),
  byAdmin: fc.boolean(),
  eventKept: fc.double({ min: 0, max: 1, noNaN: true }),
  userShown: fc.boolean(),
});
const sort = fc.record({
  op: fc.constant('sort' as const),
  cls: fc.constantFrom(...CLASSES),
  desc: fc.boolean(),
});
const tick = fc.record({ op: fc.constant('tick' as const) });
const ops = fc.array(
  fc.oneof(
    { arbitrary: edit, weight: 8 },
    { arbitrary: tick, weight: 2 },
    { arbitrary: sort, weight: 1 },
  ),
  {
    maxLength: 40,
  },
);

describe('replaying the audit log reproduces the workbooks (pure reconciliation)', () => {
  it('holds for random edit histories', () => {
    fc.assert(
      fc.property(ops, (history) => {
        let now = Date.UTC(2025, 9, 1, 1, 0, 0);
        const wbs = Object.fromEntries(
          CLASSES.map((c) => [c, new FakeWorkbook(layouts[c]!, STUDENTS)]),
        );
        const states: Record<string, ReconciledState> = {};
        const notes: Record<string, EditNote[]> = Object.fromEntries(CLASSES.map((c) => [c, []]));
        const log: AuditEntry[] = [];
        const tickAll = () => {
          now += 1000;
          for (const c of CLASSES) {
            const layout = layouts[c]!;
            const r = reconcileClass({
              layout,
              prev:
                states[c] ??
                emptyState(c, layout.version, new Date(now - 10 * 86400_000).toISOString()),
              values: wbs[c]!.values(),
              notes: notes[c]!,
              editorsAt: editorsOf,
              now,
              sourceModified: null,
            });
            log.push(...chainDrafts(headOf(log), r.drafts, nodeDigest));
            states[c] = r.next;
            notes[c] = [];
          }
        };
        tickAll();
        for (const step of history) {
          now += 60_000;
          if (step.op === 'tick') tickAll();
          else if (step.op === 'sort') {
            const wb = wbs[step.cls]!;
            for (const tab of layouts[step.cls]!.tabs.filter((t) => t.kind === 'subject'))
              wb.sortRows(
                tab.name,
                (a, b) => String(a[1]).localeCompare(String(b[1])) * (step.desc ? -1 : 1),
              );
          } else {
            const layout = layouts[step.cls]!;
            const list = blocks[step.cls]!;
            const b = list[step.block % list.length]!;
            const wb = wbs[step.cls]!;
            const r0 = layout.firstStudentRow + step.row;
            const c0 = b.cols.from + (step.col % Math.min(2, b.cols.to - b.cols.from + 1));
            const single = step.how === 'type' || step.how === 'script';
            const h = single
              ? 1
              : Math.min(step.height, layout.firstStudentRow + STUDENTS.length - r0);
            const w = single ? 1 : Math.min(step.width, b.cols.to - c0 + 1);
            const user = step.byAdmin ? ADMINS[0]! : (editorsOf(b).teachers[0] ?? ADMINS[0]!);
            const old = wb.get(b.sheet, r0, c0);
            for (let i = 0; i < h; i++)
              for (let j = 0; j < w; j++)
                wb.set(
                  b.sheet,
                  r0 + i,
                  c0 + j,
                  step.how === 'clear' ? '' : step.values[i * 3 + j]!,
                );
            // simple onEdit queues at most two events; script/API writes fire none.
            if (step.how !== 'script' && step.eventKept > 0.2) {
              const isSingle = h === 1 && w === 1;
              const v = wb.get(b.sheet, r0, c0);
              notes[step.cls]!.push({
                docId: step.cls,
                sheet: b.sheet,
                row: r0,
                col: c0,
                rowEnd: r0 + h - 1,
                colEnd: c0 + w - 1,
                at: now,
                user: step.userShown ? user : null,
                source: 'event',
                ...(isSingle
                  ? {
                      value: String(v).replace('.', ','),
                      oldValue: String(old ?? '') as ScoreValue,
                    }
                  : {}),
              });
            }
          }
        }
        tickAll();

        // 1. the chain verifies
        expect(verifyChain(log.map(entryLine), nodeDigest)).toMatchObject({
          ok: true,
          count: log.length,
        });
        // 2. replay = the final workbooks, every score cell
        const book = replay(log);
        for (const c of CLASSES) {
          const actual = observe(layouts[c]!, wbs[c]!.values()).values;
          expect(book[c] ?? {}).toEqual(actual);
        }
        // 3. every actor could edit that cell then
        for (const e of log.filter(writesScore)) {
          const sheet = e.cell!.slice(1, e.cell!.indexOf("'!"));
          const colLetters = /!([A-Z]+)\d+$/.exec(e.cell!)![1]!;
          const col = [...colLetters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          const block = finders[e.classId!]!(sheet, col)!;
          const allowed = [...editorsOf(block).teachers, ...editorsOf(block).admins];
          if (e.actor !== null) expect(allowed).toContain(e.actor);
          else expect(e.reason).toBeTruthy();
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
