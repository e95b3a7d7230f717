// Ui recorder (https://developers.google.com/apps-script/reference/base/ui), HtmlService
// (https://developers.google.com/apps-script/reference/html/html-service) and the cost model /
// 6-minute limit (https://developers.google.com/apps-script/guides/services/quotas).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../emulator';
import { COST_TABLE, costOf, EXECUTION_LIMIT_MS } from '../../emulator/core/cost';
import { setHtmlDir } from '../../emulator/runtime/html-service';
import type { UiRecord } from '../../emulator/runtime/ui';

const ADMIN = 'admin@school.edu.vn';
const TEACHER = 'gv.lan@school.edu.vn';

type Ctx = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function setup() {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z'), deployment: 'addon' });
  emu.addUser(ADMIN);
  emu.addUser(TEACHER);
  const doc = emu.createSpreadsheet(ADMIN, 'Quản trị sổ điểm');
  emu.ws.files.get(doc)!.editors.add(TEACHER);
  const dir = mkdtempSync(join(tmpdir(), 'emu-html-'));
  writeFileSync(join(dir, 'sidebar.html'), '<!doctype html><h1>Sổ điểm</h1>');
  writeFileSync(join(dir, 'page.html'), '<p><?= who ?> &amp; <?!= raw ?></p>');
  setHtmlDir(emu.ws, dir);
  const ctx = emu.context as Ctx;
  ctx.onOpen = () => {
    ctx.SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('Mở bảng điều khiển', 'showSidebar')
      .addSeparator()
      .addSubMenu(ctx.SpreadsheetApp.getUi().createMenu('Quản trị').addItem('Khóa sổ', 'lockNow'))
      .addToUi();
  };
  ctx.showSidebar = () => {
    ctx.SpreadsheetApp.getUi().showSidebar(
      ctx.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Sổ điểm'),
    );
  };
  return { emu, doc, ctx };
}

describe('Ui: menus, sidebars, alerts recorded per user and document', () => {
  it('onOpen menus are recorded for the user who opened; sidebars are 300 px wide', () => {
    const { emu, doc } = setup();
    emu.as(TEACHER).open(doc);
    const ui = emu.ui(TEACHER, doc) as UiRecord;
    expect(ui.menus).toEqual([
      {
        caption: 'Sổ điểm',
        addon: true,
        items: [
          { caption: 'Mở bảng điều khiển', functionName: 'showSidebar' },
          { separator: true },
          {
            submenu: {
              caption: 'Quản trị',
              addon: false,
              items: [{ caption: 'Khóa sổ', functionName: 'lockNow' }],
            },
          },
        ],
      },
    ]);
    expect((emu.ui(ADMIN, doc) as UiRecord).menus).toEqual([]);
    emu.as(TEACHER).menu(doc, 'showSidebar');
    expect((emu.ui(TEACHER, doc) as UiRecord).dialogs).toMatchObject([
      { kind: 'sidebar', title: 'Sổ điểm', width: 300, html: '<!doctype html><h1>Sổ điểm</h1>' },
    ]);
  });

  it('alert and prompt take scripted answers; a missing answer is a test error', () => {
    const { emu, doc } = setup();
    emu.answerNextAlert(ADMIN, 'YES');
    emu.answerNextAlert(ADMIN, { button: 'OK', text: 'Sai điểm' });
    const result = emu.as(ADMIN).run(
      (ctx: Ctx) => {
        const ui = ctx.SpreadsheetApp.getUi();
        const b = ui.alert('Khóa sổ', 'Khóa sổ lớp 10A?', ui.ButtonSet.YES_NO);
        const p = ui.prompt('Lý do?', ui.ButtonSet.OK_CANCEL);
        return [b === ui.Button.YES, p.getSelectedButton(), p.getResponseText()];
      },
      { documentId: doc },
    );
    expect(result).toEqual([true, 'OK', 'Sai điểm']);
    expect((emu.ui(ADMIN, doc) as UiRecord).alerts.map((a) => a.answer)).toEqual(['YES', 'OK']);
    expect(() =>
      emu.as(ADMIN).run((ctx: Ctx) => ctx.SpreadsheetApp.getUi().alert('Không có câu trả lời'), {
        documentId: doc,
      }),
    ).toThrow(/no scripted answer/);
  });

  it('toasts appear in the record; time-driven triggers have no Ui', () => {
    const { emu, doc } = setup();
    emu
      .as(ADMIN)
      .run((ctx: Ctx) => ctx.SpreadsheetApp.getActiveSpreadsheet().toast('Đã lưu', 'Sổ điểm', 3), {
        documentId: doc,
      });
    expect((emu.ui(ADMIN, doc) as UiRecord).toasts).toMatchObject([
      { msg: 'Đã lưu', title: 'Sổ điểm' },
    ]);
    expect(() =>
      emu
        .as(ADMIN)
        .run((ctx: Ctx) => ctx.SpreadsheetApp.getUi(), { documentId: doc, kind: 'time-trigger' }),
    ).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('HtmlService templates print escaped and raw values; missing files fail', () => {
    const { emu } = setup();
    emu.as(ADMIN).run((ctx: Ctx) => {
      const t = ctx.HtmlService.createTemplateFromFile('page');
      t.who = '<Lan>';
      t.raw = '<b>x</b>';
      expect(t.evaluate().getContent()).toBe('<p>&lt;Lan&gt; &amp; <b>x</b></p>');
      expect(() => ctx.HtmlService.createHtmlOutputFromFile('missing')).toThrow(
        'No HTML file named missing was found.',
      );
    });
  });
});

describe('cost table and the 6-minute limit', () => {
  it('costOf: exact entries, base + per-unit entries, then the service prefix, then the default', () => {
    expect(costOf('File.makeCopy')).toBe(COST_TABLE['File.makeCopy']);
    expect(costOf('Range.setValues', 4)).toBe(100 + 4 * 40);
    expect(costOf('Sheets.Spreadsheets.Values.get')).toBe(COST_TABLE['Sheets.*']);
    expect(costOf('Gmail.whatever')).toBe(COST_TABLE.default);
  });

  it('each service call is counted exactly once, by method name', () => {
    const { emu } = setup();
    emu.as(ADMIN).run((ctx: Ctx) => {
      ctx.PropertiesService.getScriptProperties().setProperty('a', '1').getProperty('a');
      ctx.DriveApp.getRootFolder().getName();
      ctx.Utilities.computeDigest(ctx.Utilities.DigestAlgorithm.MD5, 'x');
    });
    expect(Object.fromEntries(emu.lastExecution()!.calls)).toEqual({
      'PropertiesService.getScriptProperties': 1,
      'Properties.setProperty': 1,
      'Properties.getProperty': 1,
      'DriveApp.getRootFolder': 1,
      'Folder.getName': 1,
      'Utilities.computeDigest': 1,
    });
    expect(emu.lastExecution()!.estimatedMs).toBeCloseTo(5 + 50 + 30 + 100 + 150 + 1, 0);
  });

  it('an execution whose estimated time passes 6 minutes fails with "Exceeded maximum execution time"', () => {
    const { emu, doc } = setup();
    let opened = 0;
    expect(() =>
      emu.as(ADMIN).run((ctx: Ctx) => {
        for (;;) {
          ctx.DriveApp.getFileById(doc);
          opened += 1;
        }
      }),
    ).toThrow('Exceeded maximum execution time');
    const last = emu.lastExecution()!;
    expect(last.error).toBe('Exceeded maximum execution time');
    expect(last.estimatedMs).toBeGreaterThan(EXECUTION_LIMIT_MS);
    expect(opened).toBe(Math.floor(EXECUTION_LIMIT_MS / costOf('DriveApp.getFileById')));
    // A resumable job reads the clock and stops in time (Date inside the bundle moves with cost).
    const done = emu.as(ADMIN).run((ctx: Ctx) => {
      const start = ctx.Date.now();
      let n = 0;
      while (ctx.Date.now() - start < 4.5 * 60 * 1000) {
        ctx.DriveApp.getFileById(doc);
        n += 1;
      }
      return n;
    });
    expect(done).toBeGreaterThan(1000);
    expect(emu.lastExecution()!.error).toBeNull();
  });
});
