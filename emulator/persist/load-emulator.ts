// loadEmulator(dir): a driver over a saved workspace, with the deployment and bound container it had.
import { Emulator } from '../driver';
import type { Deployment } from '../core/workspace';
import { decode } from './codec';
import { loadWorkspace, readSaved } from './save-load';

export function loadEmulator(dir: string): Emulator {
  const extra = decode(readSaved(dir).extra) as {
    deployment?: Deployment;
    container?: string | null;
  };
  const emu = new Emulator({ deployment: extra.deployment ?? 'addon' }, loadWorkspace(dir));
  if (extra.container) emu.bindTo(extra.container);
  return emu;
}
