// The driver (emulator/driver.ts): executions, RPC rules, async settling, deployments.
// Doc: https://developers.google.com/apps-script/guides/html/reference/run (google.script.run rules)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createEmulator } from '../../emulator';

function world(deployment: 'addon' | 'bound' = 'addon') {
  const emu = createEmulator({ start: new Date('2025-09-05T01:00:00Z'), deployment });
  const owner = emu.addUser('sodiem@truong.edu.vn');
  const doc = emu.createSpreadsheet(owner, 'Quản trị');
  return { emu, owner, doc };
}

/** Defines top-level functions in the context as a bundle would. */
function define(emu: ReturnType<typeof createEmulator>, code: string): void {
  vm.runInContext(code, emu.context);
}

describe('executions', () => {
  test('menu: runs as the clicking user, FULL, with the document; one execution recorded', () => {
    const { emu, owner, doc } = world();
    define(emu, 'function whoAmI() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }');
    expect(emu.as(owner).menu(doc, 'whoAmI')).toBe('Quản trị');
    const e = emu.lastExecution()!;
    expect([e.kind, e.user, e.authMode, e.documentId]).toEqual(['menu', owner, 'FULL', doc]);
    expect(e.calls.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    expect(emu.executions).toHaveLength(1);
  });

  test('the bundle sees the virtual clock through Date', () => {
    const { emu } = world();
    expect(vm.runInContext('new Date().toISOString()', emu.context)).toBe(
      '2025-09-05T01:00:00.000Z',
    );
    emu.advance(60_000);
    expect(vm.runInContext('Date.now()', emu.context)).toBe(Date.parse('2025-09-05T01:01:00Z'));
  });

  test('async functions settle inside their execution (microtasks drained); errors propagate', () => {
    const { emu, owner, doc } = world();
    define(
      emu,
      `async function later() { await null; await Promise.resolve(); return SpreadsheetApp.getActiveSpreadsheet().getId(); }
       async function fails() { await null; throw new Error('hỏng'); }`,
    );
    expect(emu.as(owner).menu(doc, 'later')).toBe(doc);
    expect(() => emu.as(owner).menu(doc, 'fails')).toThrow('hỏng');
    expect(emu.lastExecution()!.error).toBe('hỏng');
  });

  test('an unknown function name is an error naming it', () => {
    const { emu, owner, doc } = world();
    expect(() => emu.as(owner).menu(doc, 'nope')).toThrow(
      'Emulator: the bundle has no top-level function nope',
    );
  });
});

describe('google.script.run (rpc)', () => {
  test('arguments and results cross as JSON', () => {
    const { emu, owner, doc } = world();
    define(emu, 'function echo(x) { return { got: x, n: 1, u: undefined }; }');
    expect(emu.as(owner).rpc(doc, 'echo', { a: [1, 'b'] })).toEqual({ got: { a: [1, 'b'] }, n: 1 });
    expect(emu.lastExecution()!.kind).toBe('rpc');
  });

  test('a Date argument or result is refused; private functions are not callable', () => {
    const { emu, owner, doc } = world();
    define(
      emu,
      'function now() { return { at: new Date() }; } function secret_() { return 1; } function id(x) { return x; }',
    );
    expect(() => emu.as(owner).rpc(doc, 'id', new Date())).toThrow('cannot pass a Date');
    expect(() => emu.as(owner).rpc(doc, 'now')).toThrow('cannot pass a Date');
    expect(() => emu.as(owner).rpc(doc, 'secret_')).toThrow('private');
  });
});

describe('deployments', () => {
  test('bound: menus and RPC run only in the container', () => {
    const { emu, owner, doc } = world('bound');
    const other = emu.createSpreadsheet(owner, 'Lớp 6A');
    emu.bindTo(doc);
    define(emu, 'function ping() { return "pong"; }');
    expect(emu.as(owner).menu(doc, 'ping')).toBe('pong');
    expect(() => emu.as(owner).menu(other, 'ping')).toThrow('does not run in document');
  });

  test('add-on: simple onOpen in NONE mode cannot open the spreadsheet', () => {
    const { emu, owner, doc } = world();
    const seen: string[] = [];
    emu.context.onOpen = (e: { authMode: string }) => {
      seen.push(e.authMode);
      const SA = emu.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      try {
        SA.getActiveSpreadsheet();
        seen.push('opened');
      } catch (error) {
        seen.push((error as Error).message);
      }
    };
    emu.as(owner).open(doc, { authMode: 'NONE' });
    expect(seen).toEqual([
      'NONE',
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    ]);
  });

  test('loadBundle gives a fresh context: functions defined before are gone', () => {
    const { emu } = world();
    define(emu, 'function leftover() {}');
    expect(typeof emu.context.leftover).toBe('function');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    fs.writeFileSync(`${dir}/Code.js`, 'function fresh() { return typeof leftover; }');
    const ctx = emu.loadBundle(dir);
    expect(typeof ctx.leftover).toBe('undefined');
    expect(vm.runInContext('fresh()', ctx)).toBe('undefined');
  });
});
