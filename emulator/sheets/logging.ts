// Logger and console for the bundle: lines are kept per execution (not printed unless EMU_LOG=1).
import type { Workspace } from '../core/workspace';
import { strict } from './strict';

export interface LogLine {
  execution: number | null;
  level: string;
  text: string;
}

export function logsOf(ws: Workspace): LogLine[] {
  return ws.stateOf<LogLine[]>('logs', () => []);
}

function format(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === 'string' ? a : a instanceof Error ? (a.stack ?? a.message) : safeJson(a),
    )
    .join(' ');
}

function safeJson(a: unknown): string {
  try {
    return JSON.stringify(a) ?? String(a);
  } catch {
    return String(a);
  }
}

function record(ws: Workspace, level: string, args: unknown[]): void {
  const text = format(args);
  logsOf(ws).push({ execution: ws.inExecution ? ws.execution.id : null, level, text });
  if (process.env.EMU_LOG === '1') process.stderr.write(`[${level}] ${text}\n`);
}

export function createLogger(ws: Workspace) {
  const logger = {
    log(...args: unknown[]) {
      if (ws.inExecution) ws.count('Logger.log');
      record(ws, 'log', args);
      return logger;
    },
    getLog(): string {
      return logsOf(ws)
        .map((l) => l.text)
        .join('\n');
    },
    clear(): void {
      logsOf(ws).length = 0;
    },
  };
  return strict(logger, 'Logger');
}

export function createConsole(ws: Workspace) {
  const make =
    (level: string) =>
    (...args: unknown[]) => {
      if (ws.inExecution) ws.count(`console.${level}`);
      record(ws, level, args);
    };
  return {
    log: make('log'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    debug: make('debug'),
  };
}
