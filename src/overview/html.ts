// The overview as an accessible HTML page (headings, lists, lang, a print stylesheet), and the
// organisation's code form. No scripts at all: the page works under `default-src 'self'`.
import type { Texts } from '../texts';

type OverviewTexts = Texts['overview'];
import { formatDay, type OverviewData, type OverviewProposal } from './model';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only http(s) links become anchors; anything else is shown as text. */
const safeUrl = (url: string) => /^https?:\/\//i.test(url);
const link = (url: string, label = url) => (safeUrl(url) ? `<a href="${escape(url)}">${escape(label)}</a>` : escape(label));

export interface PageOptions {
  /** The PDF of the same overview (the seeker's own page). */
  pdfUrl?: string;
  /** Opened with a share code by this organisation (read-only notice). */
  openedBy?: string;
}

export function overviewPage(data: OverviewData, t: OverviewTexts, options: PageOptions = {}): string {
  const p = t.page;
  const body = [
    `<h1>${escape(p.title)}</h1>`,
    `<p class="made">${escape(p.made(formatDay(new Date(data.madeAt), data.locale)))}</p>`,
    options.openedBy ? `<p class="notice" role="note">${escape(p.readOnly(options.openedBy))}</p>` : '',
    section('told', p.told, data.told.length ? `<ul>${data.told.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` : ''),
    section('proposals', p.proposals, data.proposals.length ? `<ol class="proposals">${data.proposals.map((x) => proposal(x, t)).join('')}</ol><p>${escape(p.decides)}</p>` : `<p>${escape(p.none)}</p>`),
    section('contacts', p.contacts, `<ul class="contacts">${data.contacts.map((c) => `<li><strong>${escape(c.name)}</strong>${c.phone ? `<br>${escape(p.phone)}: ${escape(c.phone)}` : ''}${c.url ? `<br>${escape(p.website)}: ${link(c.url)}` : ''}</li>`).join('')}</ul>`),
    options.openedBy ? '' : `<p class="noprint">${escape(p.print)}${options.pdfUrl ? ` <a href="${escape(options.pdfUrl)}" download>${escape(p.downloadPdf)}</a>` : ''}</p>`,
  ];
  return shell(data.locale, p.title, body.join('\n'));
}

function section(id: string, heading: string, content: string): string {
  return `<section aria-labelledby="h-${id}"><h2 id="h-${id}">${escape(heading)}</h2>${content}</section>`;
}

function proposal(x: OverviewProposal, t: OverviewTexts): string {
  const p = t.page;
  const facts = [
    x.notFitting ? `<p class="marked">${escape(p.notFitting(x.notFitting))}</p>` : '',
    x.reasons.length ? `<ul>${x.reasons.map((r) => `<li>${escape(r)}</li>`).join('')}</ul>` : '',
    '<dl>',
    x.nextStep ? `<dt>${escape(p.nextStep)}</dt><dd>${escape(x.nextStep)}</dd>` : '',
    x.whatToBring.length ? `<dt>${escape(p.bring)}</dt><dd><ul>${x.whatToBring.map((b) => `<li>${escape(b)}</li>`).join('')}</ul></dd>` : '',
    x.source ? `<dt>${escape(p.source)}</dt><dd>${link(x.source.url, x.source.name)}</dd>` : '',
    '</dl>',
  ];
  return `<li><h3>${escape(x.title)}</h3><p class="provider">${escape(x.provider)}</p>${facts.join('')}</li>`;
}

export interface FormOptions {
  error?: string;
  organisation?: string;
}

/** The organisation's form: code + organisation name, posted to the same address. */
export function codeFormPage(locale: 'nl' | 'en', t: OverviewTexts, options: FormOptions = {}): string {
  const f = t.form;
  const error = options.error ? `<p class="error" role="alert" id="form-error">${escape(options.error)}</p>` : '';
  const described = options.error ? ' aria-describedby="form-error"' : '';
  const body = `<h1>${escape(f.title)}</h1>
<p>${escape(f.intro)}</p>
${error}
<form method="post" action="/overzicht">
<input type="hidden" name="lang" value="${locale}">
<p><label for="code">${escape(f.code)}</label><br><input id="code" name="code" type="text" required maxlength="20" autocomplete="off" autocapitalize="characters" spellcheck="false"${described}></p>
<p><label for="organisation">${escape(f.organisation)}</label><br><input id="organisation" name="organisation" type="text" required maxlength="120" autocomplete="organization" value="${escape(options.organisation ?? '')}"></p>
<p><button type="submit">${escape(f.submit)}</button></p>
</form>`;
  return shell(locale, f.title, body);
}

/** A short page with one message (an expired seeker link). */
export function messagePage(locale: 'nl' | 'en', title: string, message: string): string {
  return shell(locale, title, `<h1>${escape(title)}</h1><p role="alert">${escape(message)}</p>`);
}

function shell(locale: 'nl' | 'en', title: string, main: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(title)}</title>
<link rel="stylesheet" href="/overzicht.css">
</head>
<body>
<main id="main">
${main}
</main>
</body>
</html>
`;
}

/** Screen and print: readable line length, large enough text, links shown in print. */
export const OVERVIEW_CSS = `:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #154273; padding-bottom: .25rem; }
h3 { font-size: 1.25rem; margin: 0 0 .25rem; }
a { color: #154273; text-decoration: underline; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.made, .provider { color: #4a4a4a; margin-top: 0; }
.notice { background: #eef4fb; border-left: 4px solid #154273; padding: .75rem 1rem; }
.error { background: #fdecea; border-left: 4px solid #b00020; padding: .75rem 1rem; color: #7a0014; }
.marked { font-weight: bold; }
ol.proposals { padding-left: 1.5rem; }
ol.proposals > li { margin-bottom: 1.5rem; }
dt { font-weight: bold; margin-top: .5rem; }
dd { margin-left: 0; }
ul.contacts { list-style: none; padding: 0; }
ul.contacts li { margin-bottom: 1rem; }
label { font-weight: bold; }
input { font: inherit; padding: .5rem; border: 2px solid #4a4a4a; border-radius: 4px; width: 100%; max-width: 24rem; box-sizing: border-box; }
button { font: inherit; padding: .6rem 1.2rem; background: #154273; color: #fff; border: 0; border-radius: 4px; cursor: pointer; min-height: 44px; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .noprint { display: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  ol.proposals > li { break-inside: avoid; }
  h2 { border-color: #000; }
}
`;
