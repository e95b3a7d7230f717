import { MemoryAuditSink } from '../../../src/app/ports/audit-sink';
import { RoleRefusedError, withRole, type AuthDeps } from '../../../src/app/auth/with-role';
import { meets, type Requirement, type RoleFacts } from '../../../src/domain/roles';
import { iso, PRINCIPAL, SYSTEM, T } from './fixture';

const facts: RoleFacts = {
  system: SYSTEM,
  teachers: [
    { email: PRINCIPAL, roles: ['principal', 'teacher'] },
    { email: 'vanthu@x.vn', roles: ['admin'] },
    { email: 'an@x.vn', roles: ['teacher'] },
    { email: 'binh@x.vn', roles: ['teacher'] },
  ],
  homerooms: [{ classId: '10A1', teacher: 'binh@x.vn', from: iso(-100), to: null }],
  assignments: [
    { classId: '10A1', subjectId: 'toan', teacher: 'an@x.vn', from: iso(-100), to: iso(10) },
    { classId: '10A1', subjectId: 'toan', teacher: 'binh@x.vn', from: iso(10), to: null },
  ],
};

const people = [SYSTEM, PRINCIPAL, 'vanthu@x.vn', 'an@x.vn', 'binh@x.vn', 'la@ngoai.com', ''];
const cases: [Requirement, string[]][] = [
  [{ kind: 'system' }, [SYSTEM]],
  [{ kind: 'admin' }, [PRINCIPAL, 'vanthu@x.vn']],
  [{ kind: 'principal' }, [PRINCIPAL]],
  [{ kind: 'homeroom', classId: '10A1' }, ['binh@x.vn']],
  [{ kind: 'subjectTeacher', classId: '10A1', subjectId: 'toan' }, ['an@x.vn']],
  [{ kind: 'staff' }, [SYSTEM, PRINCIPAL, 'vanthu@x.vn', 'an@x.vn', 'binh@x.vn']],
];

describe('meets', () => {
  it.each(cases)('%j is met exactly by %j', (req, allowed) => {
    for (const p of people) expect(meets(facts, req, p, T(1))).toBe(allowed.includes(p));
  });
  it('follows the assignment history (replacement mid-term)', () => {
    const req: Requirement = { kind: 'subjectTeacher', classId: '10A1', subjectId: 'toan' };
    expect(meets(facts, req, 'an@x.vn', T(11))).toBe(false);
    expect(meets(facts, req, 'BINH@x.vn', T(11))).toBe(true);
  });
});

describe('withRole', () => {
  const deps = (
    email: string,
    audit = new MemoryAuditSink(),
  ): AuthDeps & { audit: MemoryAuditSink } => ({
    caller: () => email,
    roleFacts: () => facts,
    now: () => T(1),
    audit,
  });
  const guard = { action: 'Đồng bộ quyền', need: { kind: 'admin' } as Requirement };

  it('runs the function for an allowed caller, and logs nothing', () => {
    const d = deps(PRINCIPAL);
    expect(withRole(d, guard, (c) => `ok ${c.email}`)).toBe(`ok ${PRINCIPAL}`);
    expect(d.audit.entries).toEqual([]);
  });

  it('refuses others in Vietnamese, logs a refused entry, and does not run the function', () => {
    for (const who of ['an@x.vn', SYSTEM, 'la@ngoai.com']) {
      const d = deps(who);
      let ran = false;
      expect(() =>
        withRole(d, guard, () => {
          ran = true;
        }),
      ).toThrow(RoleRefusedError);
      expect(ran).toBe(false);
      expect(d.audit.entries).toHaveLength(1);
      expect(d.audit.entries[0]).toMatchObject({
        kind: 'refused',
        actor: who,
        ref: 'Đồng bộ quyền',
      });
      expect(d.audit.entries[0]?.reason).toMatch(/không có quyền thực hiện «Đồng bộ quyền»/);
    }
  });

  it('refuses an unknown caller with advice to sign in', () => {
    const d = deps('');
    expect(() => withRole(d, guard, () => 1)).toThrow(/Không xác định được tài khoản/);
    expect(d.audit.entries[0]?.actor).toBeNull();
  });
});
