// Visual check of generated PDFs: renders pages to PNG with poppler's pdftoppm at 60 dpi.
// Usage: npx tsx scripts/render-png.ts FILE.pdf [--pages 1,5,19] [--out DIR] [--dpi 60]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function renderPng(pdf: string, outDir: string, pages?: number[], dpi = 60): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, path.basename(pdf, '.pdf'));
  const written: string[] = [];
  const run = (first?: number) => {
    const range = first === undefined ? [] : ['-f', String(first), '-l', String(first)];
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...range, pdf, base], {
      stdio: 'inherit',
    });
  };
  if (pages === undefined) run();
  else for (const p of pages) run(p);
  for (const f of fs.readdirSync(outDir))
    if (f.startsWith(path.basename(base)) && f.endsWith('.png')) written.push(path.join(outDir, f));
  return written.sort();
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const pages = opt('--pages')?.split(',').map(Number);
  const out = opt('--out') ?? 'out/png';
  const dpi = Number(opt('--dpi') ?? 60);
  const files = args.filter((a) => a.endsWith('.pdf'));
  if (files.length === 0) {
    console.error(
      'Cách dùng: tsx scripts/render-png.ts TỆP.pdf [--pages 1,5] [--out THƯ_MỤC] [--dpi 60]',
    );
    process.exit(2);
  }
  for (const f of files) for (const png of renderPng(f, out, pages, dpi)) console.log(png);
}
