// manifest.json of a snapshot (verifiable-records.md, "Snapshot folder"): what was archived, when,
// why and by whom, every file with its size and SHA-256, the audit head, and the link to the
// previous snapshot's manifest. Written as canonical JSON (sorted keys), indented for people.
import { canonicalJson } from '../audit/canonical';
import type { RuleSetId, Term } from '../school';
import { AUDIT_NAME, MANIFEST_NAME, SUMS_NAME } from './naming';
import type { SumLine } from './sums';
import { formatSums } from './sums';
import { utf8Encode } from './utf8';

export const MANIFEST_VERSION = 1;

export type SnapshotTrigger = 'window-close' | 'term-end' | 'year-end' | 'on-demand';

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface ManifestClass {
  classId: string;
  name: string;
  grade: number;
  ruleSet: RuleSetId;
  /**
   * The read-only Google Sheets copy in the snapshot folder: Drive id, title, and the SHA-256 of
   * the canonical JSON of its tabs' values ([{title, values}], dates as ISO strings).
   */
  copy: { driveId: string; name: string; valuesSha256: string } | null;
  /** The byte files of this class in `files` (its XLSX, its PDF book). */
  files: string[];
}

export interface SnapshotLink {
  snapshotId: string;
  manifestSha256: string;
}

export interface Manifest {
  v: number;
  snapshotId: string;
  /** ISO 8601 UTC with milliseconds. */
  createdAt: string;
  reason: string;
  trigger: SnapshotTrigger;
  createdBy: string;
  schoolYear: string;
  term: Term | null;
  folder: string;
  classes: ManifestClass[];
  files: ManifestFile[];
  auditHead: { seq: number; hash: string };
  previous: SnapshotLink | null;
}

/** Files a manifest must never list: it cannot hash itself, and SHA256SUMS covers it. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([MANIFEST_NAME, SUMS_NAME]);

export function buildManifest(
  input: Omit<Manifest, 'v' | 'files'> & { files: ManifestFile[] },
): Manifest {
  const files = [...input.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen = new Set<string>();
  for (const f of files) {
    if (RESERVED_NAMES.has(f.name))
      throw new Error(`Manifest: reserved file name listed: ${f.name}`);
    if (seen.has(f.name)) throw new Error(`Manifest: file listed twice: ${f.name}`);
    seen.add(f.name);
  }
  if (!seen.has(AUDIT_NAME)) throw new Error(`Manifest: ${AUDIT_NAME} missing from files`);
  return { ...input, v: MANIFEST_VERSION, files };
}

/** The manifest's bytes: canonical key order, two-space indent, final newline, UTF-8. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(manifest)), null, 2)}\n`;
}

export function manifestBytes(manifest: Manifest): Uint8Array {
  return utf8Encode(manifestText(manifest));
}

/** SHA256SUMS covers every other file: the manifest's files, then manifest.json itself. */
export function sumsFor(manifest: Manifest, manifestSha256: string): string {
  const lines: SumLine[] = manifest.files.map((f) => ({ name: f.name, sha256: f.sha256 }));
  lines.push({ name: MANIFEST_NAME, sha256: manifestSha256 });
  return formatSums(lines);
}

export type ManifestParse = { ok: true; manifest: Manifest } | { ok: false; error: string };

/** Reads and shape-checks a manifest; unknown versions are refused, not guessed. */
export function parseManifest(text: string): ManifestParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, error: 'not an object' };
  const m = value as Partial<Manifest>;
  if (m.v !== MANIFEST_VERSION) return { ok: false, error: `version ${String(m.v)}` };
  if (typeof m.snapshotId !== 'string' || typeof m.createdAt !== 'string')
    return { ok: false, error: 'snapshotId/createdAt' };
  if (!Array.isArray(m.files) || !Array.isArray(m.classes))
    return { ok: false, error: 'files/classes' };
  for (const f of m.files) {
    if (typeof f?.name !== 'string' || typeof f.bytes !== 'number' || typeof f.sha256 !== 'string')
      return { ok: false, error: `file entry ${JSON.stringify(f)}` };
  }
  if (typeof m.auditHead?.seq !== 'number' || typeof m.auditHead.hash !== 'string')
    return { ok: false, error: 'auditHead' };
  if (m.previous !== null && typeof m.previous?.snapshotId !== 'string')
    return { ok: false, error: 'previous' };
  return { ok: true, manifest: m as Manifest };
}
