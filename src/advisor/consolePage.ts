// The advisor console: static HTML, JS and CSS from public/advisor, with strict security headers.
// Its forms are NL Design System (Utrecht) components: /nlds.css, served with the website
// (src/bot/webPage.ts); console.css sets their design tokens.
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'public', 'advisor');

const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

const HTML = 'text/html; charset=utf-8';
const JS = 'application/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The console's scripts, in the order index.html loads them. */
const CONSOLE_SCRIPTS = ['dom.js', 'api.js', 'alerts.js', 'dialogs.js', 'keyboard.js', 'typing.js', 'detail.js', 'dashboard.js', 'console.js', 'admin.js', 'snippets.js', 'snippets-admin.js'];

const FILES: [string, string, string][] = [
  ['/advisor', path.join(DIR, 'index.html'), HTML],
  ['/advisor/', path.join(DIR, 'index.html'), HTML],
  ...CONSOLE_SCRIPTS.map((file): [string, string, string] => [`/advisor/${file}`, path.join(DIR, file), JS]),
  ['/advisor/console.css', path.join(DIR, 'console.css'), CSS],
  ['/advisor/snippets.css', path.join(DIR, 'snippets.css'), CSS],
];

export function registerConsolePage(server: Server): void {
  for (const [route, file, type] of FILES) {
    const body = fs.readFileSync(file);
    server.get(route, (_req: Request, res: Response, next) => {
      res.writeHead(200, { ...PAGE_HEADERS, 'Content-Type': type });
      res.end(body);
      next(false);
    });
  }
}
