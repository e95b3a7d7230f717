// Edit events and simple triggers. Doc: https://developers.google.com/apps-script/guides/triggers/events
// and https://developers.google.com/apps-script/guides/triggers (restrictions of simple triggers).
import { createEmulator, EditRefusedError } from '../../emulator';
import { app, school, sheetsApi, type School } from './sheets-helpers';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit & {
  range: GoogleAppsScript.Spreadsheet.Range & {
    rowStart: number;
    columnStart: number;
    rowEnd: number;
    columnEnd: number;
  };
};

function captureEdits(s: School): Array<{ e: EditEvent; a1: string; email: string }> {
  const seen: Array<{ e: EditEvent; a1: string; email: string }> = [];
  s.emu.context.onEdit = (e: EditEvent) => {
    seen.push({ e, a1: e.range.getA1Notation(), email: e.user.getEmail() });
  };
  return seen;
}

describe('edit events (https://developers.google.com/apps-script/guides/triggers/events#edit)', () => {
  test('single cell: value, and oldValue only when the cell had content; LIMITED, as the editor', () => {
    const s = school();
    const seen = captureEdits(s);
    s.emu.as(s.alice).type(s.doc, "'Toán'!E7", '8,5');
    s.emu.as(s.alice).type(s.doc, "'Toán'!E7", '9');
    expect(seen).toHaveLength(2);
    const [first, second] = seen;
    expect(first!.e.value).toBe('8.5');
    expect('oldValue' in first!.e).toBe(false);
    expect(second!.e).toMatchObject({ value: '9', oldValue: '8.5', authMode: 'LIMITED' });
    expect(first!.a1).toBe('E7');
    expect(first!.e.range).toMatchObject({ rowStart: 7, columnStart: 5, rowEnd: 7, columnEnd: 5 });
    const exec = s.emu.executions.filter((x) => x.kind === 'simple-trigger');
    expect(exec.map((x) => [x.user, x.authMode, x.documentId])).toEqual([
      [s.alice, 'LIMITED', s.doc],
      [s.alice, 'LIMITED', s.doc],
    ]);
  });

  test('multi-cell paste and clear: no value, no oldValue', () => {
    const s = school();
    const seen = captureEdits(s);
    s.emu.sheet(s.doc).set('Toán!A1', [[1]]);
    s.emu.as(s.alice).paste(s.doc, 'Toán!A1', [
      ['8', '9'],
      ['7', '6'],
    ]);
    s.emu.as(s.alice).clear(s.doc, 'Toán!A1:B2');
    expect(seen.map((x) => x.a1)).toEqual(['A1:B2', 'A1:B2']);
    for (const { e } of seen) {
      expect('value' in e).toBe(false);
      expect('oldValue' in e).toBe(false);
    }
    expect(s.emu.sheet(s.doc).values('Toán!A1:B2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  test('clearing one cell: oldValue kept, value absent (Assumption, README)', () => {
    const s = school();
    const seen = captureEdits(s);
    s.emu.sheet(s.doc).set('Toán!A1', [[7]]);
    s.emu.as(s.alice).clear(s.doc, 'Toán!A1');
    expect(seen[0]!.e.oldValue).toBe('7');
    expect('value' in seen[0]!.e).toBe(false);
  });

  test('script and API writes fire no trigger ("Script executions and API requests do not cause triggers to run")', () => {
    const s = school();
    const seen = captureEdits(s);
    s.emu.as(s.alice).run(() => app(s.emu).openById(s.doc).getRange('Toán!A1').setValue(1));
    s.emu
      .as(s.alice)
      .run(() =>
        sheetsApi(s.emu).Spreadsheets!.Values!.batchUpdate(
          { valueInputOption: 'RAW', data: [{ range: 'Toán!A2', values: [[2]] }] },
          s.doc,
        ),
      );
    expect(seen).toHaveLength(0);
    expect(s.emu.executions.map((x) => x.kind)).toEqual(['script', 'script']);
  });

  test('a refused edit fires nothing and changes nothing', () => {
    const s = school();
    const seen = captureEdits(s);
    s.emu.as(s.owner).run(() => {
      const p = app(s.emu).openById(s.doc).getRange('Toán!A1').protect();
      p.removeEditors(p.getEditors());
    });
    expect(() => s.emu.as(s.bob).type(s.doc, 'Toán!A1', '1')).toThrow(EditRefusedError);
    expect(seen).toHaveLength(0);
  });

  test("e.user: visible in the script owner's domain, blank across domains (https://developers.google.com/apps-script/reference/base/session#getactiveuser)", () => {
    const s = school();
    const seen = captureEdits(s);
    s.emu.ws.files.get(s.doc)!.editors.add(s.outsider);
    s.emu.as(s.alice).type(s.doc, 'Toán!A1', '1');
    s.emu.as(s.outsider).type(s.doc, 'Toán!A2', '1');
    expect(seen.map((x) => x.email)).toEqual([s.alice, '']);
  });

  test('simple triggers cannot call services that need authorization; the bound file is fine', () => {
    const s = school();
    const other = s.emu.createSpreadsheet(s.alice, 'Khác');
    const outcomes: string[] = [];
    s.emu.context.onEdit = () => {
      for (const attempt of [
        () => app(s.emu).openById(other),
        () => sheetsApi(s.emu).Spreadsheets!.get(s.doc),
        () => app(s.emu).getActiveSpreadsheet()!.getRange('Toán!B1').setValue('ok'),
      ]) {
        try {
          attempt();
          outcomes.push('ok');
        } catch (error) {
          outcomes.push((error as Error).message);
        }
      }
    };
    s.emu.as(s.alice).type(s.doc, 'Toán!A1', '1');
    expect(outcomes).toEqual([
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      'You do not have permission to call Sheets.Spreadsheets.get. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      'ok',
    ]);
    expect(s.emu.sheet(s.doc).value('Toán!B1')).toBe('ok');
  });

  test('a failing trigger leaves the edit in place and records the error', () => {
    const s = school();
    s.emu.context.onEdit = () => {
      throw new Error('hỏng');
    };
    s.emu.as(s.alice).type(s.doc, 'Toán!A1', '5');
    expect(s.emu.sheet(s.doc).value('Toán!A1')).toBe(5);
    expect(s.emu.lastExecution()!.error).toBe('hỏng');
    expect(s.emu.triggerErrors).toHaveLength(1);
    expect(s.emu.triggerErrors[0]!.handler).toBe('onEdit');
  });

  test('a simple trigger stops after 30 seconds of estimated time (https://developers.google.com/apps-script/guides/triggers#restrictions)', () => {
    const s = school();
    let reads = 0;
    s.emu.context.onEdit = () => {
      const range = app(s.emu).getActiveSpreadsheet()!.getRange('Toán!A1:B2');
      for (;;) {
        range.getValues();
        reads += 1;
      }
    };
    s.emu.as(s.alice).type(s.doc, 'Toán!A1', '1');
    const exec = s.emu.lastExecution()!;
    expect(exec.error).toBe('Exceeded maximum execution time');
    expect(exec.estimatedMs).toBeGreaterThan(30_000);
    expect(exec.estimatedMs).toBeLessThan(31_000);
    expect(reads).toBeGreaterThan(10);
  });

  test('bound deployment: simple triggers run only in the container', () => {
    const emu = createEmulator({ deployment: 'bound' });
    const owner = emu.addUser('sodiem@truong.edu.vn');
    const control = emu.createSpreadsheet(owner, 'Quản trị');
    const other = emu.createSpreadsheet(owner, 'Lớp 6A');
    emu.bindTo(control);
    let fired = 0;
    emu.context.onEdit = () => {
      fired += 1;
    };
    emu.as(owner).type(other, 'A1', '1');
    emu.as(owner).type(control, 'A1', '1');
    expect(fired).toBe(1);
  });
});

describe('data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata)', () => {
  function withRule(s: School, allowInvalid: boolean): void {
    s.emu.as(s.owner).run(() => {
      const SA = app(s.emu);
      const rule = SA.newDataValidation()
        .requireNumberBetween(0, 10)
        .setAllowInvalid(allowInvalid)
        .setHelpText('Điểm từ 0 đến 10')
        .build();
      SA.openById(s.doc).getRange('Toán!E2:E40').setDataValidation(rule);
    });
  }

  test('setAllowInvalid(false): user input outside the rule is rejected with the help text', () => {
    const s = school();
    withRule(s, false);
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!E5', '11')).toThrow('Điểm từ 0 đến 10');
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!E5', 'tám')).toThrow(EditRefusedError);
    expect(() => s.emu.as(s.alice).paste(s.doc, 'Toán!E5', [['5'], ['12']])).toThrow(
      'Điểm từ 0 đến 10',
    );
    expect(s.emu.sheet(s.doc).values('Toán!E5:E6')).toEqual([[''], ['']]);
    s.emu.as(s.alice).type(s.doc, 'Toán!E5', '10');
    expect(s.emu.sheet(s.doc).value('Toán!E5')).toBe(10);
  });

  test('setAllowInvalid(true): the input is kept and a warning recorded', () => {
    const s = school();
    withRule(s, true);
    s.emu.as(s.alice).type(s.doc, 'Toán!E5', '11');
    expect(s.emu.sheet(s.doc).value('Toán!E5')).toBe(11);
    expect(s.emu.sheet(s.doc).validationWarnings()).toEqual([
      expect.objectContaining({ a1: 'Toán!E5', value: 11 }),
    ]);
  });

  test('script writes are not checked against validation', () => {
    const s = school();
    withRule(s, false);
    s.emu.as(s.owner).run(() => app(s.emu).openById(s.doc).getRange('Toán!E5').setValue(42));
    expect(s.emu.sheet(s.doc).value('Toán!E5')).toBe(42);
  });

  test('requireValueInList: rule round-trips through getDataValidation', () => {
    const s = school();
    const got = s.emu.as(s.owner).run(() => {
      const SA = app(s.emu);
      const range = SA.openById(s.doc).getRange('Toán!F2:F4');
      range.setDataValidation(
        SA.newDataValidation().requireValueInList(['Đ', 'CĐ']).setAllowInvalid(false).build(),
      );
      const rule = range.getDataValidation()!;
      return [String(rule.getCriteriaType()), rule.getCriteriaValues(), rule.getAllowInvalid()];
    });
    expect(got).toEqual(['VALUE_IN_LIST', [['Đ', 'CĐ'], true], false]);
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!F2', 'X')).toThrow(EditRefusedError);
    s.emu.as(s.alice).type(s.doc, 'Toán!F2', 'CĐ');
  });
});
