// Save and load a whole Workspace: state.json (users, Drive records with spreadsheet models,
// service state, clock, counters, executions) plus the Drive tree as real files under files/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace, type DriveFileRecord, type Execution } from '../core/workspace';
import { decode, encode } from './codec';
import { writeDriveTree } from './tree';

export const STATE_FILE = 'state.json';
export const FILES_DIR = 'files';
const FORMAT = 'so-diem-emulator-workspace/1';

interface Counters {
  nextId: number;
  idCounter: number;
}

export interface SavedWorkspace {
  format: string;
  clock: number;
  counters: Counters;
  users: Array<{ email: string; name: string }>;
  files: unknown[];
  state: Record<string, unknown>;
  executions: unknown[];
  /** Whatever the caller adds (the driver: deployment, bound container). */
  extra: Record<string, unknown>;
  /** Relative paths of the real files, by Drive id. */
  paths: Record<string, string>;
}

/** Workspace keeps its counters private; persistence is the one place that must read them. */
const counters = (ws: Workspace) => ws as unknown as Counters;

export function saveWorkspace(
  ws: Workspace,
  dir: string,
  extra: Record<string, unknown> = {},
): void {
  if (ws.inExecution) throw new Error('Emulator save: an execution is in progress');
  mkdirSync(dir, { recursive: true });
  const filesDir = path.join(dir, FILES_DIR);
  if (existsSync(filesDir)) rmSync(filesDir, { recursive: true, force: true });
  mkdirSync(filesDir, { recursive: true });
  const paths = writeDriveTree(ws, filesDir);
  const saved: SavedWorkspace = {
    format: FORMAT,
    clock: ws.clock.now(),
    counters: { nextId: counters(ws).nextId, idCounter: counters(ws).idCounter },
    users: [...ws.users.values()],
    files: [...ws.files.values()].map((f, i) => encode(f, `files[${i}]`)),
    state: Object.fromEntries([...ws.state].map(([k, v]) => [k, encode(v, `state.${k}`)])),
    executions: ws.executions.map((e, i) => encode({ ...e, calls: e.calls }, `executions[${i}]`)),
    extra: encode(extra, 'extra') as Record<string, unknown>,
    paths,
  };
  writeFileSync(path.join(dir, STATE_FILE), JSON.stringify(saved, null, 1));
}

export function readSaved(dir: string): SavedWorkspace {
  const saved = JSON.parse(readFileSync(path.join(dir, STATE_FILE), 'utf8')) as SavedWorkspace;
  if (saved.format !== FORMAT)
    throw new Error(`Emulator load: ${dir} is not a saved workspace (${saved.format})`);
  return saved;
}

export function loadWorkspace(dir: string): Workspace {
  const saved = readSaved(dir);
  const ws = new Workspace({ start: saved.clock });
  for (const u of saved.users) ws.addUser(u.email, u.name);
  for (const f of saved.files) {
    const record = decode(f) as DriveFileRecord;
    ws.files.set(record.id, record);
  }
  for (const [k, v] of Object.entries(saved.state)) ws.state.set(k, decode(v));
  for (const e of saved.executions) ws.executions.push(decode(e) as Execution);
  counters(ws).nextId = saved.counters.nextId;
  counters(ws).idCounter = saved.counters.idCounter;
  return ws;
}
