// The website's pages over HTTP: organisation from configuration (escaped), the statements from
// Markdown in both languages, the operator's theme file, and 404s.
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { registerWebPage } from '../../src/bot/webPage';
import { DirectLineClient } from '../helpers/directLine';

const EVIL = 'Werkcentrum <script>alert(1)</script> & "Co"';

describe('website pages (HTTP against the real server)', () => {
  const server = useTestApp(sqliteDatabase, {
    ORGANISATION_NAME: EVIL,
    ORGANISATION_PHONE: '088 123 45 67 (ma-vr 9-17 uur)',
    ORGANISATION_URL: 'https://www.werkcentrum-regio.nl',
    ORGANISATION_LOGO_URL: 'https://cdn.werkcentrum-regio.nl/logo.svg',
    RETENTION_MONTHS: '9',
  });
  const get = (p: string) => fetch(`${server.app.url}${p}`);

  it('the chat page names the organisation, escaped, with phone, website, logo and the statement links', async () => {
    const res = await get('/');
    expect(res.status).to.equal(200);
    const html = await res.text();
    expect(html).to.include('<html lang="nl"');
    expect(html).not.to.include('<script>alert(1)</script>');
    expect(html).to.include('Werkcentrum &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(html).to.include('href="tel:0881234567"').and.to.include('088 123 45 67 (ma-vr 9-17 uur)');
    expect(html).to.include('href="https://www.werkcentrum-regio.nl"');
    expect(html).to.include('src="https://cdn.werkcentrum-regio.nl/logo.svg"');
    expect(html).to.include('href="/privacy"').and.to.include('href="/toegankelijkheid"');
    // The page texts for the in-place language switch: a JSON data block no text can close.
    const block = /<script type="application\/json" id="page-texts">([^<]*)<\/script>/.exec(html);
    expect(JSON.parse(block![1]).en.endChat).to.equal('End chat');
    // Styles and scripts from this server only; the logo's origin is allowed for images.
    // Linked at their content-hashed URLs (src/web), in this order: components, tokens, layout.
    expect(html).to.match(/href="\/assets\/nlds\.[0-9a-f]{10}\.css"[\s\S]*href="\/assets\/theme\.[0-9a-f]{10}\.css"[\s\S]*href="\/assets\/site\.[0-9a-f]{10}\.css"/);
    expect(html).not.to.include('href="/theme-custom.css"');
    expect(res.headers.get('content-security-policy')).to.include("img-src 'self' data: blob: https://cdn.werkcentrum-regio.nl;").and.to.include("script-src 'self';");
  });

  it('HEAD answers for the pages as GET does, without a body (monitoring, link checkers)', async () => {
    for (const path of ['/', '/privacy', '/toegankelijkheid?lang=en', '/advisor']) {
      const [head, full] = [await fetch(`${server.app.url}${path}`, { method: 'HEAD' }), await get(path)];
      expect(head.status, path).to.equal(200);
      expect(head.headers.get('content-type'), path).to.equal(full.headers.get('content-type'));
      expect(head.headers.get('content-security-policy'), path).to.equal(full.headers.get('content-security-policy'));
      expect(await head.text(), path).to.equal('');
    }
  });

  it('?lang=en serves the chat page in English', async () => {
    const html = await (await get('/?lang=en')).text();
    expect(html).to.include('<html lang="en"').and.to.include('End chat').and.to.include('href="/privacy?lang=en"');
    expect(html).to.include('hreflang="nl"');
  });

  for (const [page, nlTitle, enTitle] of [
    ['privacy', 'Privacyverklaring Werkloket', 'Werkloket privacy statement'],
    ['toegankelijkheid', 'Toegankelijkheidsverklaring Werkloket', 'Werkloket accessibility statement'],
  ]) {
    it(`/${page} in Dutch and English, from Markdown, filled with the configuration`, async () => {
      const nl = await get(`/${page}`);
      expect(nl.status).to.equal(200);
      const nlHtml = await nl.text();
      expect(nlHtml).to.include('<html lang="nl"').and.to.include(`<h1 class="utrecht-heading-1">${nlTitle}</h1>`);
      expect(nlHtml).not.to.match(/\{(organisation|contact|retentionMonths|stateDays)\}/);
      expect(nlHtml).not.to.include('<script>alert(1)');
      expect(nlHtml).to.include('bellen met <a class="utrecht-link utrecht-link--html-a" href="tel:0881234567">');
      const en = await get(`/${page}?lang=en`);
      const enHtml = await en.text();
      expect(enHtml).to.include('<html lang="en"').and.to.include(enTitle);
      expect(enHtml).to.include('href="/toegankelijkheid?lang=en"');
    });
  }

  it('the privacy statement promises the configured retention, names the controller and the erase command', async () => {
    const html = await (await get('/privacy')).text();
    expect(html).to.include('Tot 9 maanden na je laatste bericht');
    expect(html).to.include('Werkcentrum &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; is verantwoordelijk');
    expect(html).to.include('verwijder mijn gegevens');
    expect(await (await get('/privacy?lang=en')).text()).to.include('Until 9 months after your last message');
  });

  it('serves the NL Design System components and the default tokens as CSS', async () => {
    const nlds = await get('/nlds.css');
    expect(nlds.headers.get('content-type')).to.include('text/css');
    expect(await nlds.text()).to.include('.utrecht-page-header').and.to.include('.utrecht-button--primary-action');
    expect(await (await get('/theme.css')).text()).to.include('--werkloket-color-primary');
    expect(await (await get('/site.js')).text()).to.include('werkloket:lang');
    expect((await get('/theme-custom.css')).status).to.equal(404);
  });

  it('a new conversation greets in the language the page asks for (POST /conversations {locale}); a bad tag is ignored', async () => {
    const greeting = async (body: unknown) => {
      const client = await new DirectLineClient(server.app.url).generate();
      const res = await client.request('POST', '/v3/directline/conversations', body);
      expect(res.status).to.equal(200);
      return (await client.botReplies()).map((a) => a.text).join(' ');
    };
    expect(await greeting({ locale: 'en-US' })).to.match(/I am Werkloket/);
    expect(await greeting({ locale: 'nl-NL' })).to.match(/Ik ben Werkloket/);
    expect(await greeting({ locale: '<script>' })).to.match(/Ik ben Werkloket/);
    expect(await greeting(undefined)).to.match(/Ik ben Werkloket/);
  });

  it('an unknown page is a 404', async () => {
    expect((await get('/privacyverklaring')).status).to.equal(404);
  });
});

describe('website pages: operator files (content/pages, content/theme.css)', () => {
  let server: restify.Server;
  let url: string;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkloket-pages-'));
    fs.mkdirSync(path.join(dir, 'pages'));
    // Only the Dutch privacy statement, with raw HTML that must stay text.
    fs.writeFileSync(path.join(dir, 'pages', 'privacy.nl.md'), '# Privacy bij {organisation}\n\n<img src=x onerror=alert(1)> {unknown}\n');
    fs.writeFileSync(path.join(dir, 'theme.css'), '.werkloket-theme { --werkloket-color-primary: #8a1538; }\n');
    fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
    server = restify.createServer();
    server.use(restify.plugins.queryParser({ mapParams: false }));
    registerWebPage(server, { organisation: { name: 'Werkcentrum Oost', logoUrl: '/logo.svg' }, pagesDir: path.join(dir, 'pages'), themeFile: path.join(dir, 'theme.css'), logoDir: dir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('renders the operator\'s Markdown with raw HTML as text, unknown placeholders left as written', async () => {
    const html = await (await fetch(`${url}/privacy`)).text();
    expect(html).to.include('<h1 class="utrecht-heading-1">Privacy bij Werkcentrum Oost</h1>');
    expect(html).to.include('&lt;img src=x onerror=alert(1)&gt; {unknown}');
    expect(html).to.include('<title>Privacy bij Werkcentrum Oost – Werkloket</title>');
    // No phone or website configured: a neutral way to ask.
    expect(html).not.to.include('tel:');
  });

  it('a statement without its Markdown file is a 404 page with a code, not a crash', async () => {
    for (const p of ['/privacy?lang=en', '/toegankelijkheid', '/toegankelijkheid?lang=en']) {
      const res = await fetch(`${url}${p}`);
      expect(res.status, p).to.equal(404);
      expect(res.headers.get('x-error-code')).to.equal('NOT_FOUND');
      expect(await res.text()).to.include('NOT_FOUND').and.to.include('Werkcentrum Oost');
    }
    expect((await fetch(`${url}/privacy`)).status).to.equal(200);
  });

  it('loads the operator\'s token overrides after the default tokens', async () => {
    const html = await (await fetch(`${url}/`)).text();
    expect(html.indexOf('href="/theme-custom.css"')).to.be.greaterThan(html.search(/href="\/assets\/theme\.[0-9a-f]{10}\.css"/)).and.to.be.greaterThan(0);
    expect(html.indexOf('href="/theme-custom.css"')).to.be.lessThan(html.search(/href="\/assets\/site\.[0-9a-f]{10}\.css"/));
    expect(await (await fetch(`${url}/theme-custom.css`)).text()).to.include('#8a1538');
    expect(html).not.to.include('tel:');
    // A logo on this server: images from this server only.
    expect((await fetch(`${url}/`)).headers.get('content-security-policy')).to.include("img-src 'self' data: blob:;");
  });

  it('serves a logo given as a path from the content folder, as an image that runs no script', async () => {
    expect(await (await fetch(`${url}/`)).text()).to.include('<img class="site-logo" src="/logo.svg" alt="">');
    const logo = await fetch(`${url}/logo.svg`);
    expect(logo.status).to.equal(200);
    expect(logo.headers.get('content-type')).to.equal('image/svg+xml');
    expect(logo.headers.get('content-security-policy')).to.include('sandbox');
    expect(await logo.text()).to.include('<rect');
  });
});
