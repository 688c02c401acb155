// The website: the chat page, with Microsoft's Web Chat bundle from this server (no CDN).
import fs from 'node:fs';
import path from 'node:path';
import type { Server, Request, Response } from 'restify';
import type { Organisation } from '../config';
import { staticAssets } from '../web/assets';
import { htmlPage } from '../web/staticRoutes';

const PUBLIC_DIR = path.resolve(__dirname, '..', '..', 'public');

/**
 * Everything comes from this server. Web Chat injects its styles at run time (inline styles) and
 * shows images from data:/blob: URLs; the chat stream is a same-origin WebSocket.
 */
export const PAGE_SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export interface WebPageOptions {
  /** Shown in the header and footer (ORGANISATION_*). */
  organisation: Organisation;
}

export function registerWebPage(server: Server, _options: WebPageOptions): void {
  // Scripts and styles: src/web (hashed URLs, compressed, cached); the page links them plainly.
  const page = htmlPage(fs.readFileSync(path.join(PUBLIC_DIR, 'index.html'), 'utf8'), staticAssets());

  server.get('/', (req: Request, res: Response, next) => {
    page.send(req, res, PAGE_SECURITY_HEADERS);
    next(false);
  });
}
