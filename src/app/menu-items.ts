// The menu entries: Vietnamese label → top-level function in src/main.ts.
export interface MenuItem {
  label: string;
  fn: string;
}

export const MENU: ReadonlyArray<MenuItem | 'separator'> = [];
