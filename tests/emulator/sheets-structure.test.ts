// Structure (rows, columns, tabs, sort), metadata, named ranges, and strictness.
// Doc: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { NotImplementedError, PROTECTED_MESSAGE } from '../../emulator';
import { app, school, sheetsApi } from './sheets-helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('insert / delete rows and columns (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsbeforebeforeposition,-howmany)', () => {
  test('inserting rows as a user moves values, protections and validation with them', () => {
    const s = school();
    s.emu.sheet(s.doc).set('Toán!A2', [
      ['An', 8],
      ['Bình', 7],
    ]);
    s.emu.as(s.owner).run(() => {
      const SA = app(s.emu);
      const sheet = SA.openById(s.doc).getSheetByName('Toán')!;
      const p = sheet.getRange('B3').protect();
      p.removeEditors(p.getEditors());
      sheet
        .getRange('B2:B3')
        .setDataValidation(SA.newDataValidation().requireNumberBetween(0, 10).build());
    });
    s.emu.as(s.owner).insertRows(s.doc, 'Toán', 2, 2);
    expect(s.emu.sheet(s.doc).values('Toán!A2:B5')).toEqual([
      ['', ''],
      ['', ''],
      ['An', 8],
      ['Bình', 7],
    ]);
    expect(s.emu.sheet(s.doc).protections()[0]!.range).toMatchObject({
      startRowIndex: 4,
      endRowIndex: 5,
    });
    expect(s.emu.sheet(s.doc).cell('Toán!B4')?.validation?.kind).toBe('NUMBER_BETWEEN');
    expect(s.emu.sheet(s.doc).cell('Toán!B2')?.validation).toBeUndefined();
    expect(() => s.emu.as(s.bob).type(s.doc, 'Toán!B5', '1')).toThrow(PROTECTED_MESSAGE);
  });

  test('deleting rows removes their cells and shrinks ranges; deleting a protected row needs its protection', () => {
    const s = school();
    s.emu.sheet(s.doc).set('Toán!A1', [['a'], ['b'], ['c'], ['d']]);
    s.emu.as(s.owner).run(() => {
      const p = app(s.emu).openById(s.doc).getRange('Toán!A3:A4').protect();
      p.removeEditors(p.getEditors());
    });
    expect(() => s.emu.as(s.bob).deleteRows(s.doc, 'Toán', 3, 1)).toThrow(PROTECTED_MESSAGE);
    s.emu.as(s.bob).deleteRows(s.doc, 'Toán', 1, 1);
    expect(s.emu.sheet(s.doc).values('Toán!A1:A4')).toEqual([['b'], ['c'], ['d'], ['']]);
    expect(s.emu.sheet(s.doc).protections()[0]!.range).toMatchObject({
      startRowIndex: 1,
      endRowIndex: 3,
    });
  });

  test('script insertColumnsBefore shifts cells right', () => {
    const s = school();
    s.emu.sheet(s.doc).set('Toán!A1', [['a', 'b', 'c']]);
    s.emu
      .as(s.owner)
      .run(() => app(s.emu).openById(s.doc).getSheetByName('Toán')!.insertColumnsBefore(2, 1));
    expect(s.emu.sheet(s.doc).values('Toán!A1:D1')).toEqual([['a', '', 'b', 'c']]);
  });

  test('sorting moves whole rows (values and validation); empty cells last', () => {
    const s = school();
    s.emu.sheet(s.doc).set('Toán!A1', [
      ['Cường', 5],
      ['', 9],
      ['An', 8],
    ]);
    s.emu.as(s.owner).run(() => {
      const SA = app(s.emu);
      SA.openById(s.doc)
        .getRange('Toán!B3')
        .setDataValidation(SA.newDataValidation().requireNumberBetween(0, 10).build());
    });
    s.emu.as(s.owner).sortRange(s.doc, 'Toán!A1:B3', [{ column: 1, ascending: true }]);
    expect(s.emu.sheet(s.doc).values('Toán!A1:B3')).toEqual([
      ['An', 8],
      ['Cường', 5],
      ['', 9],
    ]);
    expect(s.emu.sheet(s.doc).cell('Toán!B1')?.validation?.kind).toBe('NUMBER_BETWEEN');
  });

  test('renaming and deleting tabs are structural and need the sheet protection', () => {
    const s = school();
    s.emu.sheet(s.doc).addSheet('Văn');
    s.emu.as(s.owner).run(() => {
      const p = app(s.emu).openById(s.doc).getSheetByName('Văn')!.protect();
      p.removeEditors(p.getEditors());
    });
    expect(() => s.emu.as(s.bob).renameSheet(s.doc, 'Văn', 'Ngữ văn')).toThrow(PROTECTED_MESSAGE);
    expect(() => s.emu.as(s.bob).deleteSheet(s.doc, 'Văn')).toThrow(PROTECTED_MESSAGE);
    s.emu.as(s.owner).renameSheet(s.doc, 'Văn', 'Ngữ văn');
    expect(s.emu.sheet(s.doc).sheetNames()).toEqual(['Toán', 'Ngữ văn']);
    s.emu.as(s.owner).deleteSheet(s.doc, 'Ngữ văn');
    expect(s.emu.sheet(s.doc).sheetNames()).toEqual(['Toán']);
  });
});

describe('tabs, frozen rows, hidden tabs, metadata, named ranges', () => {
  test('insertSheet, frozen rows/columns, hideSheet; hiding the last visible tab is refused', () => {
    const s = school();
    const got = s.emu.as(s.owner).run(() => {
      const ss = app(s.emu).openById(s.doc);
      const sheet = ss.insertSheet('Điểm danh');
      sheet.setFrozenRows(2);
      sheet.setFrozenColumns(1);
      sheet.hideSheet();
      return [
        ss.getSheets().map((x) => x.getName()),
        sheet.getFrozenRows(),
        sheet.getFrozenColumns(),
        sheet.isSheetHidden(),
      ];
    });
    expect(got).toEqual([['Toán', 'Điểm danh'], 2, 1, true]);
    expect(() =>
      s.emu.as(s.owner).run(() => app(s.emu).openById(s.doc).getSheetByName('Toán')!.hideSheet()),
    ).toThrow("You can't hide all the sheets in a document.");
  });

  test('developer metadata on the spreadsheet, a tab and a row; found by key; rows move with inserts', () => {
    const s = school();
    s.emu.as(s.owner).run(() => {
      const ss = app(s.emu).openById(s.doc);
      ss.addDeveloperMetadata('sodiem.layout', '1');
      ss.getSheetByName('Toán')!.addDeveloperMetadata('sodiem.subject', 'TOAN');
      ss.getRange('Toán!3:3').addDeveloperMetadata('student', 'HS001');
    });
    s.emu.as(s.owner).insertRows(s.doc, 'Toán', 1, 1);
    const found = s.emu.as(s.owner).run(() =>
      app(s.emu)
        .openById(s.doc)
        .createDeveloperMetadataFinder()
        .withKey('student')
        .find()
        .map((d) => d.getValue()),
    );
    expect(found).toEqual(['HS001']);
    const api = s.emu.as(s.owner).run(
      () =>
        sheetsApi(s.emu).Spreadsheets!.get(s.doc, {
          fields: 'developerMetadata,sheets(developerMetadata)',
        }) as Json,
    );
    expect(api.developerMetadata[0]).toMatchObject({
      metadataKey: 'sodiem.layout',
      metadataValue: '1',
    });
    expect(api.sheets[0].developerMetadata[1].location.dimensionRange).toMatchObject({
      startIndex: 3,
      endIndex: 4,
    });
  });

  test('named ranges: set, read back, follow row inserts', () => {
    const s = school();
    s.emu.as(s.owner).run(() => {
      const ss = app(s.emu).openById(s.doc);
      ss.setNamedRange('DiemToan', ss.getRange('Toán!E2:E40'));
    });
    s.emu.as(s.owner).insertRows(s.doc, 'Toán', 1, 1);
    const a1 = s.emu
      .as(s.owner)
      .run(() => app(s.emu).openById(s.doc).getRangeByName('DiemToan')!.getA1Notation());
    expect(a1).toBe('E3:E41');
  });
});

describe('strictness', () => {
  test('an unmodelled method throws NotImplementedError naming itself, on every class', () => {
    const s = school();
    const calls: Array<[string, () => unknown]> = [];
    s.emu.as(s.owner).run(() => {
      const SA = app(s.emu) as unknown as Record<string, () => unknown>;
      const ss = app(s.emu).openById(s.doc) as unknown as Record<string, () => unknown>;
      const sheet = app(s.emu).openById(s.doc).getSheets()[0] as unknown as Record<
        string,
        () => unknown
      >;
      const range = app(s.emu).openById(s.doc).getRange('A1') as unknown as Record<
        string,
        () => unknown
      >;
      const prot = app(s.emu).openById(s.doc).getRange('A1').protect() as unknown as Record<
        string,
        () => unknown
      >;
      const api = sheetsApi(s.emu).Spreadsheets as unknown as Record<string, () => unknown>;
      calls.push(
        ['SpreadsheetApp.openByKey', () => SA.openByKey!()],
        ['Spreadsheet.getFormUrl', () => ss.getFormUrl!()],
        ['Sheet.getCharts', () => sheet.getCharts!()],
        ['Range.getFormulasR1C1', () => range.getFormulasR1C1!()],
        ['Protection.addTargetAudience', () => prot.addTargetAudience!()],
        ['Sheets.Spreadsheets.getByDataFilter', () => api.getByDataFilter!()],
      );
      for (const [name, call] of calls) {
        expect(call).toThrow(NotImplementedError);
        expect(call).toThrow(`Emulator: ${name} is not implemented`);
      }
    });
    expect(calls).toHaveLength(6);
  });

  test('modelled methods are real (not swallowed by the strict proxy)', () => {
    const s = school();
    const name = s.emu.as(s.owner).run(() => app(s.emu).openById(s.doc).getName());
    expect(name).toBe('Sổ điểm 2025-2026 - Lớp 6A');
  });
});

describe('bounds and copies', () => {
  test('a range past the sheet is refused (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns)', () => {
    const s = school();
    expect(() =>
      s.emu
        .as(s.owner)
        .run(() => app(s.emu).openById(s.doc).getSheetByName('Toán')!.getRange(1000, 1, 2, 1)),
    ).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('a user paste past the last row adds rows (Sheets UI)', () => {
    const s = school();
    s.emu.as(s.alice).paste(s.doc, 'Toán!A1000', [['a'], ['b']]);
    expect(s.emu.sheet(s.doc).model.sheets[0]!.rowCount).toBe(1001);
    expect(s.emu.sheet(s.doc).values('Toán!A1000:A1001')).toEqual([['a'], ['b']]);
  });

  test('Sheet.copyTo names the copy "Copy of …" and carries values and validation', () => {
    const s = school();
    s.emu.sheet(s.doc).set('Toán!A1', [['Mẫu', 1]]);
    const target = s.emu.createSpreadsheet(s.owner, 'Lớp 6B');
    const name = s.emu.as(s.owner).run(() => {
      const SA = app(s.emu);
      SA.openById(s.doc)
        .getRange('Toán!B1')
        .setDataValidation(SA.newDataValidation().requireNumberBetween(0, 10).build());
      return SA.openById(s.doc).getSheetByName('Toán')!.copyTo(SA.openById(target)).getName();
    });
    expect(name).toBe('Copy of Toán');
    expect(s.emu.sheet(target).values("'Copy of Toán'!A1:B1")).toEqual([['Mẫu', 1]]);
    expect(s.emu.sheet(target).cell("'Copy of Toán'!B1")?.validation?.kind).toBe('NUMBER_BETWEEN');
  });

  test('Range.copyTo copies values and formats to the destination, checked against protections', () => {
    const s = school();
    s.emu.sheet(s.doc).set('Toán!A1', [['x', 2]]);
    s.emu.as(s.owner).run(() => {
      const ss = app(s.emu).openById(s.doc);
      ss.getRange('Toán!A1:B1').setFontWeight('bold');
      ss.getRange('Toán!A1:B1').copyTo(ss.getRange('Toán!C5'));
    });
    expect(s.emu.sheet(s.doc).values('Toán!C5:D5')).toEqual([['x', 2]]);
    expect(s.emu.sheet(s.doc).cell('Toán!D5')?.format?.fontWeight).toBe('bold');
  });
});

test('Spreadsheet.copy: a new file owned by the caller, with tabs, values and protections (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copyname)', () => {
  const s = school();
  s.emu.sheet(s.doc).set('Toán!A1', [[9]]);
  const id = s.emu.as(s.owner).run(() => {
    const ss = app(s.emu).openById(s.doc);
    ss.getRange('Toán!A1').protect().setDescription('khóa');
    return ss.copy('Bản sao 2025-09-05').getId();
  });
  expect(id).not.toBe(s.doc);
  expect(s.emu.ws.files.get(id)?.owner).toBe(s.owner);
  expect(s.emu.ws.files.get(id)?.name).toBe('Bản sao 2025-09-05');
  expect(s.emu.sheet(id).value('Toán!A1')).toBe(9);
  expect(
    s.emu
      .sheet(id)
      .protections()
      .map((p) => p.description),
  ).toEqual(['khóa']);
  s.emu.sheet(s.doc).set('Toán!A1', [[1]]);
  expect(s.emu.sheet(id).value('Toán!A1')).toBe(9);
});
