// Verification of snapshots from their bytes (verifiable-records.md): every checksum in
// SHA256SUMS, the manifest against SHA256SUMS, missing and unlisted files, and the chain of
// manifests between snapshots. The bytes come through a port, so Drive, a ZIP or a disk can feed it.
import { type Manifest, parseManifest, RESERVED_NAMES, type SnapshotLink } from './manifest';
import { MANIFEST_NAME, SUMS_NAME } from './naming';
import { parseSums } from './sums';
import { utf8Decode } from './utf8';

export type Problem =
  | { kind: 'no-sums' }
  | { kind: 'bad-sums-line'; line: number }
  | { kind: 'no-manifest' }
  | { kind: 'bad-manifest'; error: string }
  | { kind: 'missing'; name: string }
  | { kind: 'mismatch'; name: string; expected: string; actual: string }
  | { kind: 'size'; name: string; expected: number; actual: number }
  | { kind: 'unlisted'; name: string }
  | { kind: 'manifest-disagrees'; name: string }
  | { kind: 'broken-link'; previousId: string; cause: 'missing' | 'changed' }
  | { kind: 'incomplete' }
  | { kind: 'copy-missing'; classId: string }
  | { kind: 'copy-writable'; classId: string }
  | { kind: 'copy-changed'; classId: string };

export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** One snapshot folder's byte files, read lazily (a Google Sheets copy is not a byte file). */
export interface FolderFiles {
  names: readonly string[];
  read(name: string): Uint8Array;
  /** Size and SHA-256 of a file; defaults to hashing read(name) with `sha256`. */
  digest?(name: string): FileDigest;
}

export interface SnapshotCheck {
  manifest: Manifest | null;
  /** SHA-256 of manifest.json as it is now (what the next snapshot's link must match). */
  manifestSha256: string | null;
  problems: Problem[];
}

export function verifySnapshotFiles(
  folder: FolderFiles,
  sha256: (bytes: Uint8Array) => string,
): SnapshotCheck {
  const problems: Problem[] = [];
  const present = new Set(folder.names);
  const digests = new Map<string, FileDigest>();
  const digestOf = (name: string): FileDigest => {
    let d = digests.get(name);
    if (!d) {
      if (folder.digest) d = folder.digest(name);
      else {
        const bytes = folder.read(name);
        d = { bytes: bytes.length, sha256: sha256(bytes) };
      }
      digests.set(name, d);
    }
    return d;
  };

  // The manifest first: it names the files even when SHA256SUMS is gone.
  let manifest: Manifest | null = null;
  let manifestSha256: string | null = null;
  if (!present.has(MANIFEST_NAME)) problems.push({ kind: 'no-manifest' });
  else {
    const bytes = folder.read(MANIFEST_NAME);
    manifestSha256 = sha256(bytes);
    digests.set(MANIFEST_NAME, { bytes: bytes.length, sha256: manifestSha256 });
    const parsed = parseManifest(utf8Decode(bytes));
    if (parsed.ok) manifest = parsed.manifest;
    else problems.push({ kind: 'bad-manifest', error: parsed.error });
  }

  const listed = new Set<string>([SUMS_NAME]);
  if (!present.has(SUMS_NAME)) problems.push({ kind: 'no-sums' });
  else {
    const { lines, badLines } = parseSums(utf8Decode(folder.read(SUMS_NAME)));
    for (const line of badLines) problems.push({ kind: 'bad-sums-line', line });
    for (const { name, sha256: expected } of lines) {
      listed.add(name);
      if (!present.has(name)) {
        problems.push({ kind: 'missing', name });
        continue;
      }
      const actual = digestOf(name).sha256;
      if (actual !== expected) problems.push({ kind: 'mismatch', name, expected, actual });
    }
    const sumsNames = new Set(lines.map((l) => l.name));
    if (manifest && !sumsNames.has(MANIFEST_NAME))
      problems.push({ kind: 'manifest-disagrees', name: MANIFEST_NAME });
    if (manifest) {
      const byName = new Map(lines.map((l) => [l.name, l.sha256]));
      for (const f of manifest.files) {
        if (byName.get(f.name) !== f.sha256 || RESERVED_NAMES.has(f.name))
          problems.push({ kind: 'manifest-disagrees', name: f.name });
      }
      const inManifest = new Set(manifest.files.map((f) => f.name));
      for (const name of sumsNames)
        if (!RESERVED_NAMES.has(name) && !inManifest.has(name))
          problems.push({ kind: 'manifest-disagrees', name });
    }
  }

  // Whatever SHA256SUMS says, every file the manifest lists must be there with its size and hash.
  if (manifest) {
    for (const f of manifest.files) {
      listed.add(f.name);
      if (!present.has(f.name)) {
        if (!problems.some((p) => p.kind === 'missing' && p.name === f.name))
          problems.push({ kind: 'missing', name: f.name });
        continue;
      }
      const d = digestOf(f.name);
      if (d.bytes !== f.bytes)
        problems.push({ kind: 'size', name: f.name, expected: f.bytes, actual: d.bytes });
      if (
        d.sha256 !== f.sha256 &&
        !problems.some((p) => p.kind === 'mismatch' && p.name === f.name)
      )
        problems.push({ kind: 'mismatch', name: f.name, expected: f.sha256, actual: d.sha256 });
    }
  }
  listed.add(MANIFEST_NAME);
  for (const name of folder.names) if (!listed.has(name)) problems.push({ kind: 'unlisted', name });
  return { manifest, manifestSha256, problems };
}

export interface ChainMember {
  snapshotId: string;
  previous: SnapshotLink | null;
  /** SHA-256 of its manifest.json as found now; null when the manifest is missing. */
  manifestSha256: string | null;
}

/** Each snapshot's link must name a snapshot that exists and whose manifest is unchanged. */
export function verifyChain(members: readonly ChainMember[]): Map<string, Problem[]> {
  const byId = new Map(members.map((m) => [m.snapshotId, m]));
  const out = new Map<string, Problem[]>();
  for (const m of members) {
    if (!m.previous) continue;
    const prev = byId.get(m.previous.snapshotId);
    let problem: Problem | null = null;
    if (!prev)
      problem = { kind: 'broken-link', previousId: m.previous.snapshotId, cause: 'missing' };
    else if (prev.manifestSha256 !== m.previous.manifestSha256)
      problem = { kind: 'broken-link', previousId: m.previous.snapshotId, cause: 'changed' };
    if (problem) out.set(m.snapshotId, [...(out.get(m.snapshotId) ?? []), problem]);
  }
  return out;
}
