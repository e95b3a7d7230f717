// Property tests: the plan never hands a teacher a block outside their assignment, and
// syncing converges: diff(plan, apply(diff(plan, s))) = ∅ for any starting state s.
import fc from 'fast-check';
import {
  applyProtectionRequests,
  diffProtections,
  entitledAt,
  planWorkbook,
  type PermissionFacts,
  type ProtectedRange,
} from '../../../src/domain/permissions';
import type { EntryWindow } from '../../../src/domain/windows';
import { BLOCKS, CLASSES, CLERK, PRINCIPAL, SYSTEM, T, iso } from './fixture';

const teachers = ['a@x.vn', 'b@x.vn', 'c@x.vn', 'd@x.vn'];
const groups = ['regular', 'midterm', 'final', 'conduct', 'attendance'] as const;

const windowArb: fc.Arbitrary<EntryWindow> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    term: fc.constantFrom(1 as const, 2 as const),
    group: fc.constantFrom(...groups),
    s: fc.integer({ min: 0, max: 40 }),
    len: fc.integer({ min: 1, max: 40 }),
    grades: fc.option(fc.subarray([10, 11], { minLength: 1 })),
    reopen: fc.option(
      fc.record({
        teacher: fc.option(fc.constantFrom(...teachers)),
        classId: fc.constantFrom('10A1', '10A2', '11B1'),
        s: fc.integer({ min: 0, max: 80 }),
        len: fc.integer({ min: 1, max: 20 }),
      }),
    ),
  })
  .map((r) => ({
    id: r.id,
    term: r.term,
    group: r.group,
    start: iso(r.s),
    end: iso(r.s + r.len),
    scope: r.grades ? { kind: 'grades' as const, grades: r.grades } : { kind: 'school' as const },
    reopenings: r.reopen
      ? [
          {
            id: 'r',
            classId: r.reopen.teacher ? null : r.reopen.classId,
            teacher: r.reopen.teacher,
            subjectId: null,
            reason: 'lí do',
            start: iso(r.reopen.s),
            end: iso(r.reopen.s + r.reopen.len),
            by: PRINCIPAL,
          },
        ]
      : [],
  }));

const factsArb: fc.Arbitrary<PermissionFacts> = fc
  .record({
    assignments: fc.array(
      fc.record({
        classId: fc.constantFrom('10A1', '10A2', '11B1'),
        subjectId: fc.constantFrom('toan', 'van'),
        teacher: fc.constantFrom(...teachers),
        from: fc.integer({ min: -10, max: 60 }),
        len: fc.option(fc.integer({ min: 1, max: 60 })),
      }),
      { maxLength: 8 },
    ),
    homerooms: fc.array(
      fc.record({
        classId: fc.constantFrom('10A1', '10A2', '11B1'),
        teacher: fc.constantFrom(...teachers),
        from: fc.integer({ min: -10, max: 60 }),
      }),
      { maxLength: 4 },
    ),
    windows: fc.array(windowArb, { maxLength: 5 }),
  })
  .map((r) => ({
    system: SYSTEM,
    admins: [PRINCIPAL, CLERK],
    classes: CLASSES,
    assignments: r.assignments.map((a) => ({
      classId: a.classId,
      subjectId: a.subjectId,
      teacher: a.teacher,
      from: iso(a.from),
      to: a.len === null ? null : iso(a.from + a.len),
    })),
    homerooms: r.homerooms.map((h) => ({ ...h, from: iso(h.from), to: null })),
    windows: r.windows,
  }));

describe('protection plan properties', () => {
  it('never gives a teacher a block outside their assignment at that time', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.constantFrom(...CLASSES),
        fc.integer({ min: -5, max: 100 }),
        (f, cls, h) => {
          const plan = planWorkbook(f, cls, BLOCKS, T(h));
          const staff = new Set([SYSTEM, PRINCIPAL, CLERK]);
          for (const p of plan.protections) {
            const teachersHere = p.editors.filter((e) => !staff.has(e));
            if (p.blockId === null) {
              expect(teachersHere).toEqual([]);
              continue;
            }
            const block = BLOCKS.find((b) => b.id === p.blockId)!;
            const entitled = entitledAt(f, cls.id, block, T(h));
            for (const t of teachersHere) expect(entitled).toContain(t);
            for (const s of staff) expect(p.editors).toContain(s);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  const foreignArb: fc.Arbitrary<ProtectedRange> = fc.record({
    protectedRangeId: fc.integer({ min: 50_000, max: 60_000 }),
    range: fc.oneof(
      fc.record({ sheetId: fc.constantFrom(100, 101, 102), startRowIndex: fc.nat(5) }),
      fc.record({ sheetId: fc.constantFrom(100, 101, 102) }),
    ),
    description: fc.constantFrom('', 'của thầy Hùng', 'sodiem:v1:toan/1/regular', 'sodiem:v1:zzz'),
    warningOnly: fc.boolean(),
    editors: fc.record({ users: fc.subarray([...teachers, PRINCIPAL]) }),
  });

  it('converges: after applying the diff, the next diff is empty', () => {
    const sheets = ['Danh sách', 'Toán', 'Ngữ văn', 'Điểm danh', 'Rèn luyện', 'Tổng hợp'].map(
      (title, i) => ({ sheetId: 100 + i, title }),
    );
    fc.assert(
      fc.property(
        factsArb,
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: -5, max: 100 }),
        fc.array(foreignArb, { maxLength: 6 }),
        fc.boolean(),
        (f, h1, h2, noise, takeOver) => {
          let n = 1;
          const nextId = () => n++;
          const uniq = noise.filter(
            (p, i) => noise.findIndex((q) => q.protectedRangeId === p.protectedRangeId) === i,
          );
          const cls = CLASSES[0]!;
          const start = applyProtectionRequests(
            { sheets, protectedRanges: uniq },
            diffProtections(planWorkbook(f, cls, BLOCKS, T(h1)), {
              sheets,
              protectedRanges: uniq,
            }).requests,
            nextId,
          );
          const plan = planWorkbook(f, cls, BLOCKS, T(h2));
          const d = diffProtections(plan, start, { takeOver });
          const after = applyProtectionRequests(start, d.requests, nextId);
          expect(diffProtections(plan, after, { takeOver }).requests).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
