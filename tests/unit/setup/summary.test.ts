// The summary writer: class workbook cells → the engine's input (decimal comma, missing ≠ 0,
// P/K counts), and the engine's output → `Tổng hợp` and the subject averages.
import type { Cell } from '../../../src/domain/control';
import { classLayout, scoreCell } from '../../../src/domain/layout';
import { computeSummary, gradeInputOf } from '../../../src/domain/setup';
import type { ClassInfo, SubjectDef } from '../../../src/domain/school';

const toan: SubjectDef = {
  id: 'toan',
  name: 'Toán',
  kind: 'scored',
  periodsPerYear: 105,
  regularCount: 4,
  key: true,
};
const gdtc: SubjectDef = {
  id: 'gdtc',
  name: 'Giáo dục thể chất',
  kind: 'comment',
  periodsPerYear: 70,
  regularCount: 2,
};
const cls: ClassInfo = {
  id: '10A1',
  name: '10A1',
  grade: 10,
  homeroomTeacher: 'a@b.vn',
  ruleSet: 'TT22',
};
const layout = classLayout(cls, [toan, gdtc], { schoolYear: '2025-2026' });

function grid(cells: Array<[Parameters<typeof scoreCell>[1], Cell]>): Map<string, Cell[][]> {
  const g = new Map<string, Cell[][]>(
    layout.tabs.map((t) => [t.name, [Array<Cell>(t.columns.length).fill('')]]),
  );
  g.get('Danh sách')![0]![1] = 'HS1';
  for (const [ref, v] of cells) {
    const at = scoreCell(layout, ref, 4);
    g.get(at.sheet)![0]![at.col - 1] = v;
  }
  return g;
}

describe('summary writer', () => {
  const t1 = (field: 'regular' | 'midterm' | 'final', v: Cell, index?: number) =>
    [{ subjectId: 'toan', term: 1 as const, field, ...(index ? { index } : {}) }, v] as [
      Parameters<typeof scoreCell>[1],
      Cell,
    ];

  it('reads decimal commas, keeps missing and malformed scores out, counts P and K', () => {
    const g = grid([
      t1('regular', '8,5', 1),
      t1('regular', 7, 2),
      t1('regular', '8,55', 3),
      t1('regular', '', 4),
      t1('midterm', 9),
      t1('final', '7.5'),
      [{ subjectId: null, term: 1, field: 'attendance', month: 9, day: 8 }, 'P'],
      [{ subjectId: null, term: 1, field: 'attendance', month: 10, day: 1 }, 'K'],
      [{ subjectId: null, term: 2, field: 'attendance', month: 3, day: 2 }, 'P'],
      [{ subjectId: null, term: 1, field: 'conduct' }, 'Tốt'],
    ]);
    const input = gradeInputOf(layout, [toan, gdtc], g, [4]);
    const st = input.students[0]!;
    expect(st.id).toBe('HS1');
    expect(st.terms['1']!.toan).toEqual({ regular: [8.5, 7, null, null], midterm: 9, final: 7.5 });
    expect(st.absences).toEqual({ excused: 2, unexcused: 1 });
    expect(st.conduct).toEqual({ '1': 'Tốt', '2': null });
  });

  it('writes the term average into the subject tab and the summary row', () => {
    // ĐTBmhk = (8+7+9+8 + 2·7 + 3·8,5) / (4+5) = 71,5 / 9 = 7,94… → 7,9 (TT22 Điều 9.1.b)
    const g = grid([
      t1('regular', 8, 1),
      t1('regular', 7, 2),
      t1('regular', 9, 3),
      t1('regular', 8, 4),
      t1('midterm', 7),
      t1('final', '8,5'),
    ]);
    const { output, writes } = computeSummary(layout, [toan, gdtc], g, [4]);
    expect(output.students[0]!.subjects.toan!['1']).toBe(7.9);
    const avg = writes.find((w) => w.range === "'Toán'!J4:J4")!;
    expect(avg.values).toEqual([[7.9]]);
    const summary = writes.find((w) => w.range.startsWith("'Tổng hợp'!D4"))!;
    expect(summary.values[0]![0]).toBe(7.9); // column D: Toán, HK I
  });
});
