// /privacy and /toegankelijkheid: the privacy and accessibility statements, from editable Markdown
// in content/pages/<name>.<nl|en>.md, rendered once at start-up in the site's frame. Raw HTML in
// the Markdown stays text (html: false); {placeholders} are filled with escaped configuration.
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Organisation } from '../config';
import type { PageLocale } from '../texts/page';
import { pageTexts } from '../texts/page';
import { escapeHtml, localeHref, renderShell, telHref, type ShellOptions } from './pageShell';

export const STATEMENT_PAGES = ['privacy', 'toegankelijkheid'] as const;
export type StatementPage = (typeof STATEMENT_PAGES)[number];

export interface StatementFacts {
  /** RETENTION_MONTHS and STATE_RETENTION_DAYS, as the statement promises them. */
  retentionMonths: number;
  stateDays: number;
}

/** NL Design System classes on the elements Markdown makes. */
const CLASSES: Record<string, string> = {
  paragraph_open: 'utrecht-paragraph',
  bullet_list_open: 'utrecht-unordered-list',
  ordered_list_open: 'utrecht-ordered-list',
  link_open: 'utrecht-link utrecht-link--html-a',
  table_open: 'utrecht-table',
};

function markdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('nlds-classes', (state) => {
    const walk = (tokens: typeof state.tokens) => {
      for (const token of tokens) {
        if (token.type === 'heading_open') token.attrJoin('class', `utrecht-heading-${token.tag.slice(1)}`);
        else if (token.type === 'list_item_open') token.attrJoin('class', 'utrecht-unordered-list__item');
        else if (CLASSES[token.type]) token.attrJoin('class', CLASSES[token.type]);
        if (token.children) walk(token.children);
      }
    };
    walk(state.tokens);
  });
  return md;
}

function contact(org: Organisation, locale: PageLocale): string {
  const e = escapeHtml;
  const tel = org.phone ? telHref(org.phone) : undefined;
  const phone = org.phone && (tel ? `<a class="utrecht-link utrecht-link--html-a" href="${e(tel)}">${e(org.phone)}</a>` : e(org.phone));
  const site = org.url && `<a class="utrecht-link utrecht-link--html-a" href="${e(org.url)}">${e(org.url.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>`;
  if (locale === 'en') return [phone && `call ${phone}`, site && `see ${site}`].filter(Boolean).join(' or ') || `ask ${e(org.name)}`;
  return [phone && `bellen met ${phone}`, site && `kijken op ${site}`].filter(Boolean).join(' of ') || `het vragen aan ${e(org.name)}`;
}

/** The filled, rendered statement; undefined when its Markdown file is missing. */
export function renderStatement(o: ShellOptions & StatementFacts & { pagesDir: string }, name: StatementPage, locale: PageLocale): string | undefined {
  const file = path.join(o.pagesDir, `${name}.${locale}.md`);
  if (!fs.existsSync(file)) return undefined;
  const values: Record<string, string> = {
    organisation: escapeHtml(o.organisation.name),
    retentionMonths: String(o.retentionMonths),
    stateDays: String(o.stateDays),
    contact: contact(o.organisation, locale),
  };
  const md = markdown();
  const tokens = md.parse(fs.readFileSync(file, 'utf8'), {});
  const h1 = tokens.findIndex((tk) => tk.type === 'heading_open' && tk.tag === 'h1');
  const html = md.renderer
    .render(tokens, md.options, {})
    .replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  const title = h1 >= 0 ? escapeHtml(tokens[h1 + 1].content.replace(/\{(\w+)\}/g, (w, k: string) => (k === 'organisation' ? o.organisation.name : w))) : name;
  const t = pageTexts(locale);
  const main = `    <article class="site-article">
${html}
      <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${localeHref('/', locale)}">${escapeHtml(t.backToChat)}</a></p>
    </article>`;
  return renderShell(o, { locale, title: `${title} – Werkloket`, main, path: `/${name}` });
}

export function renderNotFound(o: ShellOptions, locale: PageLocale, path = '/'): string {
  const t = pageTexts(locale);
  const main = `    <article class="site-article">
      <h1 class="utrecht-heading-1">${escapeHtml(t.notFoundTitle)}</h1>
      <p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${localeHref('/', locale)}">${escapeHtml(t.notFoundText)}</a></p>
      <p class="utrecht-paragraph site-small">NOT_FOUND</p>
    </article>`;
  return renderShell(o, { locale, title: `${escapeHtml(t.notFoundTitle)} – Werkloket`, main, path });
}
