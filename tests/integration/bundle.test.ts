// The built bundle (dist/Code.js) loads through gas-local into a bare context of emulator globals,
// declares every top-level function of src/main.ts, and builds its menu on open.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { build } from '../../scripts/build';
import { createEmulator } from '../../emulator';
import type { UiRecord } from '../../emulator/runtime/ui';
import { MENU } from '../../src/app/menu-items';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');

/** A private copy of the fresh build, so another process rebuilding dist/ cannot race the loads. */
let bundleDir = '';

beforeAll(async () => {
  await build();
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-diem-bundle-'));
  fs.copyFileSync(path.join(dist, 'Code.js'), path.join(bundleDir, 'Code.js'));
}, 120_000);

function topLevelFunctions(): string[] {
  const source = fs.readFileSync(path.join(root, 'src/main.ts'), 'utf8');
  return [...source.matchAll(/^(?:async )?function (\w+)/gm)].map((m) => m[1] as string);
}

describe('dist/Code.js in the emulator', () => {
  test('the context has no Node globals (apps-script-facts §7.1: no setTimeout, TextEncoder, Buffer, require, process)', () => {
    const emu = createEmulator();
    const ctx = emu.loadBundle(bundleDir);
    for (const name of [
      'TextEncoder',
      'TextDecoder',
      'Buffer',
      'require',
      'process',
      'window',
      'module',
      'URL',
    ]) {
      expect(vm.runInContext(`typeof ${name}`, ctx)).toBe('undefined');
    }
    // The bundle's own banner polyfills setTimeout; it must be that polyfill, not Node's timer.
    const own = vm.runInContext(
      'typeof setTimeout === "function" ? String(setTimeout) : "none"',
      ctx,
    ) as string;
    expect(own).not.toBe('none');
    expect(own).not.toContain('[native code]');
    expect(
      vm.runInContext('setTimeout === undefined ? "" : typeof setTimeout(function(){})', ctx),
    ).toBe('number');
  });

  test('every top-level function of src/main.ts is a top-level function of the bundle', () => {
    const emu = createEmulator();
    const ctx = emu.loadBundle(bundleDir);
    const names = topLevelFunctions();
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onEdit']));
    for (const name of names)
      expect({ name, type: typeof ctx[name] }).toEqual({ name, type: 'function' });
  });

  test('loading the bundle performs no service call and no execution', () => {
    const emu = createEmulator();
    emu.loadBundle(bundleDir);
    expect(emu.executions).toHaveLength(0);
  });

  test('the emulator globals are present and strict inside the bundle context', () => {
    const emu = createEmulator();
    const ctx = emu.loadBundle(bundleDir);
    for (const name of [
      'SpreadsheetApp',
      'Sheets',
      'PropertiesService',
      'CacheService',
      'Utilities',
      'Logger',
    ]) {
      expect(vm.runInContext(`typeof ${name}`, ctx)).toBe('object');
    }
    emu.addUser('a@truong.edu.vn');
    expect(() =>
      emu.as('a@truong.edu.vn').run(() => vm.runInContext('SpreadsheetApp.openByKey("x")', ctx)),
    ).toThrow('Emulator: SpreadsheetApp.openByKey is not implemented');
  });

  test('onOpen as a user records the add-on menu; every menu item names a top-level function', () => {
    const emu = createEmulator({ deployment: 'addon' });
    const owner = emu.addUser('sodiem@truong.edu.vn');
    const doc = emu.createSpreadsheet(owner, 'Quản trị sổ điểm 2025-2026');
    const ctx = emu.loadBundle(bundleDir);
    emu.as(owner).open(doc);
    const opened = emu.lastExecution();
    expect(opened?.kind).toBe('simple-trigger');
    expect(opened?.authMode).toBe('LIMITED');
    expect(opened?.error).toBeNull();
    const ui = emu.ui(owner, doc) as UiRecord;
    expect(ui.menus).toHaveLength(1);
    const menu = ui.menus[0]!;
    expect(menu.addon).toBe(true);
    const items = menu.items.flatMap((i) => ('functionName' in i ? [i] : []));
    const expected = MENU.flatMap((i) => (i === 'separator' ? [] : [i]));
    expect(items.map((i) => [i.caption, i.functionName])).toEqual(
      expected.map((i) => [i.label, i.fn]),
    );
    for (const item of items) expect(typeof ctx[item.functionName]).toBe('function');
  });
});
