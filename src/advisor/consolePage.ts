// The advisor console: static HTML, JS and CSS from public/advisor, with strict security headers,
// and the NL Design System (Utrecht) component CSS and design tokens it builds its forms on.
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'public', 'advisor');
const UTRECHT = path.join(ROOT, 'node_modules', '@utrecht');

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
const CONSOLE_SCRIPTS = ['dom.js', 'api.js', 'alerts.js', 'dialogs.js', 'keyboard.js', 'typing.js', 'detail.js', 'dashboard.js', 'console.js', 'admin.js'];

const FILES: [string, string, string][] = [
  ['/advisor', path.join(DIR, 'index.html'), HTML],
  ['/advisor/', path.join(DIR, 'index.html'), HTML],
  ...CONSOLE_SCRIPTS.map((file): [string, string, string] => [`/advisor/${file}`, path.join(DIR, file), JS]),
  ['/advisor/console.css', path.join(DIR, 'console.css'), CSS],
  ['/advisor/utrecht/components.css', path.join(UTRECHT, 'component-library-css', 'dist', 'index.css'), CSS],
  ['/advisor/utrecht/design-tokens.css', path.join(UTRECHT, 'design-tokens', 'dist', 'index.css'), CSS],
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
