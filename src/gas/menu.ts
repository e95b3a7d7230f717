// The add-on menu. In AuthMode.NONE / LIMITED nothing that needs authorization may run, so the
// menu is built from constants only (apps-script-facts §2.1).
import { MENU } from '../app/menu-items';

export function buildMenu(_authMode?: GoogleAppsScript.Script.AuthMode): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.fn);
  }
  menu.addToUi();
}
