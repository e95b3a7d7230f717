// HtmlService: pages from the built dist/ folder, HtmlOutput and a minimal HtmlTemplate.
// https://developers.google.com/apps-script/reference/html/html-service
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { AppsScriptError, NotImplementedError, type Workspace } from '../core/workspace';
import { asGas, strict } from './strict';

export function htmlState(ws: Workspace): { dir: string } {
  return ws.stateOf('html', () => ({ dir: 'dist' }));
}

/** Where createHtmlOutputFromFile reads `<name>.html` (default "dist", relative to the cwd). */
export function setHtmlDir(ws: Workspace, dir: string): void {
  htmlState(ws).dir = dir;
}

export class EmuHtmlOutput implements Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  'getContent' | 'getTitle' | 'getWidth' | 'getHeight'
> {
  private title = '';
  private width = 0;
  private height = 0;
  constructor(
    private readonly ws: Workspace,
    private content: string,
  ) {}
  private count(m: string): void {
    if (this.ws.inExecution) this.ws.count(`HtmlOutput.${m}`);
  }
  getContent(): string {
    this.count('getContent');
    return this.content;
  }
  setContent(content: string) {
    this.count('setContent');
    this.content = String(content);
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  append(addedContent: string) {
    this.count('append');
    this.content += String(addedContent);
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  getTitle(): string {
    this.count('getTitle');
    return this.title;
  }
  setTitle(title: string) {
    this.count('setTitle');
    this.title = String(title);
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  getWidth(): number {
    this.count('getWidth');
    return this.width;
  }
  setWidth(width: number) {
    this.count('setWidth');
    this.width = width;
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  getHeight(): number {
    this.count('getHeight');
    return this.height;
  }
  setHeight(height: number) {
    this.count('setHeight');
    this.height = height;
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  /** "setSandboxMode … now has no effect" (html/sandbox-mode). */
  setSandboxMode(_mode: unknown) {
    this.count('setSandboxMode');
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  setXFrameOptionsMode(_mode: unknown) {
    this.count('setXFrameOptionsMode');
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
  addMetaTag(_name: string, _content: string) {
    this.count('addMetaTag');
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
}

function readPage(ws: Workspace, name: string): string {
  const file = path.resolve(htmlState(ws).dir, name.endsWith('.html') ? name : `${name}.html`);
  // Apps Script's message for a missing file (README A-HTML-MISSING).
  if (!existsSync(file)) throw new AppsScriptError(`No HTML file named ${name} was found.`);
  return readFileSync(file, 'utf8');
}

/** Printing scriptlets `<?= name ?>` / `<?!= name ?>` of template properties; anything else is not modelled. */
function evaluateTemplate(source: string, vars: Record<string, unknown>): string {
  return source.replace(
    /<\?(!?=)?([\s\S]*?)\?>/g,
    (whole, kind: string | undefined, body: string) => {
      const expr = body.trim();
      if (!kind || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expr)) {
        throw new NotImplementedError(`HtmlTemplate scriptlet ${whole.slice(0, 40)}`);
      }
      let value: unknown = vars;
      for (const part of expr.split('.'))
        value = (value as Record<string, unknown> | undefined)?.[part];
      const text = String(value ?? '');
      return kind === '!='
        ? text
        : text
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;');
    },
  );
}

export function createHtmlService(ws: Workspace): GoogleAppsScript.HTML.HtmlService {
  const count = (m: string) => ws.count(`HtmlService.${m}`);
  const output = (html: string) =>
    asGas<GoogleAppsScript.HTML.HtmlOutput>(strict('HtmlOutput', new EmuHtmlOutput(ws, html)));
  const service = {
    SandboxMode: { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput(html?: string) {
      count('createHtmlOutput');
      return output(String(html ?? ''));
    },
    createHtmlOutputFromFile(filename: string) {
      count('createHtmlOutputFromFile');
      return output(readPage(ws, filename));
    },
    createTemplateFromFile(filename: string) {
      count('createTemplateFromFile');
      const source = readPage(ws, filename);
      const template: Record<string, unknown> = {
        evaluate() {
          ws.count('HtmlTemplate.evaluate');
          return output(evaluateTemplate(source, template));
        },
        getRawContent() {
          ws.count('HtmlTemplate.getRawContent');
          return source;
        },
      };
      return template;
    },
  };
  return asGas(strict('HtmlService', service));
}
