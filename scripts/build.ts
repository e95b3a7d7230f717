// Build: src/main.ts → dist/Code.js (flat top-level functions for Apps Script), sidebar pages →
// self-contained dist/*.html, appsscript.json copied. Any error fails the build.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildPlugins } from './build-plugins';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

/**
 * Apps Script V8 has no timers. pdf-lib and fontkit defer work with setTimeout; a synchronous
 * polyfill hangs fontkit's subsetting, a resolved-promise deferral works (apps-script-facts §6).
 */
/**
 * Writes a file so that a reader never sees it half-written: several test files may build while
 * others load dist/ (temp file in the same folder, then an atomic rename).
 */
function writeAtomically(file: string, content: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

const runtimeBanner = `var setTimeout = globalThis.setTimeout || function (fn) { var args = Array.prototype.slice.call(arguments, 2); Promise.resolve().then(function () { fn.apply(null, args); }); return 0; };
var clearTimeout = globalThis.clearTimeout || function () {};`;

/** `outDir` lets a test build into its own folder while other test files rebuild dist/. */
export async function buildServer(outDir = dist): Promise<string> {
  const outfile = path.join(outDir, 'Code.js');
  fs.mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    // Tree shaking off keeps the entry's top-level functions (apps-script-facts §7.3).
    treeShaking: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    banner: { js: runtimeBanner },
    outfile,
    write: false,
    logLevel: 'warning',
    plugins: buildPlugins(root),
  });
  const code = result.outputFiles.find((f) => f.path === outfile)?.text ?? '';
  const stray = code.match(/^export\b.*$/m);
  if (stray)
    throw new Error(`dist/Code.js contains an export, which Apps Script rejects: ${stray[0]}`);
  writeAtomically(outfile, code);
  return outfile;
}

export async function buildSidebar(outDir = dist): Promise<string[]> {
  const pagesDir = path.join(root, 'sidebar/pages');
  if (!fs.existsSync(pagesDir)) return [];
  const template = fs.readFileSync(path.join(root, 'sidebar/template.html'), 'utf8');
  const style = fs.readFileSync(path.join(root, 'sidebar/style.css'), 'utf8');
  const written: string[] = [];
  for (const file of fs
    .readdirSync(pagesDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const name = path.basename(file, '.ts');
    const result = await esbuild.build({
      entryPoints: [path.join(pagesDir, file)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      charset: 'utf8',
      minify: true,
      write: false,
      logLevel: 'warning',
    });
    const script = result.outputFiles[0]?.text ?? '';
    // Inline as-is: a literal "</script" inside the bundle would end the tag early.
    const safe = script.replace(/<\/script/gi, '<\\/script');
    const html = template
      .replace('<!--STYLE-->', () => `<style>${style}</style>`)
      .replace('<!--SCRIPT-->', () => `<script>${safe}</script>`)
      .replace('<!--PAGE-->', () => name);
    const out = path.join(outDir, `${name}.html`);
    writeAtomically(out, html);
    written.push(out);
  }
  return written;
}

export async function build(): Promise<void> {
  // dist/ is not wiped first: files are replaced atomically, so a test loading dist/ while
  // another rebuilds it reads either the old bundle or the new one, never a gap.
  fs.mkdirSync(dist, { recursive: true });
  const server = await buildServer();
  const pages = await buildSidebar();
  writeAtomically(
    path.join(dist, 'appsscript.json'),
    fs.readFileSync(path.join(root, 'appsscript.json')),
  );
  const size = fs.statSync(server).size;
  console.log(`dist/Code.js ${(size / 1024).toFixed(0)} KB; ${pages.length} sidebar page(s)`);
}

if (require.main === module) {
  build().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
