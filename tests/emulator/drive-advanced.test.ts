// The advanced Drive service (v3) against https://developers.google.com/apps-script/advanced/drive,
// https://developers.google.com/drive/api/guides/file-locking (content restrictions) and
// https://developers.google.com/drive/api/reference/rest/v3/files; XLSX export via UrlFetchApp
// (apps-script-facts §4). Assumptions A-… are listed in emulator/README.md.
import ExcelJS from 'exceljs';
import { createEmulator } from '../../emulator';
import { RESTRICTED_API_MESSAGE } from '../../emulator/drive/advanced-drive';
import { modelOf, valueAt } from '../../emulator/sheets/model';
import { setScriptOwner } from '../../emulator/runtime/session';

const SYSTEM = 'sodiem@school.edu.vn';
const ADMIN = 'admin@school.edu.vn';
const TEACHER = 'gv.lan@school.edu.vn';
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

type Ctx = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function setup() {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z'), deployment: 'addon' });
  for (const u of [SYSTEM, ADMIN, TEACHER]) emu.addUser(u);
  setScriptOwner(emu.ws, SYSTEM);
  const doc = emu.createSpreadsheet(SYSTEM, 'Sổ điểm - Lớp 10A');
  emu.ws.files.get(doc)!.editors.add(ADMIN);
  emu.ws.files.get(doc)!.editors.add(TEACHER);
  return { emu, doc };
}

describe('content restriction: a read-only file refuses every edit until removed (guides/file-locking)', () => {
  it('refuses content edits by the owner and editors, and title changes; removing it needs writer', () => {
    const { emu, doc } = setup();
    emu
      .as(ADMIN)
      .run((ctx: Ctx) =>
        ctx.SpreadsheetApp.openById(doc).getSheets()[0].getRange('A1').setValue(7),
      );
    const locked = emu.as(ADMIN).run((ctx: Ctx) =>
      ctx.Drive.Files.update(
        { contentRestrictions: [{ readOnly: true, reason: 'Bản lưu 2025-12-31' }] },
        doc,
        undefined,
        {
          fields: 'id,contentRestrictions',
        },
      ),
    );
    expect(locked.contentRestrictions[0]).toMatchObject({
      readOnly: true,
      reason: 'Bản lưu 2025-12-31',
    });
    expect(locked.contentRestrictions[0].restrictingUser.emailAddress).toBe(ADMIN);
    for (const user of [SYSTEM, ADMIN, TEACHER]) {
      expect(() =>
        emu
          .as(user)
          .run((ctx: Ctx) =>
            ctx.SpreadsheetApp.openById(doc).getSheets()[0].getRange('A1').setValue(1),
          ),
      ).toThrow();
      expect(() => emu.as(user).type(doc, 'Sheet1!A1', '2')).toThrow();
    }
    expect(() =>
      emu.as(SYSTEM).run((ctx: Ctx) => ctx.Drive.Files.update({ name: 'đổi tên' }, doc)),
    ).toThrow(RESTRICTED_API_MESSAGE);
    expect(() =>
      emu.as(SYSTEM).run((ctx: Ctx) => ctx.DriveApp.getFileById(doc).setName('đổi tên')),
    ).toThrow(/read-only/);
    // "A content restriction isn't an access restriction": editors can still share and move.
    emu.as(ADMIN).run((ctx: Ctx) => ctx.DriveApp.getFileById(doc).addViewer('hs@school.edu.vn'));
    expect(valueAt(modelOf(emu.ws.files.get(doc)!).sheets[0]!, 0, 0)).toBe(7);
    // A viewer cannot remove it; a writer can; then edits work again.
    expect(() =>
      emu
        .as('hs@school.edu.vn')
        .run((ctx: Ctx) =>
          ctx.Drive.Files.update({ contentRestrictions: [{ readOnly: false }] }, doc),
        ),
    ).toThrow(/sufficient permissions/);
    emu
      .as(TEACHER)
      .run((ctx: Ctx) =>
        ctx.Drive.Files.update({ contentRestrictions: [{ readOnly: false }] }, doc),
      );
    emu.as(TEACHER).type(doc, 'Sheet1!A1', '9');
    expect(valueAt(modelOf(emu.ws.files.get(doc)!).sheets[0]!, 0, 0)).toBe(9);
  });

  it('an ownerRestricted restriction can be removed only by the owner', () => {
    const { emu, doc } = setup();
    emu
      .as(SYSTEM)
      .run((ctx: Ctx) =>
        ctx.Drive.Files.update(
          { contentRestrictions: [{ readOnly: true, ownerRestricted: true, reason: 'x' }] },
          doc,
        ),
      );
    expect(() =>
      emu
        .as(ADMIN)
        .run((ctx: Ctx) =>
          ctx.Drive.Files.update({ contentRestrictions: [{ readOnly: false }] }, doc),
        ),
    ).toThrow(/sufficient permissions/);
    emu
      .as(SYSTEM)
      .run((ctx: Ctx) =>
        ctx.Drive.Files.update({ contentRestrictions: [{ readOnly: false }] }, doc),
      );
    expect(emu.ws.files.get(doc)!.contentRestrictions).toEqual([]);
  });
});

describe('Drive.Files get/update/create/list/copy, Permissions', () => {
  it('get with fields; appProperties merge and delete with null; unknown ids are "File not found"', () => {
    const { emu, doc } = setup();
    emu.as(ADMIN).run((ctx: Ctx) => {
      ctx.Drive.Files.update({ appProperties: { kind: 'class-workbook', cls: '10A' } }, doc);
      ctx.Drive.Files.update({ appProperties: { cls: null } }, doc);
      expect(ctx.Drive.Files.get(doc, { fields: 'id,name,appProperties' })).toEqual({
        id: doc,
        name: 'Sổ điểm - Lớp 10A',
        appProperties: { kind: 'class-workbook' },
      });
      expect(Object.keys(ctx.Drive.Files.get(doc))).toEqual(['kind', 'id', 'name', 'mimeType']);
      expect(() => ctx.Drive.Files.get('nope')).toThrow(
        'API call to drive.files.get failed with error: File not found: nope.',
      );
    });
    expect(() => emu.as('x@gmail.com').run((ctx: Ctx) => ctx.Drive.Files.get(doc))).toThrow(
      /File not found/,
    );
  });

  it('create: folders, JSON blobs, and list with a simple query', () => {
    const { emu } = setup();
    emu.as(SYSTEM).run((ctx: Ctx) => {
      const folder = ctx.Drive.Files.create({
        name: 'Lưu trữ',
        mimeType: 'application/vnd.google-apps.folder',
      });
      const blob = ctx.Utilities.newBlob('{"a":1}', 'application/json', 'manifest.json');
      const f = ctx.Drive.Files.create(
        { name: "manifest's.json", parents: [folder.id], appProperties: { v: '1' } },
        blob,
        {
          fields: 'id,size,parents',
        },
      );
      expect(f.size).toBe('7');
      expect(f.parents).toEqual([folder.id]);
      const found = ctx.Drive.Files.list({
        q: `'${folder.id}' in parents and name = 'manifest\\'s.json' and trashed = false`,
        fields: 'files(id,name)',
      });
      expect(found).toEqual({ files: [{ id: f.id, name: "manifest's.json" }] });
      expect(
        ctx.Drive.Files.list({ q: "appProperties has { key='v' and value='1' }" }).files,
      ).toHaveLength(1);
      // "root" is the caller's My Drive.
      const inRoot = ctx.Drive.Files.list({ q: "'root' in parents and trashed = false" }).files;
      expect(inRoot.map((x: Ctx) => x.name)).toEqual(['Lưu trữ']);
      expect(ctx.Drive.Files.get('root', { fields: 'name' })).toEqual({ name: 'My Drive' });
      expect(() => ctx.Drive.Files.list({ q: "name = 'a' or name = 'b'" })).toThrow(
        /not implemented/,
      );
    });
  });

  it('copy is owned by the caller; Permissions.create/list/remove', () => {
    const { emu, doc } = setup();
    emu.as(ADMIN).run((ctx: Ctx) => {
      const copy = ctx.Drive.Files.copy({ name: 'Bản sao' }, doc, { fields: 'id,owners,mimeType' });
      expect(copy.owners[0].emailAddress).toBe(ADMIN);
      expect(copy.mimeType).toBe(SHEET_MIME);
      ctx.Drive.Permissions.create(
        { role: 'reader', type: 'user', emailAddress: TEACHER },
        copy.id,
        {
          sendNotificationEmail: false,
        },
      );
      const perms = ctx.Drive.Permissions.list(copy.id).permissions;
      expect(perms.map((p: Ctx) => `${p.role}:${p.emailAddress}`)).toEqual([
        `owner:${ADMIN}`,
        `reader:${TEACHER}`,
      ]);
      ctx.Drive.Permissions.remove(copy.id, `user:${TEACHER}`);
      expect(ctx.Drive.Permissions.list(copy.id).permissions).toHaveLength(1);
    });
  });
});

describe('XLSX conversion and export', () => {
  it('Drive.Files.create converts an uploaded XLSX (exceljs-made) to a Google Sheet with values and tabs', async () => {
    const { emu } = setup();
    const wb = new ExcelJS.Workbook();
    const roster = wb.addWorksheet('Danh sách');
    roster.addRow(['Mã HS', 'Họ và tên', 'Ngày sinh', 'Điểm']);
    roster.addRow(['HS001', 'Nguyễn Văn Ánh', new Date(Date.UTC(2010, 2, 15)), 8.5]);
    roster.addRow(['HS002', 'Trần Thị Bình', new Date(Date.UTC(2010, 6, 1)), true]);
    wb.addWorksheet('Ghi chú').getCell('B3').value = 'ổn';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const id = emu.as(SYSTEM).run((ctx: Ctx) => {
      const blob = ctx.Utilities.newBlob(
        Array.from(bytes),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'roster.xlsx',
      );
      return ctx.Drive.Files.create({ name: 'Danh sách 10A', mimeType: SHEET_MIME }, blob).id;
    });
    const model = modelOf(emu.ws.files.get(id)!);
    expect(model.sheets.map((s) => s.title)).toEqual(['Danh sách', 'Ghi chú']);
    const s = model.sheets[0]!;
    expect(valueAt(s, 1, 1)).toBe('Nguyễn Văn Ánh');
    expect(valueAt(s, 1, 3)).toBe(8.5);
    expect(valueAt(s, 2, 3)).toBe(true);
    const born = valueAt(s, 1, 2) as Date;
    expect(born).toBeInstanceOf(Date);
    // exceljs writes the UTC wall clock; Sheets reads it in the spreadsheet's zone (Asia/Ho_Chi_Minh).
    expect(born.toISOString()).toBe('2010-03-14T17:00:00.000Z');
    expect(valueAt(model.sheets[1]!, 2, 1)).toBe('ổn');
  });

  it('CSV converts to one tab named after the file (README A-DRIVE-CSV)', () => {
    const { emu } = setup();
    const id = emu
      .as(SYSTEM)
      .run(
        (ctx: Ctx) =>
          ctx.Drive.Files.create(
            { name: 'roster.csv', mimeType: SHEET_MIME },
            ctx.Utilities.newBlob('ma,ten,diem\nHS1,"Lê, Văn",7.25\n', 'text/csv', 'roster.csv'),
          ).id,
      );
    const s = modelOf(emu.ws.files.get(id)!).sheets[0]!;
    expect(s.title).toBe('roster');
    expect([valueAt(s, 1, 0), valueAt(s, 1, 1), valueAt(s, 1, 2)]).toEqual([
      'HS1',
      'Lê, Văn',
      7.25,
    ]);
  });

  it('UrlFetchApp export?format=xlsx returns a real XLSX that exceljs opens with the right values', async () => {
    const { emu, doc } = setup();
    emu.as(ADMIN).run((ctx: Ctx) => {
      const ss = ctx.SpreadsheetApp.openById(doc);
      ss.getSheets()[0].setName('Toán');
      ss.getSheets()[0]
        .getRange('A1:C2')
        .setValues([
          ['Họ và tên', 'ĐĐGtx1', 'Ngày'],
          ['Nguyễn Văn Ánh', 8.5, new Date('2025-09-05T03:00:00Z')],
        ]);
      ss.insertSheet('Văn').getRange('B2').setValue('Tốt');
    });
    const bytes = emu.as(ADMIN).run((ctx: Ctx) => {
      const url = `https://docs.google.com/spreadsheets/d/${doc}/export?format=xlsx`;
      const res = ctx.UrlFetchApp.fetch(url, {
        headers: { Authorization: `Bearer ${ctx.ScriptApp.getOAuthToken()}` },
      });
      expect(res.getResponseCode()).toBe(200);
      expect(res.getBlob().getName()).toBe('Sổ điểm - Lớp 10A.xlsx');
      return new Uint8Array(res.getContent());
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Toán', 'Văn']);
    const ws = wb.getWorksheet('Toán')!;
    expect(ws.getCell('A2').value).toBe('Nguyễn Văn Ánh');
    expect(ws.getCell('B2').value).toBe(8.5);
    // The date's wall clock in Asia/Ho_Chi_Minh (10:00), as Sheets would export it.
    expect((ws.getCell('C2').value as Date).toISOString()).toBe('2025-09-05T10:00:00.000Z');
    expect(wb.getWorksheet('Văn')!.getCell('B2').value).toBe('Tốt');
  });

  it('export without a token is refused (401); other URLs have no network; format=pdf not modelled', () => {
    const { emu, doc } = setup();
    emu.as(ADMIN).run((ctx: Ctx) => {
      const url = `https://docs.google.com/spreadsheets/d/${doc}/export?format=xlsx`;
      expect(() => ctx.UrlFetchApp.fetch(url)).toThrow(/returned code 401/);
      expect(ctx.UrlFetchApp.fetch(url, { muteHttpExceptions: true }).getResponseCode()).toBe(401);
      expect(() => ctx.UrlFetchApp.fetch('https://example.com/')).toThrow(
        'Emulator: no network (https://example.com/)',
      );
      expect(() => ctx.UrlFetchApp.fetch(url.replace('xlsx', 'pdf'))).toThrow(
        /format=pdf is not implemented/,
      );
    });
  });
});
