// The correction procedure's rules (TT58 Điều 20–21; TT22 Điều 20.2) on plain data.
import {
  applicationOrder,
  applyCorrection,
  confirmCorrection,
  decideCorrection,
  requestCorrection,
  type CorrectionRequest,
  type RequestDraft,
} from '../../../src/domain/corrections/request';

const draft = (over: Partial<RequestDraft> = {}): RequestDraft => ({
  id: 'SC-0001',
  classId: '10A1',
  studentId: 'HS001',
  subjectId: 'toan',
  term: 1,
  field: 'final',
  index: null,
  cell: "'Toán'!K7",
  newValue: 8.5,
  reason: 'Cộng sót điểm câu 3',
  evidence: 'Bài kiểm tra cuối kì, mã 0137',
  ...over,
});

const closed = { callerTeaches: true, callerIsAdmin: false, blockOpen: false, currentValue: 7 };

function requested(
  over: Partial<RequestDraft> = {},
  at = '2025-12-20T02:00:00.000Z',
): CorrectionRequest {
  const r = requestCorrection(draft(over), 'gv.toan@truong.edu.vn', at, closed);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function approved(req: CorrectionRequest): CorrectionRequest {
  const c = confirmCorrection(req, 'gvcn@truong.edu.vn', '2025-12-20T03:00:00.000Z', {
    isHomeroom: true,
    isAdmin: false,
  });
  if (!c.ok) throw new Error(c.message);
  const d = decideCorrection(
    c.value,
    'hieutruong@truong.edu.vn',
    '2025-12-20T04:00:00.000Z',
    { approve: true, reason: '' },
    { isPrincipal: true, currentValue: req.oldValue },
  );
  if (!d.ok) throw new Error(d.message);
  return d.value;
}

describe('requesting', () => {
  it('records the value the teacher saw and who asked', () => {
    const r = requested();
    expect(r).toMatchObject({
      status: 'requested',
      oldValue: 7,
      newValue: 8.5,
      requestedBy: 'gv.toan@truong.edu.vn',
    });
  });

  it('refuses someone who does not teach the subject in the class', () => {
    const r = requestCorrection(draft(), 'gv.van@truong.edu.vn', 'now', {
      ...closed,
      callerTeaches: false,
    });
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining('Chỉ giáo viên dạy môn toan lớp 10A1'),
    });
  });

  it('lets an admin enter a paper request for a teacher only with its reference', () => {
    const ctx = { ...closed, callerTeaches: false, callerIsAdmin: true };
    const noRef = requestCorrection(
      draft({ onBehalfOf: 'gv.toan@truong.edu.vn', evidence: ' ' }),
      'vanthu@truong.edu.vn',
      'now',
      ctx,
    );
    expect(noRef.ok).toBe(false);
    const ok = requestCorrection(
      draft({ onBehalfOf: 'gv.toan@truong.edu.vn', evidence: 'Đơn số 12 ngày 20/12/2025' }),
      'vanthu@truong.edu.vn',
      'now',
      ctx,
    );
    expect(ok.ok && ok.value.onBehalfOf).toBe('gv.toan@truong.edu.vn');
  });

  it('sends a teacher whose window is still open to edit directly', () => {
    const r = requestCorrection(draft(), 'gv.toan@truong.edu.vn', 'now', {
      ...closed,
      blockOpen: true,
    });
    expect(r.ok || r.message).toContain('đang trong thời hạn nhập điểm');
  });

  it('needs a reason and a different value', () => {
    expect(requestCorrection(draft({ reason: '  ' }), 'gv', 'now', closed).ok).toBe(false);
    const same = requestCorrection(draft({ newValue: 7 }), 'gv', 'now', closed);
    expect(same.ok || same.message).toContain('giống điểm đang có');
  });
});

describe('the full path and its refusals', () => {
  it('goes requested → confirmed → approved → applied', () => {
    const a = approved(requested());
    expect(a).toMatchObject({
      status: 'approved',
      confirmedBy: 'gvcn@truong.edu.vn',
      decidedBy: 'hieutruong@truong.edu.vn',
    });
    const applied = applyCorrection(a, '2025-12-20T05:00:00.000Z', 7);
    expect(applied.ok && applied.value.status).toBe('applied');
  });

  it('rejection needs a reason and is final', () => {
    const c = confirmCorrection(requested(), 'gvcn@truong.edu.vn', 't', {
      isHomeroom: true,
      isAdmin: false,
    });
    if (!c.ok) throw new Error(c.message);
    const noReason = decideCorrection(
      c.value,
      'ht@x',
      't',
      { approve: false, reason: '' },
      { isPrincipal: true, currentValue: 7 },
    );
    expect(noReason.ok).toBe(false);
    const rejected = decideCorrection(
      c.value,
      'ht@x',
      't',
      { approve: false, reason: 'Không có minh chứng' },
      { isPrincipal: true, currentValue: 7 },
    );
    expect(rejected.ok && rejected.value).toMatchObject({
      status: 'rejected',
      decisionReason: 'Không có minh chứng',
    });
    if (!rejected.ok) return;
    expect(applyCorrection(rejected.value, 't', 7).ok).toBe(false);
  });

  it('refuses to let anyone confirm or approve their own request', () => {
    const req = requested();
    const selfConfirm = confirmCorrection(req, 'gv.toan@truong.edu.vn', 't', {
      isHomeroom: true,
      isAdmin: true,
    });
    expect(selfConfirm.ok || selfConfirm.message).toContain('tự xác nhận');
    const c = confirmCorrection(req, 'gvcn@truong.edu.vn', 't', {
      isHomeroom: true,
      isAdmin: false,
    });
    if (!c.ok) throw new Error(c.message);
    const selfApprove = decideCorrection(
      c.value,
      'gv.toan@truong.edu.vn',
      't',
      { approve: true, reason: '' },
      { isPrincipal: true, currentValue: 7 },
    );
    expect(selfApprove.ok).toBe(false);
  });

  it('refuses approval by anyone but the principal, and before confirmation', () => {
    const req = requested();
    expect(
      decideCorrection(
        req,
        'ht@x',
        't',
        { approve: true, reason: '' },
        { isPrincipal: true, currentValue: 7 },
      ).ok,
    ).toBe(false);
    const c = confirmCorrection(req, 'gvcn@x', 't', { isHomeroom: true, isAdmin: false });
    if (!c.ok) throw new Error(c.message);
    expect(
      decideCorrection(
        c.value,
        'gv.van@x',
        't',
        { approve: true, reason: '' },
        { isPrincipal: false, currentValue: 7 },
      ).ok,
    ).toBe(false);
  });

  it('refuses confirmation by a teacher who is not the homeroom teacher', () => {
    const r = confirmCorrection(requested(), 'gv.van@x', 't', {
      isHomeroom: false,
      isAdmin: false,
    });
    expect(r.ok || r.message).toContain('GVCN lớp 10A1');
  });

  it('refuses an approval when the cell changed since the request', () => {
    const c = confirmCorrection(requested(), 'gvcn@x', 't', { isHomeroom: true, isAdmin: false });
    if (!c.ok) throw new Error(c.message);
    const stale = decideCorrection(
      c.value,
      'ht@x',
      't',
      { approve: true, reason: '' },
      { isPrincipal: true, currentValue: 6.5 },
    );
    expect(stale.ok || stale.message).toContain(
      'đã thay đổi từ khi có yêu cầu (lúc yêu cầu: 7; hiện tại: 6,5)',
    );
  });
});

describe('two requests for one cell', () => {
  it('are applied in request order; the second is a reported conflict, not an overwrite', () => {
    const first = approved(requested({ id: 'SC-0002', newValue: 8 }, '2025-12-20T02:00:00.000Z'));
    const second = approved(requested({ id: 'SC-0001', newValue: 9 }, '2025-12-20T02:30:00.000Z'));
    const order = applicationOrder([second, first]);
    expect(order.map((r) => r.id)).toEqual(['SC-0002', 'SC-0001']);
    let cell: number | string | null = 7;
    const results = order.map((r) => {
      const out = applyCorrection(r, 't', cell);
      if (out.ok) cell = r.newValue;
      return out;
    });
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toEqual({ ok: false, message: expect.stringContaining('hiện tại: 8') });
    expect(cell).toBe(8);
  });
});
