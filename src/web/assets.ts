// The static files of the website and the advisor console, read once at start-up: each gets a
// content hash and a long-cached URL (/assets/chat.3f9a1c2b7d.js); HTML refers to those URLs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compressInBackground, type Encoded } from './compress';

const PUBLIC_DIR = path.resolve(__dirname, '..', '..', 'public');

/** A file inside an installed package, also one its `exports` hide (Web Chat hides dist/). */
export function packageFile(pkg: string, file: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (!isPackageRoot(dir, pkg)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package ${pkg} not found`);
    dir = up;
  }
  return path.join(dir, file);
}

function isPackageRoot(dir: string, pkg: string): boolean {
  const manifest = path.join(dir, 'package.json');
  return fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg;
}

/**
 * Files from packages, by the plain URL a page links. Everything under public/ (but HTML) is
 * added by itself; a package's file (a stylesheet, say) takes one line here.
 */
const PACKAGE_FILES: [url: string, pkg: string, file: string][] = [
  ['/webchat.js', 'botframework-webchat', 'dist/webchat.js'],
  // NL Design System's components (EUPL-1.2), all in one file; their tokens are public/theme.css.
  ['/nlds.css', '@utrecht/component-library-css', 'dist/index.css'],
];

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
/** Already compressed formats gain nothing from gzip or brotli. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg', '.ico']);

export interface Asset extends Encoded {
  /** The URL pages have always used (/chat.js): still served, with no-cache. */
  plainUrl: string;
  /** /assets/<name>.<hash><ext>: served with a year's immutable caching. */
  hashedUrl: string;
  contentType: string;
  /** The first 10 hex digits of the SHA-256 of the bytes. */
  hash: string;
}

export interface AssetStore {
  byPlainUrl: Map<string, Asset>;
  byHashedUrl: Map<string, Asset>;
  /** src="/chat.js" and href="/x.css" → the hashed URLs; other references stay as they are. */
  rewrite(html: string): string;
  /** Resolves when every compressed form is ready (tests and benchmarks wait for it). */
  compressed: Promise<void>;
}

function publicFiles(dir: string, base = ''): [url: string, file: string][] {
  const found: [string, string][] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name);
    const url = `${base}/${entry.name}`;
    if (entry.isDirectory()) found.push(...publicFiles(file, url));
    else if (entry.isFile() && TYPES[path.extname(entry.name)]) found.push([url, file]);
  }
  return found;
}

export function loadAssets(publicDir = PUBLIC_DIR, packageFiles = PACKAGE_FILES): AssetStore {
  const sources: [string, string][] = [...publicFiles(publicDir), ...packageFiles.map(([url, pkg, file]) => [url, packageFile(pkg, file)] as [string, string])];
  const byPlainUrl = new Map<string, Asset>();
  const byHashedUrl = new Map<string, Asset>();
  for (const [plainUrl, file] of sources) {
    const identity = fs.readFileSync(file);
    const ext = path.extname(file);
    const key = crypto.createHash('sha256').update(identity).digest('hex');
    const hash = key.slice(0, 10);
    // Named after the URL pages link (/nlds.css → /assets/nlds.<hash>.css), not the package's file name.
    const hashedUrl = `/assets/${path.basename(plainUrl, ext)}.${hash}${ext}`;
    const asset: Asset = { plainUrl, hashedUrl, contentType: TYPES[ext], hash, key, identity, compressible: COMPRESSIBLE.has(ext) };
    byPlainUrl.set(plainUrl, asset);
    byHashedUrl.set(hashedUrl, asset);
  }
  const rewrite = (html: string) =>
    html.replace(/\b(src|href)=(["'])(\/[^"'?#]*)\2/g, (whole, attr: string, quote: string, url: string) => {
      const asset = byPlainUrl.get(url);
      return asset ? `${attr}=${quote}${asset.hashedUrl}${quote}` : whole;
    });
  return { byPlainUrl, byHashedUrl, rewrite, compressed: compressInBackground([...byHashedUrl.values()]) };
}

let shared: AssetStore | undefined;

/** One store per process: every app started in it (tests start many) shares the compressed forms. */
export function staticAssets(): AssetStore {
  shared ??= loadAssets();
  return shared;
}
