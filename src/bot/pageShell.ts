// The website's frame: head, header and footer around a page's main content, in NL Design System
// components (Utrecht component CSS) styled by design tokens (/theme.css, then the operator's
// /theme-custom.css). Everything from configuration is escaped here.
import type { Organisation } from '../config';
import { pageTexts, type PageLocale, type PageTexts } from '../texts/page';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface ShellOptions {
  organisation: Organisation;
  /** An operator's token overrides (content/theme.css) exist: link them after the defaults. */
  customTheme: boolean;
}

export interface ShellPage {
  locale: PageLocale;
  /** Already escaped. */
  title: string;
  /** The page's main content, already escaped HTML. */
  main: string;
  /** Path of this page (without ?lang): the language link points to its other language. */
  path: string;
  /** Scripts after the page (plain paths, e.g. /chat.js), run in this order once the page is parsed (defer). */
  scripts?: string[];
  /** Extra stylesheets (plain paths), after the theme. */
  styles?: string[];
  bodyClass?: string;
}

/** The page in the given language; `?lang=en` is English, no parameter Dutch. */
export function localeHref(path: string, locale: PageLocale): string {
  return locale === 'en' ? `${path}?lang=en` : path;
}

/** tel: link of a configured phone text such as "088 123 45 67 (ma-vr 9-17 uur)": its leading number. */
export function telHref(phone: string): string | undefined {
  const number = /^[+\d][\d\s().-]{5,}/.exec(phone.trim())?.[0].replace(/[^\d+]/g, '');
  return number && number.replace(/\D/g, '').length >= 6 ? `tel:${number}` : undefined;
}

function header(o: ShellOptions, page: ShellPage, t: PageTexts): string {
  const org = o.organisation;
  const other: PageLocale = page.locale === 'en' ? 'nl' : 'en';
  const logo = org.logoUrl ? `<img class="site-logo" src="${escapeHtml(org.logoUrl)}" alt="">` : '';
  return `<header class="utrecht-page-header">
  <div class="utrecht-page-header__content site-header">
    <a class="utrecht-link utrecht-link--html-a site-brand" href="${localeHref('/', page.locale)}" data-i18n-href="/">${logo}<span class="site-org">${escapeHtml(org.name)}</span><span class="site-product">Werkloket</span></a>
    <a class="utrecht-link utrecht-link--html-a site-lang" id="lang-switch" href="${localeHref(page.path, other)}" hreflang="${other}" lang="${other}" data-lang="${other}" aria-label="${escapeHtml(t.otherLanguageLabel)}">${escapeHtml(t.otherLanguage)}</a>
  </div>
</header>`;
}

function contactLine(org: Organisation, t: PageTexts): string {
  const parts: string[] = [];
  if (org.phone) {
    const tel = telHref(org.phone);
    const text = escapeHtml(org.phone);
    parts.push(`<span data-i18n="phone">${escapeHtml(t.phone)}</span>: ${tel ? `<a class="utrecht-link utrecht-link--html-a" href="${escapeHtml(tel)}">${text}</a>` : text}`);
  }
  if (org.url) {
    parts.push(`<span data-i18n="website">${escapeHtml(t.website)}</span>: <a class="utrecht-link utrecht-link--html-a" href="${escapeHtml(org.url)}">${escapeHtml(org.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>`);
  }
  return parts.length ? `<p class="utrecht-paragraph site-contact">${parts.join('<span aria-hidden="true"> · </span><br class="site-narrow">')}</p>` : '';
}

function footer(o: ShellOptions, page: ShellPage, t: PageTexts): string {
  const org = o.organisation;
  const runBy = escapeHtml(t.runBy).replace('{organisation}', escapeHtml(org.name));
  return `<footer class="utrecht-page-footer">
  <div class="utrecht-page-footer__content site-footer">
    <p class="utrecht-paragraph" data-i18n="runBy" data-org="${escapeHtml(org.name)}">${runBy}</p>
    ${contactLine(org, t)}
    <nav aria-label="${escapeHtml(t.footerLabel)}" data-i18n-label="footerLabel">
      <ul class="site-links">
        <li><a class="utrecht-link utrecht-link--html-a" href="${localeHref('/privacy', page.locale)}" data-i18n="privacy" data-i18n-href="/privacy">${escapeHtml(t.privacy)}</a></li>
        <li><a class="utrecht-link utrecht-link--html-a" href="${localeHref('/toegankelijkheid', page.locale)}" data-i18n="accessibility" data-i18n-href="/toegankelijkheid">${escapeHtml(t.accessibility)}</a></li>
      </ul>
    </nav>
    <p class="utrecht-paragraph site-small" data-i18n="noBsn">${escapeHtml(t.noBsn)}</p>
  </div>
</footer>`;
}

/** The whole HTML document. */
export function renderShell(o: ShellOptions, page: ShellPage): string {
  const t = pageTexts(page.locale);
  const themes = ['/nlds.css', '/theme.css', ...(o.customTheme ? ['/theme-custom.css'] : []), '/site.css', ...(page.styles ?? [])];
  const scripts = ['/site.js', ...(page.scripts ?? [])];
  return `<!doctype html>
<html lang="${page.locale}" class="werkloket-theme">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23154273'/%3E%3C/svg%3E">
  <title>${page.title}</title>
${themes.map((href) => `  <link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body class="utrecht-document utrecht-document--surface site-body${page.bodyClass ? ` ${page.bodyClass}` : ''}">
  <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" data-i18n="skipToContent">${escapeHtml(t.skipToContent)}</a>
  <div class="site-top">
  ${header(o, page, t)}
  <main id="main" class="site-main">
${page.main}
  </main>
  </div>
  ${footer(o, page, t)}
${scripts.map((src) => `  <script src="${src}" defer></script>`).join('\n')}
</body>
</html>
`;
}
