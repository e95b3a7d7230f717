// Drive files as real files: folders become directories, spreadsheets <name>.xlsx, blobs their
// bytes, so a saved workspace can be browsed with ordinary tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DriveFileRecord, Workspace } from '../core/workspace';
import { xlsxFromModel } from '../drive/xlsx-write';
import { modelOf } from '../sheets/model';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/json': '.json',
  'application/zip': '.zip',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'text/html': '.html',
};

const safe = (name: string) =>
  name
    .replace(/[/\\\0]/g, '_')
    .replace(/^\.+$/, '_')
    .slice(0, 200) || '_';

/** Directory of a record: the chain of its first parents; a user's root is "My Drive (<email>)". */
function dirOf(
  ws: Workspace,
  record: DriveFileRecord,
  roots: Set<string>,
  seen = new Set<string>(),
): string[] {
  const parentId = record.parents[0];
  const parent = parentId === undefined ? undefined : ws.files.get(parentId);
  if (!parent || seen.has(parent.id)) return [];
  seen.add(parent.id);
  if (roots.has(parent.id)) return [safe(`My Drive (${parent.owner})`)];
  return [...dirOf(ws, parent, roots, seen), safe(parent.name)];
}

function fileName(record: DriveFileRecord): string | null {
  if (record.content.kind === 'spreadsheet') return `${safe(record.name)}.xlsx`;
  if (record.content.kind !== 'blob') return null;
  const ext = EXTENSIONS[record.mimeType];
  const name = safe(record.name);
  return ext && !name.toLowerCase().endsWith(ext) ? `${name}${ext}` : name;
}

/** Writes every non-trashed Drive item under `dir`; returns the relative paths written, by file id. */
export function writeDriveTree(ws: Workspace, dir: string): Record<string, string> {
  const roots = new Set(
    Object.values(ws.stateOf<Record<string, string>>('drive.roots', () => ({}))),
  );
  const written: Record<string, string> = {};
  const used = new Set<string>();
  const unique = (rel: string, id: string) => {
    if (!used.has(rel.toLowerCase())) return rel;
    const ext = path.extname(rel);
    return `${rel.slice(0, rel.length - ext.length)} (${id})${ext}`;
  };
  for (const record of ws.files.values()) {
    if (record.trashed) continue;
    const parts = dirOf(ws, record, roots);
    if (record.content.kind === 'folder') {
      const rel = roots.has(record.id)
        ? safe(`My Drive (${record.owner})`)
        : unique(path.join(...parts, safe(record.name)), record.id);
      mkdirSync(path.join(dir, rel), { recursive: true });
      used.add(rel.toLowerCase());
      written[record.id] = rel;
      continue;
    }
    const name = fileName(record);
    if (name === null) continue;
    const rel = unique(path.join(...parts, name), record.id);
    used.add(rel.toLowerCase());
    mkdirSync(path.join(dir, ...parts), { recursive: true });
    const bytes =
      record.content.kind === 'spreadsheet'
        ? xlsxFromModel(modelOf(record), record.modifiedTime)
        : record.content.kind === 'blob'
          ? record.content.bytes
          : new Uint8Array(0);
    writeFileSync(path.join(dir, rel), bytes);
    written[record.id] = rel;
  }
  return written;
}
