// The class workbook layout: columns, lookups both ways, and protection blocks.
import {
  blocksOf,
  classLayout,
  columnLetter,
  columnNumber,
  fieldAt,
  LAYOUT_VERSION,
  refKey,
  scoreCell,
  type ScoreRef,
} from '../../../src/domain/layout';
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
const cls = (ruleSet: ClassInfo['ruleSet']): ClassInfo => ({
  id: '10A1',
  name: '10A1',
  grade: 10,
  homeroomTeacher: 'gvcn@truong.edu.vn',
  ruleSet,
});

describe('classLayout', () => {
  const layout = classLayout(cls('TT22'), [toan, gdtc], { schoolYear: '2025-2026' });

  it('names the tabs in order and records the version', () => {
    expect(layout.version).toBe(LAYOUT_VERSION);
    expect(layout.tabs.map((t) => t.name)).toEqual([
      'Danh sách',
      'Toán',
      'Giáo dục thể chất',
      'Điểm danh',
      'Rèn luyện',
      'Tổng hợp',
    ]);
    expect(layout.firstStudentRow).toBe(4);
    expect(layout.idCol).toBe(2);
  });

  it('places TT22 term I and II blocks, year average, re-assessment, notes', () => {
    const tab = layout.tabs[1]!;
    expect(tab.columns.map((c) => c.header)).toEqual([
      'Số TT',
      'Mã HS',
      'Họ và tên',
      'TX1',
      'TX2',
      'TX3',
      'TX4',
      'GK',
      'CK',
      'ĐTBmhk',
      'TX1',
      'TX2',
      'TX3',
      'TX4',
      'GK',
      'CK',
      'ĐTBmhk',
      'ĐTBmcn',
      'Đánh giá lại',
      'Ghi chú',
    ]);
    expect(
      scoreCell(layout, { subjectId: 'toan', term: 1, field: 'regular', index: 1 }, 4).a1,
    ).toBe("'Toán'!D4");
    expect(scoreCell(layout, { subjectId: 'toan', term: 2, field: 'final' }, 10).a1).toBe(
      "'Toán'!P10",
    );
    expect(scoreCell(layout, { subjectId: 'toan', term: 'year', field: 'average' }, 5).col).toBe(
      18,
    );
  });

  it('sizes comment subjects by their count and labels results', () => {
    const tab = layout.tabs[2]!;
    expect(tab.columns.filter((c) => c.ref?.field === 'regular')).toHaveLength(4);
    expect(tab.columns.find((c) => c.ref?.field === 'average')?.header).toBe('KQ học kì');
    expect(tab.columns.find((c) => c.ref?.field === 'final')?.kind).toBe('comment');
  });

  it('lays out TT58_2011 subjects with coefficient columns and the exam', () => {
    const old = classLayout(cls('TT58_2011'), [toan], { schoolYear: '2015-2016' });
    const tab = old.tabs[1]!;
    const fields = tab.columns.filter((c) => c.ref?.term === 1).map((c) => c.ref!.field);
    expect(fields).toEqual([
      'coef1',
      'coef1',
      'coef1',
      'coef1',
      'coef1',
      'coef1',
      'coef2',
      'coef2',
      'coef2',
      'exam',
      'average',
    ]);
  });

  it('finds every ref back from its cell (fieldAt ∘ scoreCell = id)', () => {
    for (const tab of layout.tabs) {
      for (const c of tab.columns) {
        if (!c.ref) continue;
        const at = scoreCell(layout, c.ref, 17);
        expect(at.sheet).toBe(tab.name);
        expect(refKey(fieldAt(layout, at.sheet, at.row, at.col)!)).toBe(refKey(c.ref));
      }
    }
    expect(fieldAt(layout, 'Toán', 3, 4)).toBeNull();
    expect(fieldAt(layout, 'Toán', 5, 2)).toBeNull();
    expect(fieldAt(layout, 'Không có', 5, 5)).toBeNull();
  });

  it('has one attendance column per day of Aug..May and a conduct tab', () => {
    const ref: ScoreRef = { subjectId: null, term: 1, field: 'attendance', month: 9, day: 5 };
    const at = scoreCell(layout, ref, 4);
    expect(at.sheet).toBe('Điểm danh');
    expect(at.col).toBe(3 + 31 + 5);
    expect(layout.tabs[3]!.columns).toHaveLength(3 + 310);
    const jan: ScoreRef = { subjectId: null, term: 2, field: 'attendance', month: 1, day: 1 };
    expect(scoreCell(layout, jan, 4).col).toBe(3 + 5 * 31 + 1);
    expect(scoreCell(layout, { subjectId: null, term: 2, field: 'conduct' }, 4).a1).toBe(
      "'Rèn luyện'!E4",
    );
  });

  it('throws for a ref the layout does not have', () => {
    expect(() => scoreCell(layout, { subjectId: 'ly', term: 1, field: 'final' }, 4)).toThrow(
      /ly\/1\/final/,
    );
    expect(() => scoreCell(layout, { subjectId: 'toan', term: 1, field: 'final' }, 2)).toThrow(
      /header/,
    );
  });
});

describe('blocksOf', () => {
  const layout = classLayout(cls('TT22'), [toan, gdtc], { schoolYear: '2025-2026', capacity: 50 });
  const blocks = blocksOf(layout);
  const byId = new Map(blocks.map((b) => [`${b.sheet}|${b.id}`, b]));

  it('gives stable unique ids', () => {
    expect(byId.size).toBe(blocks.length);
  });

  it('gives subject teachers contiguous regular/midterm/final blocks per term', () => {
    const reg = byId.get('Toán|toan/1/regular')!;
    expect(reg).toMatchObject({ group: 'regular', editor: 'subject', term: 1, subjectId: 'toan' });
    expect(reg.cols).toEqual({ from: 4, to: 7 });
    expect(reg.rows).toEqual({ from: 4, to: 53 });
    expect(byId.get('Toán|toan/2/final')!.cols).toEqual({ from: 16, to: 16 });
    expect(byId.get('Toán|toan/1/average')!.editor).toBe('admin');
    expect(byId.get('Toán|toan/keys')!.cols).toEqual({ from: 1, to: 3 });
  });

  it('gives the homeroom teacher one attendance block per month and conduct per term', () => {
    const sep = byId.get('Điểm danh|attendance/m09')!;
    expect(sep).toMatchObject({ group: 'attendance', editor: 'homeroom', term: 1 });
    expect(sep.cols.to - sep.cols.from).toBe(30);
    expect(byId.get('Rèn luyện|conduct/1')).toMatchObject({ group: 'conduct', editor: 'homeroom' });
    expect(byId.get('Rèn luyện|conduct/year')!.editor).toBe('admin'); // TT22: derived
  });

  it('covers every column of every student row exactly once', () => {
    for (const tab of layout.tabs) {
      const seen = new Array<number>(tab.columns.length + 1).fill(0);
      for (const b of blocks.filter((x) => x.sheet === tab.name && x.rows.from === 4))
        for (let c = b.cols.from; c <= b.cols.to; c++) seen[c]! += 1;
      expect(seen.slice(1).every((n) => n === 1)).toBe(true);
    }
  });
});

describe('a1 helpers', () => {
  it('converts columns both ways', () => {
    for (const [n, s] of [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [313, 'LA'],
      [702, 'ZZ'],
      [703, 'AAA'],
    ] as const) {
      expect(columnLetter(n)).toBe(s);
      expect(columnNumber(s)).toBe(n);
    }
  });
});
