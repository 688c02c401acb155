// The advisor console: its HTML page from public/advisor, with strict security headers. Its
// scripts and styles are served by src/web (hashed URLs, compressed); its forms are NL Design
// System (Utrecht) components from /nlds.css, with their design tokens set in console.css.
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { staticAssets } from '../web/assets';
import { htmlPage } from '../web/staticRoutes';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'public', 'advisor');

const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

// Scripts and styles under public/advisor are served by src/web (hashed URLs, compressed).
const PAGES: [string, string][] = [
  ['/advisor', 'index.html'],
  ['/advisor/', 'index.html'],
];

export function registerConsolePage(server: Server): void {
  for (const [route, file] of PAGES) {
    const page = htmlPage(fs.readFileSync(path.join(DIR, file), 'utf8'), staticAssets());
    const handler = (req: Request, res: Response, next: (arg?: false) => void) => {
      page.send(req, res, PAGE_HEADERS);
      next(false);
    };
    server.get(route, handler);
    server.head(route, handler);
  }
}
