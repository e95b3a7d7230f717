// The correction use cases on exact doubles of their ports: the whole path through the inbox and
// the tick, refusals, inbox limits, and a teacher who is not assigned.
import { MemoryAuditSink } from '../../../src/app/ports/audit-sink';
import { MemoryControlStore } from '../../../src/app/ports/control-store';
import type { AdminCorrectionDeps, ScoreAddress } from '../../../src/app/corrections/ports';
import {
  correctionsStep,
  decideRequest,
  openRequests,
  submitConfirmation,
  submitRequest,
} from '../../../src/app/corrections/service';
import type { CellValue } from '../../../src/domain/corrections/request';
import type { RoleFacts } from '../../../src/domain/roles';
import { MemoryTickState } from '../../../src/app/tick/step';

const T0 = Date.parse('2025-12-20T02:00:00.000Z');
const facts: RoleFacts = {
  system: 'sodiem@truong.edu.vn',
  teachers: [
    { email: 'ht@truong.edu.vn', roles: ['principal'] },
    { email: 'vanthu@truong.edu.vn', roles: ['admin'] },
    { email: 'gv.toan@truong.edu.vn', roles: ['teacher'] },
    { email: 'gvcn@truong.edu.vn', roles: ['teacher'] },
  ],
  homerooms: [
    { classId: '10A1', teacher: 'gvcn@truong.edu.vn', from: '2025-08-01T00:00:00.000Z', to: null },
  ],
  assignments: [
    {
      classId: '10A1',
      subjectId: 'toan',
      teacher: 'gv.toan@truong.edu.vn',
      from: '2025-08-01T00:00:00.000Z',
      to: null,
    },
  ],
};

function world() {
  let now = T0;
  let n = 0;
  const cells = new Map<string, CellValue>([['10A1/HS001/toan/1/final', 7]]);
  const key = (a: ScoreAddress) =>
    `${a.classId}/${a.studentId}/${a.subjectId}/${a.term}/${a.field}${a.index === null ? '' : `/${a.index}`}`;
  const props: Record<string, string> = {};
  const audit = new MemoryAuditSink();
  const deps: AdminCorrectionDeps = {
    inbox: {
      all: () => ({ ...props }),
      set: (k, v) => void (props[k] = v),
      remove: (keys) => keys.forEach((k) => delete props[k]),
    },
    cells: {
      read: (a) => ({ value: cells.get(key(a)) ?? null, cell: "'Toán'!K7" }),
      write: (a, v) => void cells.set(key(a), v),
    },
    roles: () => facts,
    now: () => now,
    newId: () => `SC-${String(++n).padStart(4, '0')}`,
    blockOpen: () => false,
    control: new MemoryControlStore(),
    audit,
    system: () => 'sodiem@t.vn',
  };
  const tick = () =>
    correctionsStep(deps).run({
      now: () => now,
      deadline: now + 60000,
      state: new MemoryTickState(),
    });
  return { deps, audit, cells, props, tick, later: (ms: number) => (now += ms) };
}

const draft = {
  classId: '10A1',
  studentId: 'HS001',
  subjectId: 'toan',
  term: 1 as const,
  field: 'final',
  index: null,
  newValue: '8,5',
  reason: 'Cộng sót điểm câu 3',
  evidence: 'Bài thi mã 0137',
};

it('takes a late correction through request, confirmation, approval and the system write', () => {
  const w = world();
  const { id } = submitRequest(w.deps, 'gv.toan@truong.edu.vn', draft);
  expect(Object.keys(w.props)).toHaveLength(1);
  w.later(60_000);
  w.tick();
  expect(Object.keys(w.props)).toHaveLength(0);
  expect(openRequests(w.deps).map((r) => r.status)).toEqual(['requested']);
  submitConfirmation(w.deps, 'gvcn@truong.edu.vn', id, '10A1');
  w.tick();
  expect(openRequests(w.deps)[0]?.confirmedBy).toBe('gvcn@truong.edu.vn');
  decideRequest(w.deps, 'ht@truong.edu.vn', id, true, '');
  expect(w.cells.get('10A1/HS001/toan/1/final')).toBe(7);
  w.tick();
  expect(w.cells.get('10A1/HS001/toan/1/final')).toBe(8.5);
  expect(openRequests(w.deps)).toEqual([]);
  const applied = w.audit.entries.find(
    (e) => e.kind === 'correction' && e.new === 8.5 && e.old === 7,
  );
  expect(applied).toMatchObject({
    ref: id,
    basis: 'request',
    actor: 'ht@truong.edu.vn',
    cell: "'Toán'!K7",
  });
});

it('refuses a teacher who does not teach the subject, and stores nothing', () => {
  const w = world();
  expect(() => submitRequest(w.deps, 'gvcn@truong.edu.vn', draft)).toThrow(
    'Chỉ giáo viên dạy môn toan lớp 10A1',
  );
  expect(w.props).toEqual({});
});

it('refuses a confirmation by someone who is not the homeroom teacher', () => {
  const w = world();
  const { id } = submitRequest(w.deps, 'gv.toan@truong.edu.vn', draft);
  expect(() => submitConfirmation(w.deps, 'gv.toan@truong.edu.vn', id, '10A1')).toThrow(
    'GVCN lớp 10A1',
  );
});

it('refuses an approval when the cell changed after the request', () => {
  const w = world();
  const { id } = submitRequest(w.deps, 'gv.toan@truong.edu.vn', draft);
  w.tick();
  submitConfirmation(w.deps, 'gvcn@truong.edu.vn', id, '10A1');
  w.tick();
  w.cells.set('10A1/HS001/toan/1/final', 6);
  expect(() => decideRequest(w.deps, 'ht@truong.edu.vn', id, true, '')).toThrow(
    'đã thay đổi từ khi có yêu cầu',
  );
});

it('rejects a bad new value naming the cell', () => {
  const w = world();
  expect(() =>
    submitRequest(w.deps, 'gv.toan@truong.edu.vn', { ...draft, newValue: '11' }),
  ).toThrow('Ô \'Toán\'!K7: điểm "11" không hợp lệ');
});

it('ends the second of two approved requests for one cell as a conflict, once', () => {
  const w = world();
  const a = submitRequest(w.deps, 'gv.toan@truong.edu.vn', draft).id;
  w.later(60_000);
  const b = submitRequest(w.deps, 'gv.toan@truong.edu.vn', { ...draft, newValue: '9' }).id;
  w.tick();
  for (const id of [a, b]) submitConfirmation(w.deps, 'gvcn@truong.edu.vn', id, '10A1');
  w.tick();
  decideRequest(w.deps, 'ht@truong.edu.vn', b, true, '');
  decideRequest(w.deps, 'ht@truong.edu.vn', a, true, '');
  const first = w.tick();
  expect(w.cells.get('10A1/HS001/toan/1/final')).toBe(8.5);
  expect(first.summary.join('\n')).toMatch(new RegExp(`${b}: Ô .* đã thay đổi`));
  expect(openRequests(w.deps)).toEqual([]);
  expect(w.tick().summary).toEqual([]);
});

it('keeps in the inbox the value the teacher saw, so a change before the tick makes it stale', () => {
  const w = world();
  const { id } = submitRequest(w.deps, 'gv.toan@truong.edu.vn', draft);
  expect(JSON.parse(w.props[`inbox:correction:${id}`]!)).toMatchObject({ oldValue: 7 });
  w.cells.set('10A1/HS001/toan/1/final', 6);
  w.tick();
  expect(openRequests(w.deps)[0]?.oldValue).toBe(7);
});
