// The books renderer inside the built bundle: dist/Code.js evaluated in a bare V8 context (no
// setTimeout, TextEncoder, Buffer, require, process — only the bundle's own promise-deferred
// setTimeout banner) renders a PDF with Vietnamese text, identical to the one Node renders; and the
// emulator driver awaits the async call like Apps Script V8 does (assumption, apps-script-facts §6).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { build } from '../../scripts/build';
import { createEmulator } from '../../emulator';
import { renderDocument } from '../../src/render';
import { extractPdf, pageText, qpdfCheck } from '../unit/render/pdf-check';
import { testFonts } from '../unit/render/fonts';

const root = path.resolve(__dirname, '../..');
const LINES = [
  'SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH',
  'Nguyễn Thị Ánh Tuyết – Trần Đức Hoà – Huỳnh Ửng',
  'Kết quả rèn luyện: Tốt; học lực: Giỏi; điểm 8,5 → “Đạt”',
];
let code = '';
/** A private copy of the bundle: other suites rebuild dist/ while this one runs. */
let bundleDir = '';

beforeAll(async () => {
  await build();
  code = fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8');
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sodiem-books-bundle-'));
  fs.writeFileSync(path.join(bundleDir, 'Code.js'), code);
}, 180_000);

/** Evaluates the bundle in an empty V8 context and calls renderBooksProbe; microtasks drain
 *  after each evaluation, as Apps Script drains them before an execution ends. */
function renderInBareV8(): Uint8Array {
  const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  for (const name of [
    'setTimeout',
    'TextEncoder',
    'TextDecoder',
    'Buffer',
    'require',
    'process',
    'atob',
  ])
    expect(vm.runInContext(`typeof globalThis.${name}`, ctx)).toBe('undefined');
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  expect(vm.runInContext('typeof setTimeout', ctx)).toBe('function');
  vm.runInContext(
    `globalThis.__out = null; globalThis.__err = null;
     renderBooksProbe(${JSON.stringify(LINES)}).then(function (b) { __out = b; }, function (e) { __err = String(e && e.stack || e); });`,
    ctx,
  );
  const err = vm.runInContext('__err', ctx) as string | null;
  if (err) throw new Error(err);
  const out = vm.runInContext('__out', ctx) as Uint8Array | null;
  if (!out) throw new Error('renderBooksProbe did not settle within the evaluation');
  return new Uint8Array(out);
}

describe('books in the bundle', () => {
  test('the bundle embeds the subset fonts, pdf-lib and fontkit, and no export', () => {
    expect(code).toMatch(/^function renderBooksProbe\(/m);
    expect(code).toMatch(/^async function menuExportBooks\(/m);
    expect(code).not.toMatch(/^export\b/m);
    expect(code).toContain('var serifRegular = "AAEAAA');
  });

  test('renders Vietnamese in a bare V8 context, qpdf accepts it, text reads back exactly', () => {
    const bytes = renderInBareV8();
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const text = pageText(extractPdf(bytes).pages[0]!);
    for (const line of LINES) expect(text).toContain(line);
  });

  test('the bundle and Node make the same PDF from the same input', async () => {
    const inBundle = renderInBareV8();
    const inNode = await renderDocument(
      {
        title: LINES[0]!,
        createdAt: '2026-01-01T00:00:00Z',
        sections: [
          {
            orientation: 'portrait',
            blocks: LINES.map((text, i) => ({
              kind: 'text' as const,
              text,
              bold: i === 0,
              size: 12,
            })),
          },
        ],
      },
      await testFonts(),
    );
    expect(Buffer.from(inBundle).equals(Buffer.from(inNode))).toBe(true);
  }, 60_000);

  test('the emulator awaits an async call that renders a PDF within one execution', () => {
    const emu = createEmulator();
    emu.loadBundle(bundleDir);
    const user = emu.addUser('vanthu@truong.edu.vn');
    // The driver settles the returned promise inside the execution and returns its value.
    const bytes = emu
      .as(user)
      .run((ctx) =>
        (ctx.renderBooksProbe as (l: string[]) => Promise<Uint8Array>)(LINES),
      ) as unknown as Uint8Array;
    // A Uint8Array of the bundle's realm (not this one's), hence the tag check.
    expect(Object.prototype.toString.call(bytes)).toBe('[object Uint8Array]');
    expect(pageText(extractPdf(new Uint8Array(bytes)).pages[0]!)).toContain(LINES[1]);
  });
});
