// The website: the chat page and Microsoft's Web Chat bundle, served from this server (no CDN).
import fs from 'node:fs';
import path from 'node:path';
import type { Server, Request, Response } from 'restify';
import type { Organisation } from '../config';

const PUBLIC_DIR = path.resolve(__dirname, '..', '..', 'public');

function webChatBundle(): string {
  // The package's exports hide dist/; resolve the main entry and step over to it.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

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
  const page = fs.readFileSync(path.join(PUBLIC_DIR, 'index.html'));
  const chatScript = fs.readFileSync(path.join(PUBLIC_DIR, 'chat.js'));
  const bundlePath = webChatBundle();

  server.get('/', (_req: Request, res: Response, next) => {
    res.writeHead(200, { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(page);
    next(false);
  });

  server.get('/chat.js', (_req: Request, res: Response, next) => {
    res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    res.end(chatScript);
    next(false);
  });

  server.get('/webchat.js', (_req: Request, res: Response, next) => {
    res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' });
    fs.createReadStream(bundlePath).pipe(res);
    next(false);
  });
}
