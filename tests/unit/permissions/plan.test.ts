import {
  classesDueBetween,
  editableBy,
  planWorkbook,
  whoCouldEdit,
  type PlannedProtection,
} from '../../../src/domain/permissions';
import { BLOCKS, CLERK, facts, iso, PRINCIPAL, regularWindow, SYSTEM, T } from './fixture';

const cls = { id: '10A1', grade: 10 };
const byBlock = (ps: PlannedProtection[], id: string) => ps.find((p) => p.blockId === id);

describe('planWorkbook', () => {
  it('gives each tab an admin-only sheet protection with the teacher blocks as holes', () => {
    const plan = planWorkbook(facts(), cls, BLOCKS, T(1));
    const sheets = plan.protections.filter((p) => p.rect === null);
    expect(sheets.map((p) => p.sheet)).toEqual([
      'Danh sách',
      'Toán',
      'Ngữ văn',
      'Điểm danh',
      'Rèn luyện',
      'Tổng hợp',
    ]);
    for (const s of sheets) expect(s.editors).toEqual([SYSTEM, PRINCIPAL, CLERK].sort());
    expect(sheets.find((s) => s.sheet === 'Toán')?.unprotected).toHaveLength(6);
    expect(sheets.find((s) => s.sheet === 'Danh sách')?.unprotected).toEqual([]);
    expect(sheets.find((s) => s.sheet === 'Toán')?.description).toBe('sodiem:v1:sheet:Toán');
  });

  it('lets the subject teacher type the open block only, admins everything', () => {
    const plan = planWorkbook(facts(), cls, BLOCKS, T(1));
    expect(byBlock(plan.protections, 'toan/1/regular')?.editors).toContain('an@truong.edu.vn');
    expect(byBlock(plan.protections, 'toan/1/midterm')?.editors).not.toContain('an@truong.edu.vn');
    expect(byBlock(plan.protections, 'van/1/regular')?.editors).not.toContain('an@truong.edu.vn');
    expect(editableBy(plan, 'an@truong.edu.vn').map((p) => p.blockId)).toEqual(['toan/1/regular']);
    expect(editableBy(plan, 'binh@truong.edu.vn').map((p) => p.blockId)).toEqual(['van/1/regular']);
    for (const p of plan.protections) expect(p.editors).toContain(PRINCIPAL);
    expect(byBlock(plan.protections, 'toan/1/regular')?.description).toBe(
      'sodiem:v1:toan/1/regular',
    );
  });

  it('locks every teacher block after the deadline', () => {
    const plan = planWorkbook(facts(), cls, BLOCKS, T(48));
    expect(editableBy(plan, 'an@truong.edu.vn')).toEqual([]);
    expect(editableBy(plan, 'binh@truong.edu.vn')).toEqual([]);
  });

  it('gives the homeroom teacher attendance and conduct in their windows', () => {
    const f = facts({
      windows: [
        regularWindow({ id: 'dd', group: 'attendance' }),
        regularWindow({ id: 'hk', group: 'conduct', term: 2 }),
      ],
    });
    const plan = planWorkbook(f, cls, BLOCKS, T(1));
    expect(editableBy(plan, 'binh@truong.edu.vn').map((p) => p.blockId)).toEqual([
      'attendance/m09',
      'attendance/m10',
      'conduct/2',
      'conduct/notes',
    ]);
    expect(editableBy(plan, 'an@truong.edu.vn')).toEqual([]);
  });

  it('moves rights at once when a teacher is replaced mid-term', () => {
    const f = facts();
    const first = f.assignments[0]!;
    first.to = iso(10);
    f.assignments.push({ ...first, teacher: 'moi@truong.edu.vn', from: iso(10), to: null });
    const toan = BLOCKS.find((b) => b.id === 'toan/1/regular')!;
    expect(whoCouldEdit(f, '10A1', toan, T(9)).teachers).toEqual(['an@truong.edu.vn']);
    expect(whoCouldEdit(f, '10A1', toan, T(10)).teachers).toEqual(['moi@truong.edu.vn']);
    expect(editableBy(planWorkbook(f, cls, BLOCKS, T(11)), 'an@truong.edu.vn')).toEqual([]);
    expect(classesDueBetween(f, T(9), T(10))).toEqual(['10A1']);
    expect(classesDueBetween(f, T(10), T(11))).toEqual([]);
  });

  it('names the classes whose plan changes between two ticks', () => {
    const f = facts({
      windows: [regularWindow({ scope: { kind: 'grades', grades: [10] } })],
    });
    expect(classesDueBetween(f, T(47), T(48))).toEqual(['10A1', '10A2']);
    expect(classesDueBetween(f, T(40), T(47))).toEqual([]);
  });

  it('whoCouldEdit: admin blocks have no teachers', () => {
    const avg = BLOCKS.find((b) => b.id === 'toan/1/average')!;
    const who = whoCouldEdit(facts(), '10A1', avg, T(1));
    expect(who).toEqual({ teachers: [], admins: [PRINCIPAL, CLERK].sort(), system: SYSTEM });
  });
});
