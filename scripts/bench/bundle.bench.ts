// Bundle size: Apps Script documents no script-size limit; third-party reports suggest a few MB.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchRow } from './row';

export function rows(): BenchRow[] {
  const file = path.join(__dirname, '../../dist/Code.js');
  const kb = fs.statSync(file).size / 1024;
  return [
    {
      area: 'build',
      measure: 'dist/Code.js size',
      value: `${kb.toFixed(0)} KB`,
      target: '< 3000 KB',
      ok: kb < 3000,
    },
  ];
}
