// Serving the static files and HTML pages: the best encoding the browser accepts (Vary:
// Accept-Encoding), an ETag per form (304 when the browser has it), and the caching the URL calls for.
import crypto from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Asset, AssetStore } from './assets';
import { compressNow, pickEncoding, type Encoded } from './compress';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
}

/** Writes `item` in the best accepted form with `headers` (Content-Type, Cache-Control, …). */
export function sendEncoded(req: Request, res: Response, item: Encoded, tag: string, headers: Record<string, string>): void {
  const encoding = pickEncoding(item, req.headers['accept-encoding']);
  const etag = `"${tag}${encoding ? `-${encoding}` : ''}"`;
  const common: Record<string, string> = { ...headers, ETag: etag, Vary: 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff' };
  if (matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const body = encoding ? item[encoding]! : item.identity;
  res.writeHead(200, { ...common, ...(encoding ? { 'Content-Encoding': encoding } : {}), 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface HtmlPage {
  send(req: Request, res: Response, headers: Record<string, string>): void;
}

/** An HTML page fixed at start-up: asset references rewritten to hashed URLs, compressed once. */
export function htmlPage(html: string, assets: AssetStore): HtmlPage {
  const body = compressNow(Buffer.from(assets.rewrite(html)));
  const tag = crypto.createHash('sha256').update(body.identity).digest('hex').slice(0, 16);
  return {
    send(req, res, headers) {
      sendEncoded(req, res, body, tag, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
    },
  };
}

/**
 * Every asset at its hashed URL (a year, immutable) and at its plain URL (no-cache: clients and
 * tests that ask for /chat.js still get today's file). An unknown hash is a coded 404 (restify).
 * Register it after the other routes: a plain URL that one of them serves already stays theirs.
 */
export function registerAssets(server: Server, assets: AssetStore): void {
  const route = (url: string, asset: Asset, cacheControl: string) => {
    const serve = (req: Request, res: Response, next: (arg?: false) => void) => {
      sendEncoded(req, res, asset, asset.hash, { 'Content-Type': asset.contentType, 'Cache-Control': cacheControl });
      next(false);
    };
    server.get(url, serve);
    server.head(url, serve);
  };
  for (const asset of assets.byHashedUrl.values()) route(asset.hashedUrl, asset, IMMUTABLE);
  for (const asset of assets.byPlainUrl.values()) {
    try {
      route(asset.plainUrl, asset, 'no-cache');
    } catch {
      // restify refuses a second GET route: a module registered earlier serves this URL itself.
    }
  }
}
