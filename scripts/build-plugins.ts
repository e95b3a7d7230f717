// esbuild plugins for the server bundle (the fonts module is added by the books work).
import type { Plugin } from 'esbuild';

export function buildPlugins(_root: string): Plugin[] {
  return [];
}
