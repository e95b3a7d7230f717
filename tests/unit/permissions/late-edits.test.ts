import { judgeEdit, type CapturedEdit } from '../../../src/domain/permissions';
import { BLOCKS, facts, iso, PRINCIPAL, T } from './fixture';

// toan/1/regular is Toán!D4:G63; the window closes at T(48).
const edit = (over: Partial<CapturedEdit>): CapturedEdit => ({
  id: 'e',
  classId: '10A1',
  sheet: 'Toán',
  row: 5,
  col: 4,
  at: null,
  after: null,
  before: null,
  actor: null,
  old: 7,
  new: 9,
  ...over,
});

describe('judgeEdit', () => {
  const f = facts();
  it('known time and actor: in time ok, late or not entitled reverted, admin ok', () => {
    expect(judgeEdit(f, BLOCKS, edit({ at: iso(47), actor: 'an@truong.edu.vn' }), null).kind).toBe(
      'ok',
    );
    expect(judgeEdit(f, BLOCKS, edit({ at: iso(48), actor: 'an@truong.edu.vn' }), null).kind).toBe(
      'revert',
    );
    expect(
      judgeEdit(f, BLOCKS, edit({ at: iso(47), actor: 'binh@truong.edu.vn' }), null).kind,
    ).toBe('revert');
    expect(judgeEdit(f, BLOCKS, edit({ at: iso(60), actor: PRINCIPAL }), null).kind).toBe('ok');
  });

  it('known time, unknown actor: late before the lock landed → revert; after → only admins could', () => {
    const late = edit({ at: iso(48.5) });
    expect(judgeEdit(f, BLOCKS, late, null).kind).toBe('revert');
    expect(judgeEdit(f, BLOCKS, late, T(48.1)).kind).toBe('ok');
    expect(judgeEdit(f, BLOCKS, late, T(47)).kind).toBe('revert');
    expect(judgeEdit(f, BLOCKS, edit({ at: iso(10) }), null).kind).toBe('ok');
  });

  it('unknown time: open throughout the interval → ok; spanning the deadline → flag', () => {
    expect(judgeEdit(f, BLOCKS, edit({ after: iso(10), before: iso(20) }), null).kind).toBe('ok');
    expect(judgeEdit(f, BLOCKS, edit({ after: iso(47), before: iso(49) }), null)).toEqual({
      kind: 'flag',
      blockId: 'toan/1/regular',
    });
    expect(judgeEdit(f, BLOCKS, edit({ after: iso(47), before: null }), null).kind).toBe('flag');
  });

  it('cells outside teacher blocks are admin-only: nothing to judge', () => {
    expect(
      judgeEdit(f, BLOCKS, edit({ col: 10, at: iso(60), actor: 'an@truong.edu.vn' }), null),
    ).toEqual({
      kind: 'ok',
      blockId: 'toan/1/average',
    });
  });
});
