import { chainDrafts, EMPTY_HEAD, entryLine, hashedForm } from '../../../src/domain/audit/chain';
import { ENTRY_KEYS, GENESIS_HASH } from '../../../src/domain/audit/entry';
import { nodeDigest } from '../../../scripts/node-digest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson } from '../../../src/domain/audit/canonical';
import { draft, makeChain } from './chain-fixture';

describe('audit chain', () => {
  it('numbers entries from 1 without gaps and links each to the previous hash', () => {
    const chain = makeChain(5);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(chain[0]!.prev).toBe(GENESIS_HASH);
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.prev).toBe(chain[i - 1]!.hash);
  });

  it('hashes the UTF-8 bytes of the canonical form without the hash key', () => {
    const [e] = makeChain(1);
    const { hash, ...rest } = e!;
    const keys = Object.keys(rest).sort();
    const text = `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify((rest as Record<string, unknown>)[k])}`).join(',')}}`;
    expect(hashedForm(e!)).toBe(text);
    expect(hash).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes every field, null where it does not apply', () => {
    const [e] = chainDrafts(
      EMPTY_HEAD,
      [{ at: '2025-09-05T01:00:00.000Z', kind: 'snapshot', basis: 'system' }],
      nodeDigest,
    );
    expect(Object.keys(JSON.parse(entryLine(e!))).sort()).toEqual([...ENTRY_KEYS]);
    expect(e).toMatchObject({ v: 1, actor: null, classId: null, old: null, new: null, ref: null });
  });

  it('continues from a head', () => {
    const first = makeChain(3);
    const more = chainDrafts({ seq: 3, hash: first[2]!.hash }, [draft(9)], nodeDigest);
    expect(more[0]).toMatchObject({ seq: 4, prev: first[2]!.hash });
  });

  it('refuses a time that is not ISO UTC with milliseconds', () => {
    expect(() =>
      chainDrafts(
        EMPTY_HEAD,
        [{ at: '2025-09-05T08:00:00+07:00', kind: 'cell', basis: 'system' }],
        nodeDigest,
      ),
    ).toThrow(/ISO UTC ms/);
  });
});

describe('the fast entry encoder', () => {
  it('writes exactly what canonicalJson writes, for any entry', () => {
    const text = fc.string({ unit: 'grapheme' });
    const value = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
      fc.boolean(),
      fc.dictionary(text, text, { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(text, fc.option(text), value, value, (kind, actor, oldV, newV) => {
        const [e] = chainDrafts(
          EMPTY_HEAD,
          [
            {
              at: '2025-09-05T01:00:00.000Z',
              kind: kind as 'cell',
              basis: 'event',
              actor,
              old: oldV,
              new: newV,
              reason: kind,
            },
          ],
          nodeDigest,
        );
        expect(entryLine(e!)).toBe(canonicalJson(e));
        const { hash: _h, ...rest } = e!;
        expect(hashedForm(e!)).toBe(canonicalJson(rest));
      }),
    );
  });
});
