// The website: the chat page, the privacy and accessibility statements, their styles (NL Design
// System components and design tokens) and Microsoft's Web Chat bundle, all served from this server
// (no CDN). Pages are rendered once at start-up, in Dutch and in English (?lang=en).
import fs from 'node:fs';
import path from 'node:path';
import type { Server, Request, Response } from 'restify';
import type { Organisation } from '../config';
import type { PageLocale } from '../texts/page';
import { renderChatPage } from './chatPage';
import { renderNotFound, renderStatement, STATEMENT_PAGES, type StatementFacts } from './statementPages';

const ROOT = path.resolve(__dirname, '..', '..');
const PUBLIC_DIR = path.join(ROOT, 'public');
export const DEFAULT_PAGES_DIR = path.join(ROOT, 'content', 'pages');
/** An operator's design-token overrides: the Werkcentrum's house style without touching code. */
export const DEFAULT_THEME_FILE = path.join(ROOT, 'content', 'theme.css');
/** ORGANISATION_LOGO_URL=/logo.svg is served from content/logo.svg. */
export const DEFAULT_LOGO_DIR = path.join(ROOT, 'content');
const IMAGE_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

function webChatBundle(): string {
  // The package's exports hide dist/; resolve the main entry and step over to it.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

function nldsComponents(): string {
  // The NL Design System components (EUPL-1.2), all in one file.
  return path.join(path.dirname(require.resolve('@utrecht/component-library-css/package.json')), 'dist', 'index.css');
}

/**
 * Everything comes from this server (and a logo from ORGANISATION_LOGO_URL's origin). Web Chat
 * injects its styles at run time (inline styles) and shows images from data:/blob: URLs; the chat
 * stream is a same-origin WebSocket.
 */
export function pageSecurityHeaders(logoUrl?: string): Record<string, string> {
  const logoOrigin = logoUrl?.startsWith('https://') ? ` ${new URL(logoUrl).origin}` : '';
  return {
    'Content-Security-Policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:${logoOrigin}; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
export const PAGE_SECURITY_HEADERS = pageSecurityHeaders();

export interface WebPageOptions {
  /** Shown in the header and footer (ORGANISATION_*). */
  organisation: Organisation;
  /** Retention as the privacy statement promises it (RETENTION_MONTHS, STATE_RETENTION_DAYS). */
  retention?: { months: number; stateDays: number };
  /** Markdown of the statements; default content/pages. */
  pagesDir?: string;
  /** Token overrides, served as /theme-custom.css when the file exists; default content/theme.css. */
  themeFile?: string;
  /** Where a logo given as a path (/logo.svg) is found; default content/. */
  logoDir?: string;
}

/** ?lang=en is English; anything else (or nothing) Dutch. */
function localeOf(req: Request): PageLocale {
  const lang = (req.query as Record<string, unknown> | undefined)?.lang;
  return lang === 'en' ? 'en' : 'nl';
}

export function registerWebPage(server: Server, options: WebPageOptions): void {
  const themeFile = options.themeFile ?? DEFAULT_THEME_FILE;
  const customTheme = fs.existsSync(themeFile) ? fs.readFileSync(themeFile) : undefined;
  const shell = { organisation: options.organisation, customTheme: customTheme !== undefined };
  const facts: StatementFacts = { retentionMonths: options.retention?.months ?? 12, stateDays: options.retention?.stateDays ?? 30 };
  const pagesDir = options.pagesDir ?? DEFAULT_PAGES_DIR;
  const headers = { ...pageSecurityHeaders(options.organisation.logoUrl), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };
  const both = (render: (locale: PageLocale) => string | undefined) => ({ nl: render('nl'), en: render('en') });

  const html = (pages: Record<PageLocale, string | undefined>, pagePath: string) => (req: Request, res: Response, next: (err?: false) => void) => {
    const locale = localeOf(req);
    const body = pages[locale];
    // A statement whose Markdown is missing is a 404 page, not a crash.
    res.writeHead(body === undefined ? 404 : 200, { ...headers, ...(body === undefined ? { 'X-Error-Code': 'NOT_FOUND' } : {}) });
    res.end(body ?? renderNotFound(shell, locale, pagePath));
    next(false);
  };
  server.get('/', html(both((l) => renderChatPage(shell, l)), '/'));
  for (const name of STATEMENT_PAGES) {
    server.get(`/${name}`, html(both((l) => renderStatement({ ...shell, ...facts, pagesDir }, name, l)), `/${name}`));
  }

  const asset = (route: string, body: () => Buffer, type: string) => {
    const content = body();
    server.get(route, (_req: Request, res: Response, next) => {
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      res.end(content);
      next(false);
    });
  };
  const JS = 'application/javascript; charset=utf-8';
  const CSS = 'text/css; charset=utf-8';
  asset('/chat.js', () => fs.readFileSync(path.join(PUBLIC_DIR, 'chat.js')), JS);
  asset('/site.js', () => fs.readFileSync(path.join(PUBLIC_DIR, 'site.js')), JS);
  asset('/chat-lang.js', () => fs.readFileSync(path.join(PUBLIC_DIR, 'chat-lang.js')), JS);
  asset('/site.css', () => fs.readFileSync(path.join(PUBLIC_DIR, 'site.css')), CSS);
  asset('/theme.css', () => fs.readFileSync(path.join(PUBLIC_DIR, 'theme.css')), CSS);
  asset('/nlds.css', () => fs.readFileSync(nldsComponents()), CSS);
  if (customTheme) asset('/theme-custom.css', () => customTheme, CSS);
  registerLogo(server, options.organisation.logoUrl, options.logoDir ?? DEFAULT_LOGO_DIR);

  const bundlePath = webChatBundle();
  server.get('/webchat.js', (_req: Request, res: Response, next) => {
    res.writeHead(200, { 'Content-Type': JS, 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' });
    fs.createReadStream(bundlePath).pipe(res);
    next(false);
  });
}

/** A logo on this server (ORGANISATION_LOGO_URL=/logo.svg → content/logo.svg), an image only. */
function registerLogo(server: Server, logoUrl: string | undefined, dir: string): void {
  if (!logoUrl?.startsWith('/')) return;
  const name = path.basename(logoUrl);
  const type = IMAGE_TYPES[path.extname(name).toLowerCase()];
  const file = path.join(dir, name);
  if (!type || logoUrl !== `/${name}` || !fs.existsSync(file)) return;
  const content = fs.readFileSync(file);
  server.get(logoUrl, (_req: Request, res: Response, next) => {
    // An SVG opened on its own must not run scripts in this origin.
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" });
    res.end(content);
    next(false);
  });
}
