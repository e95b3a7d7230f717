// Class plans: first build in book order; re-runs append joiners, renumber Số TT, mark leavers,
// never touch score columns; the build is one list of Sheets API requests.
import {
  buildRequests,
  catalogueCheck,
  initialValues,
  planClass,
  readSchool,
  updateValues,
  type ExistingRow,
} from './plan-helpers';
import { student, students, tables } from './fixtures';

function plan10A1(extra: ReturnType<typeof student>[] = [], existing: ExistingRow[] | null = null) {
  const t = tables();
  t.students = students([...(t.students.slice(1) as ReturnType<typeof student>[]), ...extra]);
  const { data, problems } = readSchool(t);
  expect(problems).toEqual([]);
  const cls = { ...data.classes[0]!, ...(existing ? { workbookId: 'wb' } : {}) };
  return planClass(cls, { ...data, schoolYear: data.settings.schoolYear }, existing);
}

describe('planClass', () => {
  it('first build: rows in book order from row 4, Số TT 1..n, editors = teachers + admins', () => {
    const p = plan10A1();
    expect(p.create).toBe(true);
    expect(p.rows.map((r) => [r.row, r.order, r.entry?.fullName])).toEqual([
      [4, 1, 'Lê Văn An'],
      [5, 2, 'Nguyễn Thị Ánh'],
      [6, 3, 'Đỗ Minh Đức'],
    ]);
    expect(p.editors).toEqual([
      'hieutruong@truong.edu.vn',
      'hoa@truong.edu.vn',
      'toan@truong.edu.vn',
    ]);
  });

  it('re-run: existing rows stay, a joiner is appended and numbered in order', () => {
    const first = plan10A1();
    const existing: ExistingRow[] = first.rows.map((r) => ({
      row: r.row,
      id: r.id,
      fullName: r.entry!.fullName,
      birthDate: r.entry!.birthDate,
    }));
    const again = plan10A1(
      [student('10A1', 'Bùi Thị Bích', '02/02/2010', 'Nữ', { joined: '05/01/2026' })],
      existing,
    );
    expect(again.create).toBe(false);
    expect(again.rows.map((r) => [r.row, r.order, r.isNew])).toEqual([
      [4, 1, false],
      [5, 2, false],
      [6, 4, false],
      [7, 3, true],
    ]);
    const writes = updateValues(again);
    const ranges = writes.map((w) => w.range);
    // Only Số TT (column A), the joiner's key columns, nothing in score columns.
    expect(ranges).toContain("'Toán'!A4:A7");
    expect(ranges).toContain("'Toán'!A7:C7");
    expect(ranges.every((r) => /!A\d+:(A|C)\d+$/.test(r) || r.startsWith("'Danh sách'!"))).toBe(
      true,
    );
    expect(writes.find((w) => w.range === "'Toán'!A7:C7")!.values).toEqual([
      [3, again.rows[3]!.id, 'Bùi Thị Bích'],
    ]);
  });

  it('re-run: a leaver keeps their row and is marked on the roster', () => {
    const first = plan10A1();
    const existing: ExistingRow[] = first.rows.map((r) => ({
      row: r.row,
      id: r.id,
      fullName: r.entry!.fullName,
      birthDate: r.entry!.birthDate,
    }));
    const t = tables();
    const rows = t.students.slice(1).map((r) => [...r]);
    rows[1]![12] = '15/01/2026';
    t.students = students(rows);
    const { data } = readSchool(t);
    const p = planClass(
      { ...data.classes[0]!, workbookId: 'wb' },
      { ...data, schoolYear: '2025-2026' },
      existing,
    );
    expect(p.rows).toHaveLength(3);
    const w = updateValues(p).find((x) => x.range === "'Danh sách'!M4:N4");
    expect(w?.values).toEqual([['15/01/2026', 'Đã chuyển đi 15/01/2026']]);
  });

  it('initial values: three header rows and key columns on every tab', () => {
    const p = plan10A1();
    const v = initialValues(p, '2025-2026');
    const toan = v.find((x) => x.range.startsWith("'Toán'!A1"))!;
    expect(toan.values[0]![0]).toBe('Toán — Lớp 10A1 — Năm học 2025-2026');
    expect(toan.values[1]!.slice(3, 5)).toEqual(['Học kì I', '']);
    expect(toan.values[2]!.slice(0, 5)).toEqual(['Số TT', 'Mã HS', 'Họ và tên', 'TX1', 'TX2']);
    const roster = v.find((x) => x.range.startsWith("'Danh sách'!A4"))!;
    expect(roster.values[0]!.slice(0, 5)).toEqual([
      1,
      p.rows[0]!.id,
      'Lê Văn An',
      '01/01/2010',
      'Nam',
    ]);
  });
});

describe('buildRequests', () => {
  const p = plan10A1();
  const reqs = buildRequests(p.layout);
  const kinds = reqs.map((r) => Object.keys(r)[0]);

  it('sets locale vi_VN, renames sheet 0, adds the other tabs with frozen headers', () => {
    expect(reqs[0]).toEqual({
      updateSpreadsheetProperties: {
        properties: { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
        fields: 'locale,timeZone',
      },
    });
    expect(kinds.filter((k) => k === 'addSheet')).toHaveLength(p.layout.tabs.length - 1);
    const first = reqs[1] as {
      updateSheetProperties: {
        properties: { title: string; gridProperties: { frozenRowCount: number } };
      };
    };
    expect(first.updateSheetProperties.properties.title).toBe('Danh sách');
    expect(first.updateSheetProperties.properties.gridProperties.frozenRowCount).toBe(3);
  });

  it('validates scores 0–10, Đ/CĐ, P/K and conduct levels with Vietnamese help', () => {
    const rules = reqs.flatMap((r) => ('setDataValidation' in r ? [JSON.stringify(r)] : []));
    expect(rules.some((r) => r.includes('NUMBER_BETWEEN') && r.includes('từ 0 đến 10'))).toBe(true);
    expect(rules.some((r) => r.includes('"Đ"') && r.includes('"CĐ"'))).toBe(true);
    expect(rules.some((r) => r.includes('"P"') && r.includes('"K"'))).toBe(true);
    expect(rules.some((r) => r.includes('Chưa đạt') && r.includes('Tốt'))).toBe(true);
    expect(JSON.stringify(reqs)).toContain('"pattern":"0.0"');
  });

  it('records the layout version as developer metadata', () => {
    expect(JSON.stringify(reqs.filter((r) => 'createDeveloperMetadata' in r))).toContain(
      '"metadataKey":"sodiem.layoutVersion","metadataValue":"1"',
    );
  });
});

describe('catalogue', () => {
  it('derives regular counts from periods (TT22 Điều 6.2.b) and per week (TT58)', () => {
    expect(catalogueCheck()).toEqual({
      toan: 4,
      lichSu: 3,
      gdqp: 2,
      gdtc: 2,
      tt58Sinh: 2,
      tt58Ly: 3,
      tt58Toan: 4,
    });
  });
});
