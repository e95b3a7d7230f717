// npm run --silent verify-audit -- FILE.jsonl [--head SEQ:HASH]
// Prints "OK <count> <head hash>" or "BROKEN seq=<n> <problem> (<defect>, line <l>)" plus the
// Vietnamese explanation; exits 1 when the chain is broken, 2 on bad usage.
import * as fs from 'node:fs';
import type { ChainHead } from '../src/domain/audit/chain';
import { verifyMessage } from '../src/domain/audit/messages';
import { jsonlLines, verifyChain } from '../src/domain/audit/verify';
import { nodeDigest } from './node-digest';

function main(argv: string[]): number {
  const headAt = argv.indexOf('--head');
  const headArg = headAt >= 0 ? argv[headAt + 1] : undefined;
  const file = argv.find((a, i) => !a.startsWith('--') && (headAt < 0 || i !== headAt + 1));
  if (!file) {
    console.error('usage: npm run --silent verify-audit -- FILE.jsonl [--head SEQ:HASH]');
    return 2;
  }
  let anchor: ChainHead | undefined;
  if (headAt >= 0) {
    const [seq, hash] = (headArg ?? '').split(':');
    if (!seq || !hash) {
      console.error('--head expects SEQ:HASH');
      return 2;
    }
    anchor = { seq: Number(seq), hash };
  }
  const text = fs.readFileSync(file, 'utf8');
  const result = verifyChain(jsonlLines(text), nodeDigest, anchor);
  if (result.ok) console.log(`OK ${result.count} ${result.head.hash}`);
  else
    console.log(
      `BROKEN seq=${result.seq} ${result.problem} (${result.defect}, line ${result.line})`,
    );
  console.log(verifyMessage(result));
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
