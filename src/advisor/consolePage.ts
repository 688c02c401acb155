// The advisor console: static HTML, JS and CSS from public/advisor, with strict security headers.
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

const DIR = path.resolve(__dirname, '..', '..', 'public', 'advisor');

const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

const FILES: [string, string, string][] = [
  ['/advisor', 'index.html', 'text/html; charset=utf-8'],
  ['/advisor/', 'index.html', 'text/html; charset=utf-8'],
  ['/advisor/console.js', 'console.js', 'application/javascript; charset=utf-8'],
  ['/advisor/admin.js', 'admin.js', 'application/javascript; charset=utf-8'],
  ['/advisor/console.css', 'console.css', 'text/css; charset=utf-8'],
  // Canned answers (reply box, admin section) and the seen marks.
  ['/advisor/snippets.js', 'snippets.js', 'application/javascript; charset=utf-8'],
  ['/advisor/snippets-admin.js', 'snippets-admin.js', 'application/javascript; charset=utf-8'],
  ['/advisor/snippets.css', 'snippets.css', 'text/css; charset=utf-8'],
];

export function registerConsolePage(server: Server): void {
  for (const [route, file, type] of FILES) {
    const body = fs.readFileSync(path.join(DIR, file));
    server.get(route, (_req: Request, res: Response, next) => {
      res.writeHead(200, { ...PAGE_HEADERS, 'Content-Type': type });
      res.end(body);
      next(false);
    });
  }
}
