// Range values: offsets, real types, dimension errors, locale display and user-input parsing.
// Doc: https://developers.google.com/apps-script/reference/spreadsheet/range
import { app, school, sheetsApi } from './sheets-helpers';

describe('Range.getValues / setValues (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues)', () => {
  test('setValues at an offset writes exactly its rectangle and leaves other cells alone', () => {
    const { emu, owner, doc } = school();
    emu.sheet(doc).set('Toán!A1', [
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
      ['i', 'j', 'k', 'l'],
    ]);
    emu.as(owner).run(() => {
      app(emu)
        .openById(doc)
        .getSheetByName('Toán')!
        .getRange(2, 2, 2, 2)
        .setValues([
          [1, 2],
          [3, 4],
        ]);
    });
    expect(emu.sheet(doc).values('Toán!A1:D3')).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 1, 2, 'h'],
      ['i', 3, 4, 'l'],
    ]);
  });

  test('values keep their types: number, string, boolean, Date, and "" for empty', () => {
    const { emu, owner, doc } = school();
    const when = new Date('2025-09-05T00:00:00Z');
    const got = emu.as(owner).run(() => {
      const range = app(emu).openById(doc).getRange("'Toán'!A1:E1");
      range.setValues([[8.5, 'Nguyễn Văn An', true, when, '']]);
      return range.getValues();
    });
    expect(got).toEqual([[8.5, 'Nguyễn Văn An', true, when, '']]);
    expect(typeof got[0]![0]).toBe('number');
    expect(got[0]![3]).toBeInstanceOf(Date);
    expect(got[0]![4]).toBe('');
  });

  test("the dimension-mismatch error has Apps Script's text, and nothing is written", () => {
    const { emu, owner, doc } = school();
    expect(() =>
      emu.as(owner).run(() =>
        app(emu)
          .openById(doc)
          .getRange('Toán!A1:B3')
          .setValues([[1, 2]]),
      ),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() =>
      emu.as(owner).run(() =>
        app(emu)
          .openById(doc)
          .getRange('Toán!A1:B1')
          .setValues([[1, 2, 3]]),
      ),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(
      emu
        .sheet(doc)
        .values('Toán!A1:C3')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  test('each service call is counted once', () => {
    const { emu, owner, doc } = school();
    emu.as(owner).run(() => {
      const range = app(emu).openById(doc).getRange('Toán!A1:B2');
      range.setValues([
        [1, 2],
        [3, 4],
      ]);
      range.getValues();
    });
    const calls = emu.lastExecution()!.calls;
    expect(calls.get('SpreadsheetApp.openById')).toBe(1);
    expect(calls.get('Spreadsheet.getRange')).toBe(1);
    expect(calls.get('Range.setValues')).toBe(1);
    expect(calls.get('Range.getValues')).toBe(1);
  });

  test('A1 with a quoted Vietnamese tab name, whole columns and R1C1', () => {
    const { emu, owner, doc } = school();
    const notes = emu.as(owner).run(() => {
      const ss = app(emu).openById(doc);
      ss.getRange("'Toán'!E7").setValue(9);
      const sheet = ss.getSheetByName('Toán')!;
      return [
        ss.getRange("'Toán'!E7").getA1Notation(),
        sheet.getRange('E:E').getNumRows(),
        sheet.getRange('R7C5').getValue(),
      ];
    });
    expect(notes).toEqual(['E7', 1000, 9]);
  });

  test('getLastRow / getLastColumn follow content', () => {
    const { emu, owner, doc } = school();
    emu.sheet(doc).set('Toán!C5', [[1]]);
    const got = emu.as(owner).run(() => {
      const sheet = app(emu).openById(doc).getSheetByName('Toán')!;
      return [sheet.getLastRow(), sheet.getLastColumn()];
    });
    expect(got).toEqual([5, 3]);
  });
});

describe('locale (https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues)', () => {
  test('vi_VN shows a decimal comma; number formats 0.0, 0, @ and dd/MM/yyyy apply', () => {
    const { emu, owner, doc } = school();
    const shown = emu.as(owner).run(() => {
      const sheet = app(emu).openById(doc).getSheetByName('Toán')!;
      sheet.getRange('A1:E1').setValues([[8.5, 8, 7.25, 9.5, new Date('2025-09-04T17:00:00Z')]]);
      sheet.getRange('B1').setNumberFormat('0.0');
      sheet.getRange('C1').setNumberFormat('0');
      sheet.getRange('D1').setNumberFormat('@');
      sheet.getRange('E1').setNumberFormat('dd/MM/yyyy');
      return sheet.getRange('A1:E1').getDisplayValues();
    });
    expect(shown).toEqual([['8,5', '8,0', '7', '9,5', '05/09/2025']]);
  });

  test('en_US shows a decimal point', () => {
    const { emu, doc } = school();
    emu.sheet(doc).model.locale = 'en_US';
    emu.sheet(doc).set('Toán!A1', [[8.5]]);
    expect(emu.sheet(doc).displayValues('Toán!A1')).toEqual([['8.5']]);
  });

  test('typing under vi_VN: "8,5" is the number 8.5; "8.5" stays text (Assumption, README)', () => {
    const { emu, alice, doc } = school();
    emu.as(alice).type(doc, "'Toán'!E7", '8,5');
    emu.as(alice).type(doc, "'Toán'!E8", '8.5');
    emu.as(alice).type(doc, "'Toán'!E9", '10');
    emu.as(alice).type(doc, "'Toán'!E10", "'9");
    emu.as(alice).type(doc, "'Toán'!E11", '05/09/2025');
    const v = emu.sheet(doc).values("'Toán'!E7:E11");
    expect(v.slice(0, 4)).toEqual([[8.5], ['8.5'], [10], ['9']]);
    expect(v[4]![0]).toBeInstanceOf(Date);
    expect(emu.sheet(doc).displayValues("'Toán'!E11")).toEqual([['05/09/2025']]);
  });

  test('typing under en_US: "8.5" is a number, "8,5" is text', () => {
    const { emu, alice, doc } = school();
    emu.sheet(doc).model.locale = 'en_US';
    emu.as(alice).type(doc, 'Toán!A1', '8.5');
    emu.as(alice).type(doc, 'Toán!A2', '8,5');
    expect(emu.sheet(doc).values('Toán!A1:A2')).toEqual([[8.5], ['8,5']]);
  });

  test('a typed formula with an unmodelled function throws, naming it', () => {
    const { emu, alice, doc } = school();
    expect(() => emu.as(alice).type(doc, 'Toán!A1', '=AVERAGE(B1:B3)')).toThrow(
      'Emulator: formula function AVERAGE is not implemented',
    );
  });
});

describe('formats (https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor)', () => {
  test('formatting calls are recorded per cell and read back; values stay', () => {
    const { emu, owner, doc } = school();
    emu.sheet(doc).set('Toán!A1', [['STT', 'Họ và tên']]);
    const got = emu.as(owner).run(() => {
      const range = app(emu).openById(doc).getRange('Toán!A1:B1');
      range
        .setBackground('#d9ead3')
        .setFontWeight('bold')
        .setHorizontalAlignment('center')
        .setNote('Tiêu đề');
      return [range.getBackgrounds(), range.getFontWeights(), range.getNotes(), range.getValues()];
    });
    expect(got).toEqual([
      [['#d9ead3', '#d9ead3']],
      [['bold', 'bold']],
      [['Tiêu đề', 'Tiêu đề']],
      [['STT', 'Họ và tên']],
    ]);
  });
});

test('merge / getMergedRanges / breakApart (https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges)', () => {
  const { emu, owner, doc } = school();
  const got = emu.as(owner).run(() => {
    const ss = app(emu).openById(doc);
    ss.getRange('Toán!A1:C1').merge();
    const before = ss
      .getRange('Toán!B1')
      .getMergedRanges()
      .map((r) => r.getA1Notation());
    ss.getRange('Toán!A1:C1').breakApart();
    return [before, ss.getRange('Toán!A1:C3').getMergedRanges().length];
  });
  expect(got).toEqual([['A1:C1'], 0]);
});

test('UNFORMATTED_VALUE dates are serial numbers of the local date (Assumption A-SH-EVENT-TEXT)', () => {
  const { emu, alice, owner, doc } = school();
  emu.as(alice).type(doc, 'Toán!A1', '05/09/2025');
  const got = emu.as(owner).run(
    () =>
      sheetsApi(emu).Spreadsheets!.Values!.get(doc, 'Toán!A1', {
        valueRenderOption: 'UNFORMATTED_VALUE',
      }) as { values: unknown[][] },
  );
  // 2025-09-05 is day 45905 since 1899-12-30.
  expect(got.values).toEqual([[45905]]);
});
