// Roster import: CSV parsing, merging into `Học sinh` without duplicates, and the control
// workbook bootstrap (every tab, validation, admin-only protection).
import { MemoryControlStore } from '../../../src/app/ports/control-store';
import { importRosterTable } from '../../../src/app/setup/import-roster';
import { CONTROL_TAB_NAMES, decodeSettings } from '../../../src/domain/control';
import {
  controlRequests,
  controlValues,
  parseCsv,
  schoolYearAt,
  STUDENTS_TAB,
} from '../../../src/domain/setup';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, semicolons and a BOM', () => {
    expect(
      parseCsv('\uFEFFHọ và tên;Ngày sinh\r\n"Lê ""Bé"" An";01/01/2010\r\nTrần B;02/02/2010'),
    ).toEqual([
      ['Họ và tên', 'Ngày sinh'],
      ['Lê "Bé" An', '01/01/2010'],
      ['Trần B', '02/02/2010'],
    ]);
    expect(parseCsv('a,"b,c"\n1,2\n')).toEqual([
      ['a', 'b,c'],
      ['1', '2'],
    ]);
  });
});

describe('importRosterTable', () => {
  const csv =
    'Họ tên,Ngày sinh,Giới tính\nNguyễn Thị Ánh,12/03/2010,Nữ\nLê Văn An,01/01/2010,Nam\n';

  it('appends new students once, whatever the number of imports', () => {
    const store = new MemoryControlStore();
    const first = importRosterTable(store, {
      sheet: 'CSV',
      values: parseCsv(csv),
      classId: '10A1',
    });
    expect(first).toEqual({ status: 'done', read: 2, added: 2 });
    const again = importRosterTable(store, {
      sheet: 'CSV',
      values: parseCsv(csv),
      classId: '10A1',
    });
    expect(again).toEqual({ status: 'done', read: 2, added: 0 });
    const tab = store.tabs.get(STUDENTS_TAB)!;
    expect(tab).toHaveLength(3);
    expect(tab[1]!.slice(0, 5)).toEqual([
      '10A1',
      expect.stringMatching(/^HS/),
      'Nguyễn Thị Ánh',
      '12/03/2010',
      'Nữ',
    ]);
  });

  it('adds nothing when the table has problems', () => {
    const store = new MemoryControlStore();
    const r = importRosterTable(store, {
      sheet: 'CSV',
      values: parseCsv(csv + ',31/02/2010,Nam\n'),
      classId: '10A1',
    });
    expect(r.status).toBe('invalid');
    expect(r.status === 'invalid' && r.problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'Họ tên'],
      [4, 'Ngày sinh'],
    ]);
    expect(store.tabs.size).toBe(0);
  });
});

describe('control workbook bootstrap', () => {
  it('names the school year from the date (Vietnam time)', () => {
    expect(schoolYearAt(Date.UTC(2025, 8, 5))).toBe('2025-2026');
    expect(schoolYearAt(Date.UTC(2026, 1, 5))).toBe('2025-2026');
    expect(schoolYearAt(Date.UTC(2026, 6, 31, 17))).toBe('2026-2027');
  });

  it('creates every tab, protected for the admins, with validation on enumerations', () => {
    const reqs = controlRequests(['vanthu@truong.edu.vn']);
    const titles = reqs.flatMap((r) => {
      const p = (r.addSheet ?? r.updateSheetProperties) as
        { properties?: { title?: string } } | undefined;
      return p?.properties?.title ? [p.properties.title] : [];
    });
    expect(titles).toEqual([...CONTROL_TAB_NAMES, STUDENTS_TAB]);
    const protections = reqs.filter((r) => 'addProtectedRange' in r);
    expect(protections).toHaveLength(titles.length);
    expect(JSON.stringify(protections[0])).toContain('vanthu@truong.edu.vn');
    const rules = JSON.stringify(reqs.filter((r) => 'setDataValidation' in r));
    expect(rules).toContain('"Tính điểm"');
    expect(rules).toContain('"TT58_2011"');
    expect(rules).toContain('"BOOLEAN"');
  });

  it('prefills settings and subjects, and lists the admin', () => {
    const values = controlValues(
      {
        name: '',
        district: '',
        province: '',
        level: 'THCS',
        schoolYear: '2025-2026',
        systemAccount: '',
        yearFolderId: '',
        ruleSetByGrade: {},
      },
      { email: 'vanthu@truong.edu.vn', name: 'Văn thư' },
      'THCS',
    );
    const settings = values.find((v) => v.range.startsWith("'Cài đặt'"))!.values;
    expect(decodeSettings(settings).settings.ruleSetByGrade).toEqual({
      6: 'TT22',
      7: 'TT22',
      8: 'TT22',
      9: 'TT22',
    });
    const subjects = values.find((v) => v.range.startsWith("'Môn học'"))!.values;
    expect(subjects).toHaveLength(1 + 4 * 12);
    expect(values.find((v) => v.range.startsWith("'Giáo viên'"))!.values[1]).toEqual([
      'qt01',
      'Văn thư',
      'vanthu@truong.edu.vn',
      'Quản trị',
    ]);
  });
});
