// Menu handlers talk to people through alerts: refusals and rule errors are shown in Vietnamese
// and not rethrown; anything else is a bug and propagates (Apps Script logs it).
import { RoleRefusedError } from '../app/auth/with-role';

export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function alert(title: string, text: string): void {
  ui().alert(title, text, ui().ButtonSet.OK);
}

/** Runs a menu action; a refusal (or an error of `forPeopleToo`) becomes an alert. */
export function forPeople(
  title: string,
  fn: () => void,
  forPeopleToo: ReadonlyArray<new (...args: never[]) => Error> = [],
): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof RoleRefusedError || forPeopleToo.some((k) => e instanceof k))
      alert(title, (e as Error).message);
    else throw e;
  }
}
