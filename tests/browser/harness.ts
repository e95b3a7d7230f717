// Serves a built sidebar page on localhost with a google.script.run stand-in that forwards every
// call to the real bundle running in the emulator, and drives it with Debian's Chromium.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Runs one RPC as the acting user; throws with the server's message on failure. */
export type RpcRunner = (fn: string, args: unknown[]) => unknown;

const STAND_IN = `<script>
(function () {
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn); };
        if (name === 'withUserObject') return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (reply) {
              if (reply.ok) { if (success) success(reply.value); }
              else if (failure) failure({ name: 'Error', message: reply.message });
            });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { window.__closed = true; } } } };
})();
</script>`;

export interface SidebarServer {
  url: string;
  calls: string[];
  close(): Promise<void>;
}

export async function serveSidebar(
  page: string,
  rpc: RpcRunner,
  dist = path.join(__dirname, '../../dist'),
): Promise<SidebarServer> {
  const file = path.join(dist, `${page}.html`);
  const html = fs.readFileSync(file, 'utf8').replace('<head>', `<head>${STAND_IN}`);
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const { fn, args } = JSON.parse(body) as { fn: string; args: unknown[] };
      calls.push(fn);
      let reply: unknown;
      try {
        reply = { ok: true, value: rpc(fn, args) };
      } catch (error) {
        reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page the size of Sheets' sidebar. */
export async function sidebarPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 300, height: 800 } });
}

export const ARTIFACTS = path.join(__dirname, '../../test-artifacts/browser');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
