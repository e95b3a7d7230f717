// A fake class workbook for the pure reconciliation tests: tabs as 2-D arrays laid out by the real
// layout (headers in row 3, student ids in column B), with the edits people make.
import { classLayout } from '../../../src/domain/layout/class-layout';
import { blocksOf } from '../../../src/domain/layout/blocks';
import type { Block, ClassLayout } from '../../../src/domain/layout/types';
import type { CellValue, WorkbookValues } from '../../../src/domain/audit/observe';
import type { SubjectDef } from '../../../src/domain/school';

export const SUBJECTS: SubjectDef[] = [
  { id: 'toan', name: 'Toán', kind: 'scored', periodsPerYear: 105, regularCount: 4 },
  { id: 'ngu-van', name: 'Ngữ văn', kind: 'scored', periodsPerYear: 105, regularCount: 4 },
  {
    id: 'the-duc',
    name: 'Giáo dục thể chất',
    kind: 'comment',
    periodsPerYear: 70,
    regularCount: 2,
  },
];

export function makeLayout(classId = '10A1', capacity = 8): ClassLayout {
  return classLayout(
    {
      id: classId,
      name: classId,
      grade: 10,
      homeroomTeacher: 'gvcn@truong.edu.vn',
      ruleSet: 'TT22',
    },
    SUBJECTS,
    { schoolYear: '2025-2026', capacity },
  );
}

export class FakeWorkbook {
  tabNames: string[];
  tabs: Record<string, CellValue[][]> = {};
  constructor(
    readonly layout: ClassLayout,
    students: string[],
  ) {
    this.tabNames = layout.tabs.map((t) => t.name);
    for (const tab of layout.tabs) {
      const width = tab.columns.length;
      const rows: CellValue[][] = [];
      for (let r = 0; r < layout.headerRows; r++) rows.push(Array<CellValue>(width).fill(''));
      for (const c of tab.columns) rows[layout.headerRows - 1]![c.col - 1] = c.header;
      students.forEach((id, i) => {
        const row = Array<CellValue>(width).fill('');
        row[layout.orderCol - 1] = i + 1;
        row[layout.idCol - 1] = id;
        rows.push(row);
      });
      this.tabs[tab.name] = rows;
    }
  }
  get(sheet: string, row: number, col: number): CellValue {
    return this.tabs[sheet]?.[row - 1]?.[col - 1] ?? '';
  }
  set(sheet: string, row: number, col: number, v: CellValue): void {
    const rows = this.tabs[sheet]!;
    while (rows.length < row) rows.push(Array<CellValue>(rows[0]!.length).fill(''));
    rows[row - 1]![col - 1] = v;
  }
  /** Sorts the student rows of a tab by a comparator of rows (a user's Data → Sort range). */
  sortRows(sheet: string, cmp: (a: CellValue[], b: CellValue[]) => number): void {
    const rows = this.tabs[sheet]!;
    const head = rows.slice(0, this.layout.headerRows);
    this.tabs[sheet] = [...head, ...rows.slice(this.layout.headerRows).sort(cmp)];
  }
  insertRowsBefore(sheet: string, row: number, n: number): void {
    const rows = this.tabs[sheet]!;
    rows.splice(
      row - 1,
      0,
      ...Array.from({ length: n }, () => Array<CellValue>(rows[0]!.length).fill('')),
    );
  }
  deleteRow(sheet: string, row: number): void {
    this.tabs[sheet]!.splice(row - 1, 1);
  }
  insertColumnBefore(sheet: string, col: number): void {
    for (const r of this.tabs[sheet]!) r.splice(col - 1, 0, '');
  }
  renameTab(from: string, to: string): void {
    this.tabNames = this.tabNames.map((n) => (n === from ? to : n));
    this.tabs[to] = this.tabs[from]!;
    delete this.tabs[from];
  }
  values(): WorkbookValues {
    return {
      tabNames: [...this.tabNames],
      tabs: Object.fromEntries(
        Object.entries(this.tabs).map(([k, rows]) => [k, rows.map((r) => [...r])]),
      ),
    };
  }
}

/** The blocks a teacher or the homeroom teacher types into (data rows only). */
export function dataBlocks(layout: ClassLayout): Block[] {
  return blocksOf(layout).filter(
    (b) => b.rows.from >= layout.firstStudentRow && b.editor !== 'admin' && b.group !== null,
  );
}

export const TEACHER: Record<string, string> = {
  toan: 'gv.toan@truong.edu.vn',
  'ngu-van': 'gv.van@truong.edu.vn',
  'the-duc': 'gv.theduc@truong.edu.vn',
};
export const HOMEROOM = 'gvcn@truong.edu.vn';
export const ADMINS = ['hieutruong@truong.edu.vn'];

/** Entitlement the tests use: the subject's teacher, the homeroom teacher, admins. */
export function editorsOf(block: Block): { teachers: string[]; admins: string[] } {
  const teachers =
    block.editor === 'subject' && block.subjectId
      ? [TEACHER[block.subjectId]!]
      : block.editor === 'homeroom'
        ? [HOMEROOM]
        : [];
  return { teachers, admins: ADMINS };
}
