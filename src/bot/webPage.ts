// The website: the chat page and the privacy and accessibility statements, rendered once at
// start-up in Dutch and English (?lang=en). Their scripts and styles (NL Design System components,
// design tokens, Microsoft's Web Chat bundle) come from src/web: hashed URLs, compressed, cached.
import fs from 'node:fs';
import path from 'node:path';
import type { Server, Request, Response } from 'restify';
import type { Organisation } from '../config';
import type { PageLocale } from '../texts/page';
import { renderChatPage } from './chatPage';
import type { ShellOptions } from './pageShell';
import { renderNotFound, renderStatement, STATEMENT_PAGES, type StatementFacts } from './statementPages';
import { staticAssets } from '../web/assets';
import { htmlPage, type HtmlPage } from '../web/staticRoutes';

const ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_PAGES_DIR = path.join(ROOT, 'content', 'pages');
/** An operator's design-token overrides: the Werkcentrum's house style without touching code. */
export const DEFAULT_THEME_FILE = path.join(ROOT, 'content', 'theme.css');
/** ORGANISATION_LOGO_URL=/logo.svg is served from content/logo.svg. */
export const DEFAULT_LOGO_DIR = path.join(ROOT, 'content');
const IMAGE_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

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

/**
 * Several regions on one installation: a region's website (its host name) shows the region's
 * organisation. Every variant is rendered once at start-up; the Host header picks one.
 */
export interface SiteOrganisations {
  /** Per variant key (a region id): the organisation its pages show. */
  variants: ReadonlyMap<string, Organisation>;
  /** The variant of a request's Host header; undefined: `organisation` (the default). */
  keyOf(host: string | undefined): string | undefined;
}

export interface WebPageOptions {
  /** Shown in the header and footer (ORGANISATION_*). */
  organisation: Organisation;
  /** Other organisations by the website's host name (src/bot/composeRegions.ts). */
  sites?: SiteOrganisations;
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
  const shellOf = (organisation: Organisation): ShellOptions => ({ organisation, customTheme: customTheme !== undefined });
  // '' is the default organisation; a region's website has its own variant of every page.
  const shells = new Map<string, ShellOptions>([['', shellOf(options.organisation)], ...[...(options.sites?.variants ?? [])].map(([key, org]) => [key, shellOf(org)] as const)]);
  const shellKey = (req: Request): string => {
    const key = options.sites?.keyOf(req.headers.host);
    return key !== undefined && shells.has(key) ? key : '';
  };
  const facts: StatementFacts = { retentionMonths: options.retention?.months ?? 12, stateDays: options.retention?.stateDays ?? 30 };
  const pagesDir = options.pagesDir ?? DEFAULT_PAGES_DIR;
  const headers = { ...pageSecurityHeaders(options.organisation.logoUrl), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };

  // Pages are fixed at start-up: asset links rewritten to hashed URLs, compressed once.
  const assets = staticAssets();
  const ready = (html: string | undefined) => (html === undefined ? undefined : htmlPage(html, assets));
  const html = (render: (shell: ShellOptions, locale: PageLocale) => string | undefined, pagePath: string) => {
    const pages = new Map([...shells].map(([key, shell]) => [key, { nl: ready(render(shell, 'nl')), en: ready(render(shell, 'en')) } as Record<PageLocale, HtmlPage | undefined>]));
    return (req: Request, res: Response, next: (err?: false) => void) => {
      const locale = localeOf(req);
      const key = shellKey(req);
      const page = pages.get(key)![locale];
      if (page) page.send(req, res, pageSecurityHeaders(options.organisation.logoUrl));
      else {
        // A statement whose Markdown is missing is a 404 page, not a crash.
        res.writeHead(404, { ...headers, 'X-Error-Code': 'NOT_FOUND' });
        res.end(renderNotFound(shells.get(key)!, locale, pagePath));
      }
      next(false);
    };
  };
  // HEAD too (monitoring, link checkers): the same headers, no body (sendEncoded).
  const page = (route: string, handler: ReturnType<typeof html>) => {
    server.get(route, handler);
    server.head(route, handler);
  };
  page('/', html((shell, l) => renderChatPage(shell, l), '/'));
  for (const name of STATEMENT_PAGES) page(`/${name}`, html((shell, l) => renderStatement({ ...shell, ...facts, pagesDir }, name, l), `/${name}`));

  const asset = (route: string, body: () => Buffer, type: string) => {
    const content = body();
    server.get(route, (_req: Request, res: Response, next) => {
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      res.end(content);
      next(false);
    });
  };
  // The operator's house style lives outside public/: served as it is, never cached for long.
  if (customTheme) asset('/theme-custom.css', () => customTheme, 'text/css; charset=utf-8');
  registerLogo(server, options.organisation.logoUrl, options.logoDir ?? DEFAULT_LOGO_DIR);
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
