// The one promise wrapper around google.script.run, typed from the server's contract.
import type { ServerApi } from '../src/app/rpc';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: { message?: string } | string) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** What the user sees when a call fails: the server's Vietnamese message, never a stack trace. */
export function messageOf(error: { message?: string } | string): string {
  const text = typeof error === 'string' ? error : (error.message ?? '');
  const firstLine = text
    .split('\n')[0]
    ?.replace(/^(Error|Exception):\s*/, '')
    .trim();
  return firstLine ? firstLine : 'Không thực hiện được. Vui lòng thử lại.';
}

export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<Awaited<ReturnType<ServerApi[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Awaited<ReturnType<ServerApi[K]>>))
      .withFailureHandler((error) => reject(new Error(messageOf(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
