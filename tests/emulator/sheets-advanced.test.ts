// The advanced Sheets service. Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
import { PROTECTED_MESSAGE } from '../../emulator';
import { school, sheetsApi } from './sheets-helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Sheets.Spreadsheets.batchUpdate', () => {
  test('addProtectedRange returns ids in replies; get lists protections with editors; update and delete by id', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    const id = s.emu.as(s.owner).run(() => {
      const res = api.Spreadsheets!.batchUpdate(
        {
          requests: [
            {
              addProtectedRange: {
                protectedRange: {
                  range: {
                    sheetId: 0,
                    startRowIndex: 1,
                    endRowIndex: 40,
                    startColumnIndex: 4,
                    endColumnIndex: 5,
                  },
                  description: 'teacher:alice',
                  editors: { users: [s.alice] },
                },
              },
            },
          ],
        },
        s.doc,
      ) as Json;
      return res.replies[0].addProtectedRange.protectedRange.protectedRangeId as number;
    });
    expect(typeof id).toBe('number');
    const got = s.emu.as(s.owner).run(
      () =>
        api.Spreadsheets!.get(s.doc, {
          fields: 'sheets(properties(sheetId,title),protectedRanges)',
        }) as Json,
    );
    expect(got.sheets[0].properties).toEqual({ sheetId: 0, title: 'Toán' });
    expect(got.sheets[0].protectedRanges[0]).toMatchObject({
      protectedRangeId: id,
      description: 'teacher:alice',
    });
    expect([...got.sheets[0].protectedRanges[0].editors.users].sort()).toEqual(
      [s.alice, s.owner].sort(),
    );
    expect(() => s.emu.as(s.bob).type(s.doc, 'Toán!E5', '5')).toThrow(PROTECTED_MESSAGE);
    s.emu.as(s.owner).run(() =>
      api.Spreadsheets!.batchUpdate(
        {
          requests: [
            {
              updateProtectedRange: {
                protectedRange: { protectedRangeId: id, editors: { users: [s.bob] } },
                fields: 'editors',
              },
            },
          ],
        },
        s.doc,
      ),
    );
    s.emu.as(s.bob).type(s.doc, 'Toán!E5', '5');
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!E5', '6')).toThrow(PROTECTED_MESSAGE);
    s.emu
      .as(s.owner)
      .run(() =>
        api.Spreadsheets!.batchUpdate(
          { requests: [{ deleteProtectedRange: { protectedRangeId: id } }] },
          s.doc,
        ),
      );
    expect(s.emu.sheet(s.doc).protections()).toHaveLength(0);
  });

  test('a batch refused by a protection changes nothing (all or nothing)', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.as(s.owner).run(() =>
      api.Spreadsheets!.batchUpdate(
        {
          requests: [
            {
              addProtectedRange: {
                protectedRange: {
                  range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1 },
                  editors: { users: [] },
                },
              },
            },
          ],
        },
        s.doc,
      ),
    );
    expect(() =>
      s.emu.as(s.bob).run(() =>
        api.Spreadsheets!.batchUpdate(
          {
            requests: [
              { addSheet: { properties: { title: 'Văn' } } },
              {
                updateCells: {
                  start: { sheetId: 0, rowIndex: 5, columnIndex: 0 },
                  rows: [{ values: [{ userEnteredValue: { numberValue: 1 } }] }],
                  fields: 'userEnteredValue',
                },
              },
              {
                updateCells: {
                  start: { sheetId: 0, rowIndex: 0, columnIndex: 0 },
                  rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
                  fields: 'userEnteredValue',
                },
              },
            ],
          },
          s.doc,
        ),
      ),
    ).toThrow(PROTECTED_MESSAGE);
    expect(s.emu.sheet(s.doc).sheetNames()).toEqual(['Toán']);
    expect(s.emu.sheet(s.doc).values('Toán!A1:A6').flat()).toEqual(['', '', '', '', '', '']);
  });

  test('sheet requests: addSheet, updateSheetProperties with a field mask, updateSpreadsheetProperties', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    const res = s.emu.as(s.owner).run(
      () =>
        api.Spreadsheets!.batchUpdate(
          {
            requests: [
              {
                addSheet: {
                  properties: { title: 'Văn', gridProperties: { rowCount: 50, columnCount: 10 } },
                },
              },
              {
                updateSheetProperties: {
                  properties: {
                    sheetId: 0,
                    gridProperties: { frozenRowCount: 3 },
                    hidden: true,
                    title: 'ignored',
                  },
                  fields: 'gridProperties.frozenRowCount,hidden',
                },
              },
              {
                updateSpreadsheetProperties: { properties: { locale: 'en_US' }, fields: 'locale' },
              },
            ],
          },
          s.doc,
        ) as Json,
    );
    expect(res.replies[0].addSheet.properties).toMatchObject({
      title: 'Văn',
      index: 1,
      gridProperties: { rowCount: 50, columnCount: 10 },
    });
    const sheet = s.emu.sheet(s.doc).model.sheets[0]!;
    expect([sheet.title, sheet.frozenRows, sheet.hidden]).toEqual(['Toán', 3, true]);
    expect(s.emu.sheet(s.doc).model.locale).toBe('en_US');
  });

  test('setDataValidation (strict) rejects user input; updateCells with a formula throws naming the function', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.as(s.owner).run(() =>
      api.Spreadsheets!.batchUpdate(
        {
          requests: [
            {
              setDataValidation: {
                range: {
                  sheetId: 0,
                  startRowIndex: 1,
                  endRowIndex: 40,
                  startColumnIndex: 4,
                  endColumnIndex: 5,
                },
                rule: {
                  condition: {
                    type: 'NUMBER_BETWEEN',
                    values: [{ userEnteredValue: '0' }, { userEnteredValue: '10' }],
                  },
                  strict: true,
                  inputMessage: 'Điểm từ 0 đến 10',
                },
              },
            },
          ],
        },
        s.doc,
      ),
    );
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!E3', '11')).toThrow('Điểm từ 0 đến 10');
    s.emu.as(s.alice).type(s.doc, 'Toán!E3', '9,5');
    expect(() =>
      s.emu.as(s.owner).run(() =>
        api.Spreadsheets!.batchUpdate(
          {
            requests: [
              {
                updateCells: {
                  start: { sheetId: 0, rowIndex: 0, columnIndex: 0 },
                  rows: [{ values: [{ userEnteredValue: { formulaValue: '=SUM(A2:A3)' } }] }],
                  fields: 'userEnteredValue',
                },
              },
            ],
          },
          s.doc,
        ),
      ),
    ).toThrow('Emulator: formula function SUM is not implemented');
  });

  test('unknown request kinds throw, naming themselves', () => {
    const s = school();
    expect(() =>
      s.emu
        .as(s.owner)
        .run(() =>
          sheetsApi(s.emu).Spreadsheets!.batchUpdate(
            { requests: [{ addChart: {} }] } as never,
            s.doc,
          ),
        ),
    ).toThrow('Emulator: Sheets.Spreadsheets.batchUpdate request addChart is not implemented');
  });

  test('insertDimension moves values, protections and validation down', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.sheet(s.doc).set('Toán!A2', [['An'], ['Bình']]);
    s.emu.as(s.owner).run(() =>
      api.Spreadsheets!.batchUpdate(
        {
          requests: [
            {
              addProtectedRange: {
                protectedRange: {
                  range: { sheetId: 0, startRowIndex: 2, endRowIndex: 3 },
                  editors: { users: [] },
                },
              },
            },
            {
              setDataValidation: {
                range: {
                  sheetId: 0,
                  startRowIndex: 2,
                  endRowIndex: 3,
                  startColumnIndex: 1,
                  endColumnIndex: 2,
                },
                rule: {
                  condition: {
                    type: 'ONE_OF_LIST',
                    values: [{ userEnteredValue: 'Đ' }, { userEnteredValue: 'CĐ' }],
                  },
                  strict: true,
                },
              },
            },
            {
              insertDimension: {
                range: { sheetId: 0, dimension: 'ROWS', startIndex: 1, endIndex: 3 },
              },
            },
          ],
        },
        s.doc,
      ),
    );
    expect(s.emu.sheet(s.doc).values('Toán!A2:A5')).toEqual([[''], [''], ['An'], ['Bình']]);
    expect(s.emu.sheet(s.doc).protections()[0]!.range).toMatchObject({
      startRowIndex: 4,
      endRowIndex: 5,
    });
    expect(s.emu.sheet(s.doc).cell('Toán!B5')?.validation?.kind).toBe('ONE_OF_LIST');
    expect(s.emu.sheet(s.doc).cell('Toán!B3')?.validation).toBeUndefined();
  });
});

describe('Sheets.Spreadsheets.Values', () => {
  test('batchUpdate USER_ENTERED parses under the locale, RAW keeps text; batchGet renders', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.as(s.owner).run(() =>
      api.Spreadsheets!.Values!.batchUpdate(
        {
          valueInputOption: 'USER_ENTERED',
          data: [{ range: "'Toán'!A1:B1", values: [['8,5', 'An']] }],
        },
        s.doc,
      ),
    );
    s.emu
      .as(s.owner)
      .run(() =>
        api.Spreadsheets!.Values!.batchUpdate(
          { valueInputOption: 'RAW', data: [{ range: "'Toán'!A2", values: [['8,5']] }] },
          s.doc,
        ),
      );
    expect(s.emu.sheet(s.doc).values('Toán!A1:B2')).toEqual([
      [8.5, 'An'],
      ['8,5', ''],
    ]);
    const got = s.emu.as(s.owner).run(
      () =>
        api.Spreadsheets!.Values!.batchGet(s.doc, {
          ranges: ["'Toán'!A1:C3"],
          valueRenderOption: 'UNFORMATTED_VALUE',
        }) as Json,
    );
    expect(got.valueRanges[0]).toEqual({
      range: "'Toán'!A1:C3",
      majorDimension: 'ROWS',
      values: [[8.5, 'An'], ['8,5']],
    });
    const shown = s.emu
      .as(s.owner)
      .run(() => api.Spreadsheets!.Values!.get(s.doc, "'Toán'!A1") as Json);
    expect(shown.values).toEqual([['8,5']]);
    expect(s.emu.lastExecution()!.calls.get('Sheets.Spreadsheets.Values.get')).toBe(1);
  });

  test('values writes by a non-editor of a protection fail as "Invalid data[0]: …" and write nothing', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.as(s.owner).run(() =>
      api.Spreadsheets!.batchUpdate(
        {
          requests: [
            {
              addProtectedRange: {
                protectedRange: {
                  range: { sheetId: 0, startRowIndex: 5, endRowIndex: 6 },
                  editors: { users: [s.alice] },
                },
              },
            },
          ],
        },
        s.doc,
      ),
    );
    expect(() =>
      s.emu.as(s.bob).run(() =>
        api.Spreadsheets!.Values!.batchUpdate(
          {
            valueInputOption: 'RAW',
            data: [
              { range: 'Toán!A1', values: [[1]] },
              { range: 'Toán!A6', values: [[2]] },
            ],
          },
          s.doc,
        ),
      ),
    ).toThrow(`Invalid data[1]: ${PROTECTED_MESSAGE}`);
    expect(s.emu.sheet(s.doc).values('Toán!A1:A6').flat()).toEqual(['', '', '', '', '', '']);
  });
});

describe('Sheets.Spreadsheets.get and Values.clear', () => {
  test('get with ranges returns only the named tabs; Values.clear empties values, keeps validation', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.sheet(s.doc).addSheet('Văn');
    s.emu.sheet(s.doc).set('Văn!A1', [[1, 2]]);
    const got = s.emu.as(s.owner).run(
      () =>
        api.Spreadsheets!.get(s.doc, {
          ranges: ['Văn!A1:B2'],
          fields: 'sheets.properties.title',
        }) as Json,
    );
    expect(got).toEqual({ sheets: [{ properties: { title: 'Văn' } }] });
    s.emu.as(s.owner).run(() => {
      const SA = s.emu.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      SA.openById(s.doc)
        .getRange('Văn!A1')
        .setDataValidation(SA.newDataValidation().requireNumberBetween(0, 10).build());
      api.Spreadsheets!.Values!.clear({}, s.doc, 'Văn!A1:B1');
    });
    expect(s.emu.sheet(s.doc).values('Văn!A1:B1')).toEqual([['', '']]);
    expect(s.emu.sheet(s.doc).cell('Văn!A1')?.validation?.kind).toBe('NUMBER_BETWEEN');
  });
});

describe('Sheets.Spreadsheets.Values.append (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/append)', () => {
  test('appends after the last row of the table, reports tableRange and updates', () => {
    const s = school();
    const api = sheetsApi(s.emu);
    s.emu.sheet(s.doc).set('Toán!A1', [
      ['thời điểm', 'người'],
      ['t1', 'an'],
    ]);
    const res = s.emu.as(s.owner).run(
      () =>
        api.Spreadsheets!.Values!.append(
          {
            values: [
              ['t2', 'bình'],
              ['t3', 'cường'],
            ],
          },
          s.doc,
          'Toán!A1:B1',
          {
            valueInputOption: 'RAW',
          },
        ) as Json,
    );
    expect(res.tableRange).toBe("'Toán'!A1:B2");
    expect(res.updates).toMatchObject({ updatedRange: "'Toán'!A3:B4", updatedCells: 4 });
    expect(s.emu.sheet(s.doc).values('Toán!A1:B5')).toEqual([
      ['thời điểm', 'người'],
      ['t1', 'an'],
      ['t2', 'bình'],
      ['t3', 'cường'],
      ['', ''],
    ]);
  });
});

test('Spreadsheets.get with includeGridData returns CellData for the ranges (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData)', () => {
  const s = school();
  s.emu.as(s.alice).type(s.doc, 'Toán!B2', '8,5');
  s.emu.as(s.owner).run(() => {
    const SA = s.emu.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const range = SA.openById(s.doc).getRange('Toán!B2');
    range.setNumberFormat('0.0');
    range.setDataValidation(
      SA.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).build(),
    );
  });
  const got = s.emu.as(s.owner).run(
    () =>
      sheetsApi(s.emu).Spreadsheets!.get(s.doc, {
        ranges: ['Toán!B2:C2'],
        fields:
          'sheets(data(startRow,startColumn,rowData(values(userEnteredValue,formattedValue,dataValidation))))',
      }) as Json,
  );
  expect(got.sheets[0].data[0]).toEqual({
    startRow: 1,
    startColumn: 1,
    rowData: [
      {
        values: [
          {
            userEnteredValue: { numberValue: 8.5 },
            formattedValue: '8,5',
            dataValidation: {
              condition: {
                type: 'NUMBER_BETWEEN',
                values: [{ userEnteredValue: '0' }, { userEnteredValue: '10' }],
              },
              strict: true,
              showCustomUi: true,
            },
          },
          {},
        ],
      },
    ],
  });
});
