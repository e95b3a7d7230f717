// Protections enforced on every write. Doc: https://developers.google.com/apps-script/reference/spreadsheet/protection
import { PROTECTED_MESSAGE, READ_ONLY_MESSAGE } from '../../emulator';
import { app, school, type School } from './sheets-helpers';

/** Protects Toán!E2:E40 for alice only (owner stays an editor, as Apps Script keeps it). */
function protectForAlice(s: School): void {
  s.emu.as(s.owner).run(() => {
    const p = app(s.emu)
      .openById(s.doc)
      .getRange("'Toán'!E2:E40")
      .protect()
      .setDescription('teacher:alice');
    p.removeEditors(p.getEditors());
    p.addEditor(s.alice);
  });
}

describe('Protection semantics (https://developers.google.com/apps-script/reference/spreadsheet/protection)', () => {
  test('a new protection mirrors the file editors until its editors are changed', () => {
    const s = school();
    s.emu.as(s.owner).run(() => {
      app(s.emu).openById(s.doc).getRange('Toán!A1:A5').protect();
    });
    // Still mirroring: every file editor can edit.
    expect(s.emu.sheet(s.doc).protections()[0]!.editors).toBeNull();
    s.emu.as(s.bob).type(s.doc, 'Toán!A1', '7');
    expect(s.emu.sheet(s.doc).value('Toán!A1')).toBe(7);
    const editors = s.emu.as(s.owner).run(() =>
      app(s.emu)
        .openById(s.doc)
        .getSheetByName('Toán')!
        .getProtections(app(s.emu).ProtectionType.RANGE)[0]!
        .getEditors()
        .map((u) => u.getEmail()),
    );
    expect(editors.sort()).toEqual([s.alice, s.bob, s.owner].sort());
  });

  test('removeEditors cannot remove the owner, nor the current user', () => {
    const s = school();
    const left = s.emu.as(s.alice).run(() => {
      const p = app(s.emu).openById(s.doc).getRange('Toán!B1:B5').protect();
      p.removeEditors([s.owner, s.alice, s.bob]);
      return p.getEditors().map((u) => u.getEmail());
    });
    expect(left.sort()).toEqual([s.alice, s.owner].sort());
  });

  test("users: only editors of the protection may type; others are refused with Apps Script's text and the cell is unchanged", () => {
    const s = school();
    protectForAlice(s);
    s.emu.as(s.alice).type(s.doc, "'Toán'!E7", '8,5');
    expect(() => s.emu.as(s.bob).type(s.doc, "'Toán'!E7", '2')).toThrow(PROTECTED_MESSAGE);
    expect(s.emu.sheet(s.doc).value("'Toán'!E7")).toBe(8.5);
  });

  test('pastes are refused as a whole when any cell is protected', () => {
    const s = school();
    protectForAlice(s);
    expect(() => s.emu.as(s.bob).paste(s.doc, 'Toán!D7', [['1', '2']])).toThrow(PROTECTED_MESSAGE);
    expect(s.emu.sheet(s.doc).values('Toán!D7:E7')).toEqual([['', '']]);
  });

  test('scripts run as their user are refused too; the owner can always edit', () => {
    const s = school();
    protectForAlice(s);
    expect(() =>
      s.emu.as(s.bob).run(() => app(s.emu).openById(s.doc).getRange('Toán!E7').setValue(3)),
    ).toThrow(PROTECTED_MESSAGE);
    s.emu.as(s.owner).run(() => app(s.emu).openById(s.doc).getRange('Toán!E7').setValue(4));
    expect(s.emu.sheet(s.doc).value('Toán!E7')).toBe(4);
  });

  test('a user needs edit rights on every protection covering a cell (Assumption, README)', () => {
    const s = school();
    protectForAlice(s);
    s.emu.as(s.owner).run(() => {
      const p = app(s.emu).openById(s.doc).getRange('Toán!E7:E8').protect();
      p.removeEditors(p.getEditors());
      p.addEditor(s.bob);
    });
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!E7', '5')).toThrow(PROTECTED_MESSAGE);
    s.emu.as(s.alice).type(s.doc, 'Toán!E9', '5');
  });

  test('warning-only protections let the edit through and record a warning', () => {
    const s = school();
    s.emu.as(s.owner).run(() => {
      app(s.emu).openById(s.doc).getRange('Toán!F1:F10').protect().setWarningOnly(true);
    });
    s.emu.as(s.bob).type(s.doc, 'Toán!F2', '6');
    expect(s.emu.sheet(s.doc).value('Toán!F2')).toBe(6);
    expect(s.emu.sheet(s.doc).protectionWarnings()).toEqual([
      expect.objectContaining({ user: s.bob, sheet: 'Toán' }),
    ]);
  });

  test('unprotected ranges inside a sheet protection stay editable', () => {
    const s = school();
    s.emu.as(s.owner).run(() => {
      const sheet = app(s.emu).openById(s.doc).getSheetByName('Toán')!;
      const p = sheet.protect();
      p.removeEditors(p.getEditors());
      p.setUnprotectedRanges([sheet.getRange('E2:E40')]);
    });
    s.emu.as(s.bob).type(s.doc, 'Toán!E5', '9');
    expect(() => s.emu.as(s.bob).type(s.doc, 'Toán!D5', '9')).toThrow(PROTECTED_MESSAGE);
    expect(() => s.emu.as(s.bob).paste(s.doc, 'Toán!E40', [['1'], ['2']])).toThrow(
      PROTECTED_MESSAGE,
    );
  });

  test('Sheet.protect returns the existing sheet protection', () => {
    const s = school();
    const same = s.emu.as(s.owner).run(() => {
      const sheet = app(s.emu).openById(s.doc).getSheetByName('Toán')!;
      sheet.protect().setDescription('x');
      return sheet.protect().getDescription();
    });
    expect(same).toBe('x');
    expect(s.emu.sheet(s.doc).protections()).toHaveLength(1);
  });

  test('canEdit() and getEditors(): non-editors get false and an exception', () => {
    const s = school();
    protectForAlice(s);
    const can = s.emu
      .as(s.bob)
      .run(() =>
        app(s.emu)
          .openById(s.doc)
          .getSheetByName('Toán')!
          .getProtections(app(s.emu).ProtectionType.RANGE)[0]!
          .canEdit(),
      );
    expect(can).toBe(false);
    expect(() =>
      s.emu
        .as(s.bob)
        .run(() =>
          app(s.emu)
            .openById(s.doc)
            .getSheetByName('Toán')!
            .getProtections(app(s.emu).ProtectionType.RANGE)[0]!
            .getEditors(),
        ),
    ).toThrow('You do not have permission to perform that action.');
  });
});

describe('file access and content restrictions', () => {
  test("opening without access fails with Apps Script's text; a missing id with its own text", () => {
    const s = school();
    expect(() => s.emu.as(s.outsider).run(() => app(s.emu).openById(s.doc))).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => s.emu.as(s.owner).run(() => app(s.emu).openById('nope'))).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  test("a read-only content restriction refuses every edit, the owner's included (https://developers.google.com/workspace/drive/api/guides/manage-content-restrictions)", () => {
    const s = school();
    s.emu.ws.files.get(s.doc)!.contentRestrictions.push({
      readOnly: true,
      reason: 'Lưu trữ',
      ownerRestricted: false,
      restrictingUser: s.owner,
      restrictionTime: '2025-09-05T01:00:00Z',
    });
    expect(() => s.emu.as(s.alice).type(s.doc, 'Toán!A1', '1')).toThrow(READ_ONLY_MESSAGE);
    expect(() =>
      s.emu.as(s.owner).run(() => app(s.emu).openById(s.doc).getRange('Toán!A1').setValue(1)),
    ).toThrow(READ_ONLY_MESSAGE);
    expect(s.emu.sheet(s.doc).value('Toán!A1')).toBe('');
  });

  test('viewers cannot write', () => {
    const s = school();
    s.emu.ws.files.get(s.doc)!.viewers.add(s.outsider);
    expect(() => s.emu.as(s.outsider).type(s.doc, 'Toán!A1', '1')).toThrow(
      'You do not have permission to edit this document.',
    );
  });
});
