// The subset of the Drive v3 search language the add-on uses (Drive.Files.list q).
// https://developers.google.com/drive/api/guides/search-files
import { NotImplementedError, type DriveFileRecord } from '../core/workspace';

type Test = (r: DriveFileRecord) => boolean;

const STRING = `'((?:[^'\\\\]|\\\\.)*)'`;
const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

const CLAUSES: Array<[RegExp, (m: RegExpExecArray) => Test]> = [
  [
    new RegExp(`^${STRING}\\s+in\\s+parents`),
    (m) => (r) => r.parents.includes(unquote(m[1] ?? '')),
  ],
  [new RegExp(`^name\\s*=\\s*${STRING}`), (m) => (r) => r.name === unquote(m[1] ?? '')],
  [new RegExp(`^name\\s*!=\\s*${STRING}`), (m) => (r) => r.name !== unquote(m[1] ?? '')],
  [
    new RegExp(`^name\\s+contains\\s+${STRING}`),
    (m) => (r) => r.name.toLowerCase().includes(unquote(m[1] ?? '').toLowerCase()),
  ],
  [new RegExp(`^mimeType\\s*=\\s*${STRING}`), (m) => (r) => r.mimeType === unquote(m[1] ?? '')],
  [new RegExp(`^mimeType\\s*!=\\s*${STRING}`), (m) => (r) => r.mimeType !== unquote(m[1] ?? '')],
  [/^trashed\s*=\s*(true|false)/, (m) => (r) => r.trashed === (m[1] === 'true')],
  [
    new RegExp(
      `^appProperties\\s+has\\s*\\{\\s*key\\s*=\\s*${STRING}\\s+and\\s+value\\s*=\\s*${STRING}\\s*\\}`,
    ),
    (m) => (r) => r.appProperties[unquote(m[1] ?? '')] === unquote(m[2] ?? ''),
  ],
];

/** Parses "<clause> and <clause> …"; any other construct (or, not, parentheses) is not modelled. */
export function parseQuery(q: string): Test {
  const tests: Test[] = [];
  let rest = q.trim();
  while (rest !== '') {
    let matched = false;
    for (const [re, make] of CLAUSES) {
      const m = re.exec(rest);
      if (!m) continue;
      tests.push(make(m));
      rest = rest.slice(m[0].length).trim();
      matched = true;
      break;
    }
    if (!matched) throw new NotImplementedError(`Drive.Files.list query "${q}" (at "${rest}")`);
    if (rest === '') break;
    const and = /^and\s+/i.exec(rest);
    if (!and) throw new NotImplementedError(`Drive.Files.list query "${q}" (at "${rest}")`);
    rest = rest.slice(and[0].length);
  }
  return (r) => tests.every((t) => t(r));
}
