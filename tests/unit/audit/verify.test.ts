import { verifyChain, jsonlLines } from '../../../src/domain/audit/verify';
import { verifyMessage } from '../../../src/domain/audit/messages';
import { nodeDigest } from '../../../scripts/node-digest';
import { makeChain, tampers, toLines } from './chain-fixture';

describe('verifyChain', () => {
  const lines = toLines(makeChain(20));

  it('accepts an intact chain and reports its head', () => {
    const r = verifyChain(lines, nodeDigest);
    expect(r).toEqual({
      ok: true,
      count: 20,
      head: { seq: 20, hash: JSON.parse(lines[19]!).hash },
    });
    expect(verifyMessage(r)).toContain('20 mục');
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([], nodeDigest)).toMatchObject({ ok: true, count: 0 });
  });

  it.each(tampers().map((t) => [t.name, t] as const))('finds %s', (_name, t) => {
    const { lines: bad, anchor } = t.apply(lines);
    const r = verifyChain(bad, nodeDigest, anchor);
    expect(r).toMatchObject({ ok: false, seq: t.seq, problem: t.problem });
    expect(verifyMessage(r)).toContain(`mục số ${t.seq}`);
  });

  it('splits JSONL with or without a final newline', () => {
    expect(jsonlLines('a\nb\n')).toEqual(['a', 'b']);
    expect(jsonlLines('a\r\nb')).toEqual(['a', 'b']);
    expect(jsonlLines('')).toEqual([]);
  });
});
