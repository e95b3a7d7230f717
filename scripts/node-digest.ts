// The Digest port for Node (scripts, tests, local run): node:crypto SHA-256.
import { createHash } from 'node:crypto';
import type { Digest } from '../src/domain/audit/chain';

export const nodeDigest: Digest = {
  sha256Hex: (text: string) => createHash('sha256').update(text, 'utf8').digest('hex'),
};
