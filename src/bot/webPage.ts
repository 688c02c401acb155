// The website: the chat page and Microsoft's Web Chat bundle, served from this server (no CDN).
import fs from 'node:fs';
import path from 'node:path';
import type { Server, Request, Response } from 'restify';

const PUBLIC_DIR = path.resolve(__dirname, '..', '..', 'public');

function webChatBundle(): string {
  // The package's exports hide dist/; resolve the main entry and step over to it.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function registerWebPage(server: Server): void {
  const page = fs.readFileSync(path.join(PUBLIC_DIR, 'index.html'));
  const bundlePath = webChatBundle();

  server.get('/', (_req: Request, res: Response, next) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    res.end(page);
    next(false);
  });

  server.get('/webchat.js', (_req: Request, res: Response, next) => {
    res.writeHead(200, { 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' });
    fs.createReadStream(bundlePath).pipe(res);
    next(false);
  });
}
