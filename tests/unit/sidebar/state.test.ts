// The sidebar's view model for each role, from a published directory.
import { buildSidebarState, type SidebarSources } from '../../../src/app/sidebar/state';
import type { Directory } from '../../../src/domain/directory';
import type { CorrectionRequest } from '../../../src/domain/corrections/request';

const req = (over: Partial<CorrectionRequest>): CorrectionRequest => ({
  id: 'SC-1',
  classId: '10A1',
  studentId: 'HS001',
  subjectId: 'toan',
  term: 1,
  field: 'final',
  index: null,
  cell: "'Toán'!K7",
  oldValue: 7,
  newValue: 8.5,
  reason: 'Cộng sót',
  evidence: '',
  requestedBy: 'toan@t.vn',
  requestedAt: '2025-12-20T02:00:00.000Z',
  onBehalfOf: null,
  status: 'requested',
  confirmedBy: null,
  confirmedAt: null,
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
  appliedAt: null,
  ...over,
});

const directory: Directory = {
  v: 1,
  publishedAt: '2025-10-01T00:00:00.000Z',
  schoolYear: '2025-2026',
  system: 'sodiem@t.vn',
  controlId: 'ctl',
  teachers: [
    { email: 'ht@t.vn', name: 'Trần Văn Hiệu', roles: ['principal'] },
    { email: 'toan@t.vn', name: 'Nguyễn Thị Toán', roles: ['teacher'] },
    { email: 'cn@t.vn', name: 'Lê Văn Chủ', roles: ['teacher'] },
  ],
  classes: [
    {
      id: '10A1',
      name: '10A1',
      grade: 10,
      ruleSet: 'TT22',
      workbookId: 'wb1',
      homeroom: 'cn@t.vn',
      subjects: [
        { id: 'toan', name: 'Toán', kind: 'scored', periodsPerYear: 105, regularCount: 4 },
      ],
    },
  ],
  homerooms: [{ classId: '10A1', teacher: 'cn@t.vn', from: '2025-08-01T00:00:00.000Z', to: null }],
  assignments: [
    {
      classId: '10A1',
      subjectId: 'toan',
      teacher: 'toan@t.vn',
      from: '2025-08-01T00:00:00.000Z',
      to: null,
    },
  ],
  windows: [
    {
      id: 'W1',
      term: 1,
      group: 'regular',
      start: '2025-09-05T00:00:00.000Z',
      end: '2025-10-20T10:00:00.000Z',
      scope: { kind: 'school' },
      reopenings: [],
    },
  ],
  corrections: [req({}), req({ id: 'SC-2', status: 'confirmed', confirmedBy: 'cn@t.vn' })],
};

const sources = (caller: string, now = Date.parse('2025-10-18T10:00:00.000Z')): SidebarSources => ({
  caller,
  now,
  directory,
  progress: () => ({ missing: 3, invalid: ["'Toán'!E9: 11"] }),
  homeroom: () => ({ conductMissing: 2, absencesThisMonth: 5 }),
  admin: () => ({
    alerts: [],
    trigger: { installed: true, lastRun: null, every: 'mỗi giờ' },
    snapshots: [],
    jobs: [],
    students: 45,
  }),
});

it('shows a subject teacher their class, the open window with its end, and their requests', () => {
  const s = buildSidebarState(sources('toan@t.vn'));
  expect(s.teaching).toHaveLength(1);
  expect(s.teaching[0]).toMatchObject({
    classId: '10A1',
    subjectName: 'Toán',
    closesAt: '2025-10-20T10:00:00.000Z',
    missing: 3,
  });
  expect(s.teaching[0]?.open.map((w) => w.state)).toEqual(['open']);
  expect(s.myCorrections.map((c) => c.id)).toEqual(['SC-1', 'SC-2']);
  expect(s.principal).toBeNull();
  expect(s.clerk).toBeNull();
});

it('shows nothing open once the window has closed', () => {
  const s = buildSidebarState(sources('toan@t.vn', Date.parse('2025-10-21T00:00:00.000Z')));
  expect(s.teaching[0]?.open).toEqual([]);
});

it('shows the homeroom teacher their class and what waits for confirmation', () => {
  const s = buildSidebarState(sources('cn@t.vn'));
  expect(s.teaching).toEqual([]);
  expect(s.homeroom[0]).toMatchObject({ classId: '10A1', conductMissing: 2 });
  expect(s.toConfirm.map((c) => c.id)).toEqual(['SC-1']);
});

it('gives the principal the windows, the approvals queue and the admin panels', () => {
  const s = buildSidebarState(sources('ht@t.vn'));
  expect(s.roles).toMatchObject({ admin: true, principal: true });
  expect(s.principal?.approvals.map((c) => c.id)).toEqual(['SC-2']);
  expect(s.principal?.windows.map((w) => w.id)).toEqual(['W1']);
  expect(s.clerk?.students).toBe(45);
});

it('gives a stranger nothing but their name', () => {
  const s = buildSidebarState(sources('khach@t.vn'));
  expect([s.teaching, s.homeroom, s.toConfirm, s.myCorrections]).toEqual([[], [], [], []]);
  expect(s.principal).toBeNull();
});

it('shows a request still in the inbox as queued, by student and teacher name', () => {
  const s = buildSidebarState({
    ...sources('toan@t.vn'),
    studentNames: () => new Map([['HS009', 'Phạm Thu Hà']]),
    inbox: () => [
      {
        kind: 'request',
        draft: {
          id: 'SC-9',
          classId: '10A1',
          studentId: 'HS009',
          subjectId: 'toan',
          term: 1,
          field: 'regular',
          index: 2,
          cell: "'Toán'!E9",
          newValue: 9,
          reason: 'Chấm sót',
          evidence: '',
        },
        oldValue: 7.5,
        by: 'toan@t.vn',
        at: '2025-10-18T09:00:00.000Z',
      },
    ],
  });
  expect(s.myCorrections[0]).toMatchObject({
    id: 'SC-9',
    status: 'queued',
    studentName: 'Phạm Thu Hà',
    old: '7,5',
    new: '9',
    requestedBy: 'Nguyễn Thị Toán',
  });
});

it('drops from the homeroom queue what the homeroom teacher already confirmed', () => {
  const before = buildSidebarState(sources('cn@t.vn'));
  expect(before.toConfirm.map((c) => c.id)).toEqual(['SC-1']);
  const after = buildSidebarState({
    ...sources('cn@t.vn'),
    inbox: () => [
      { kind: 'confirm', requestId: 'SC-1', by: 'cn@t.vn', at: '2025-10-18T09:00:00.000Z' },
    ],
  });
  expect(after.toConfirm).toEqual([]);
});
