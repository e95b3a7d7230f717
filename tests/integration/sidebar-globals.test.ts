// The bundle flattens every module into one scope: a module-level declaration named like a global
// of src/main.ts makes esbuild rename the global (e.g. `sidebarState2`), so Apps Script would call
// the module's function instead. It happened to `sidebarState` and `verifyArchive`; never again.
import * as fs from 'node:fs';
import * as path from 'node:path';

const src = path.resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('no module declares a top-level name that a global of src/main.ts uses', () => {
  const main = fs.readFileSync(path.join(src, 'main.ts'), 'utf8');
  const globals = [...main.matchAll(/^(?:async )?function (\w+)/gm)].map((m) => m[1]!);
  expect(globals).toContain('sidebarState');
  const clashes: string[] = [];
  for (const file of files(src)) {
    if (file.endsWith(`${path.sep}main.ts`)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /^(?:export )?(?:async )?(?:function\*?|const|let|var|class) (\w+)/gm,
    ))
      if (globals.includes(m[1]!)) clashes.push(`${path.relative(src, file)}: ${m[1]}`);
  }
  expect(clashes).toEqual([]);
});
