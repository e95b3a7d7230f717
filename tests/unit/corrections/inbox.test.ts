// The script-properties inbox: 9 KB per value, 500 KB per store (apps-script-facts §3.2).
import {
  INBOX_BUDGET_BYTES,
  inboxEntries,
  inboxPut,
  storeBytes,
  utf8Bytes,
  type InboxEntry,
} from '../../../src/domain/corrections/inbox';

const entry = (id: string, at: string, reason = 'Cộng sót điểm'): InboxEntry => ({
  kind: 'request',
  draft: {
    id,
    classId: '10A1',
    studentId: 'HS001',
    subjectId: 'toan',
    term: 1,
    field: 'final',
    index: null,
    cell: "'Toán'!K7",
    newValue: 8.5,
    reason,
    evidence: '',
  },
  by: 'gv.toan@truong.edu.vn',
  at,
});

it('counts UTF-8 bytes of Vietnamese text', () => {
  expect(utf8Bytes('Toán')).toBe(5);
  expect(utf8Bytes('Điểm')).toBe(7);
});

it('refuses an entry over 9 KB with a message, storing nothing', () => {
  const r = inboxPut({}, entry('SC-1', 't', 'đ'.repeat(5000)));
  expect(r).toEqual({ ok: false, message: expect.stringContaining('quá dài') });
});

it('refuses when the store is full and tells the teacher to retry', () => {
  const store: Record<string, string> = {};
  let n = 0;
  for (;;) {
    const r = inboxPut(
      store,
      entry(`SC-${n}`, `2025-12-20T02:${String(n % 60).padStart(2, '0')}:00Z`, 'x'.repeat(8000)),
    );
    if (!r.ok) {
      expect(r.message).toContain('thử lại');
      break;
    }
    store[r.key] = r.value;
    n += 1;
  }
  expect(storeBytes(store)).toBeLessThanOrEqual(INBOX_BUDGET_BYTES);
  expect(n).toBeGreaterThan(40);
});

it('gives the waiting requests back in the order they were made', () => {
  const store: Record<string, string> = { other: 'x' };
  for (const [id, at] of [
    ['B', '2025-12-20T03:00:00Z'],
    ['A', '2025-12-20T02:00:00Z'],
  ] as const) {
    const r = inboxPut(store, entry(id, at));
    if (r.ok) store[r.key] = r.value;
  }
  expect(inboxEntries(store).map((e) => e.entry.kind === 'request' && e.entry.draft.id)).toEqual([
    'A',
    'B',
  ]);
});
