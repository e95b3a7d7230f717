// SpreadsheetApp.getUi(): menus, sidebars, dialogs recorded per user and document; alerts and
// prompts answered from a queue the test fills. https://developers.google.com/apps-script/reference/base/ui
import { AppsScriptError, type Workspace } from '../core/workspace';
import { toastsOf, type ToastRecord } from '../sheets/ui-hooks';
import { activePerson } from './session';
import { asGas, strict } from './strict';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
const BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  { caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord };
export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}
export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number;
  height: number;
  at: number;
}
export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
  text?: string;
}
export interface UiRecord {
  menus: MenuRecord[];
  dialogs: DialogRecord[];
  alerts: AlertRecord[];
  toasts: ToastRecord[];
}
export type AlertAnswer = string | { button: string; text?: string };

interface UiState {
  byUserDoc: Record<string, Omit<UiRecord, 'toasts'>>;
  answers: Record<string, AlertAnswer[]>;
  addonName: string;
}

export function uiState(ws: Workspace): UiState {
  return ws.stateOf<UiState>('ui', () => ({ byUserDoc: {}, answers: {}, addonName: 'Sổ điểm' }));
}

function recordFor(ws: Workspace, email: string, docId: string): Omit<UiRecord, 'toasts'> {
  const key = `${email.toLowerCase()}|${docId}`;
  return (uiState(ws).byUserDoc[key] ??= { menus: [], dialogs: [], alerts: [] });
}

/** What one user has seen in one document: menus, sidebars/dialogs, alerts, toasts. */
export function uiRecord(ws: Workspace, email: string, docId: string): UiRecord {
  const user = email.toLowerCase();
  return {
    ...recordFor(ws, user, docId),
    toasts: toastsOf(ws).filter((t) => t.user === user && t.documentId === docId),
  };
}

/** Queues the answer to the next alert or prompt shown to `email`. */
export function answerNextAlert(ws: Workspace, email: string, answer: AlertAnswer): void {
  (uiState(ws).answers[email.toLowerCase()] ??= []).push(answer);
}

/** The Ui for the current execution; time-driven triggers have no user interface. */
export function createUi(ws: Workspace): GoogleAppsScript.Base.Ui {
  const execution = ws.execution;
  if (execution.kind === 'time-trigger' || execution.documentId === null) {
    throw new AppsScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  const user = activePerson(ws);
  const docId = execution.documentId;
  const rec = () => recordFor(ws, user, docId);
  const count = (m: string) => ws.count(`Ui.${m}`);

  const menu = (caption: string, addon: boolean) => {
    const record: MenuRecord = { caption, addon, items: [] };
    const m = {
      record,
      addItem(itemCaption: string, functionName: string) {
        ws.count('Menu.addItem');
        record.items.push({ caption: String(itemCaption), functionName: String(functionName) });
        return proxy;
      },
      addSeparator() {
        ws.count('Menu.addSeparator');
        record.items.push({ separator: true });
        return proxy;
      },
      addSubMenu(sub: { record?: MenuRecord }) {
        ws.count('Menu.addSubMenu');
        if (!sub?.record) throw new AppsScriptError('Invalid argument: menu');
        record.items.push({ submenu: sub.record });
        return proxy;
      },
      /** Nothing shows until addToUi(); a menu with the same caption is replaced. */
      addToUi() {
        ws.count('Menu.addToUi');
        const menus = rec().menus;
        const i = menus.findIndex((x) => x.caption === record.caption && x.addon === record.addon);
        if (i >= 0) menus.splice(i, 1, record);
        else menus.push(record);
      },
    };
    const proxy = strict('Menu', m);
    return proxy;
  };

  const ask = (kind: 'alert' | 'prompt', args: unknown[]) => {
    const [a, b, c] = args;
    const title = args.length === 3 ? String(a) : '';
    const prompt = args.length === 3 ? String(b) : String(a);
    const buttons = String((args.length === 3 ? c : b) ?? 'OK');
    const queue = uiState(ws).answers[user] ?? [];
    const next = queue.shift();
    if (next === undefined) {
      throw new Error(
        `Emulator: ui.${kind}("${prompt}") shown to ${user} with no scripted answer (use answerNextAlert)`,
      );
    }
    const answer = typeof next === 'string' ? { button: next } : next;
    if (answer.button !== 'CLOSE' && !(BUTTONS[buttons] ?? []).includes(answer.button)) {
      throw new Error(`Emulator: answer ${answer.button} is not a button of ButtonSet.${buttons}`);
    }
    rec().alerts.push({
      kind,
      title,
      prompt,
      buttons,
      answer: answer.button,
      ...(kind === 'prompt' ? { text: answer.text ?? '' } : {}),
    });
    return answer;
  };

  const show = (kind: DialogRecord['kind'], output: unknown, title?: string) => {
    const html = output as {
      getContent(): string;
      getTitle?(): string;
      getWidth?(): number;
      getHeight?(): number;
    };
    rec().dialogs.push({
      kind,
      title: title ?? html.getTitle?.() ?? '',
      html: html.getContent(),
      // "All sidebars shown by scripts are 300 pixels wide."
      width: kind === 'sidebar' ? 300 : (html.getWidth?.() ?? 0),
      height: html.getHeight?.() ?? 0,
      at: ws.clock.now(),
    });
  };

  const ui = {
    Button,
    ButtonSet,
    createMenu(caption: string) {
      count('createMenu');
      return menu(String(caption), false);
    },
    /** Add-on menus appear under Extensions with the add-on's name. */
    createAddonMenu() {
      count('createAddonMenu');
      return menu(uiState(ws).addonName, true);
    },
    alert(...args: unknown[]) {
      count('alert');
      return ask('alert', args).button;
    },
    prompt(...args: unknown[]) {
      count('prompt');
      const answer = ask('prompt', args);
      return strict('PromptResponse', {
        getResponseText: () => {
          ws.count('PromptResponse.getResponseText');
          return answer.text ?? '';
        },
        getSelectedButton: () => {
          ws.count('PromptResponse.getSelectedButton');
          return answer.button;
        },
      });
    },
    showSidebar(output: unknown) {
      count('showSidebar');
      show('sidebar', output);
    },
    showModalDialog(output: unknown, title: string) {
      count('showModalDialog');
      show('modal', output, title);
    },
    showModelessDialog(output: unknown, title: string) {
      count('showModelessDialog');
      show('modeless', output, title);
    },
  };
  return asGas(strict('Ui', ui));
}
