// esbuild plugins for the server bundle (the fonts module is added by the books work).
import type { Plugin } from 'esbuild';
import { fontsPlugin } from './fonts';

export function buildPlugins(root: string): Plugin[] {
  return [fontsPlugin(root)];
}
