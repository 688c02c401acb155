// The overview over HTTP against the real server, on SQLite and PostgreSQL: the seeker's page and
// PDF behind a signed link, and the organisation's code form (open, log, limit, expiry, withdrawal,
// rate limit, and two openings racing for the last use).
import { expect } from 'chai';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { OverviewService } from '../../src/overview/service';
import { OverviewStore } from '../../src/db/overviewStore';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import { pdfText, SEEKER_KEY, seekerWithOverview, testClock } from './helpers';

let address = 0;
/** Each test speaks from its own client address (TRUST_PROXY), so the form's rate limit is per test. */
const from = () => ({ 'x-forwarded-for': `198.51.100.${++address}` });

function post(app: App, fields: Record<string, string>, headers: Record<string, string> = from()): Promise<Response> {
  return fetch(`${app.url}/overzicht`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
}

for (const provider of bothProviders) {
  describe(`Take-away overview over HTTP (${provider.name})`, function () {
    this.timeout(60_000);
    const clock = testClock();
    let database: TestDatabase;
    let app: App;
    let service: OverviewService<OverviewStore>;
    let n = 0;

    before(async () => {
      database = await provider.make();
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEEKER_KEY, TRUST_PROXY: '127.0.0.1' });
      app = await startApp(config, createLogger('silent'), { now: clock.now, compressPdf: false, queueIntervalMs: 0 });
      service = new OverviewService(new OverviewStore(app.db), SEEKER_KEY, { baseUrl: () => app.url, now: clock.now });
    });
    after(async () => {
      await app?.close();
      await database?.drop();
    });
    beforeEach(() => clock.set('2026-12-02T10:00:00Z'));

    it("the seeker's link shows an accessible page without scripts, and the same overview as a tagged PDF", async () => {
      const seekerId = await seekerWithOverview(app.db, service, ++n);
      const { pageUrl, pdfUrl } = service.links(seekerId);
      const res = await fetch(pageUrl);
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-security-policy')).to.match(/^default-src 'self'; script-src 'none'/);
      expect(res.headers.get('cache-control')).to.equal('no-store');
      const html = await res.text();
      expect(html).to.match(/<html lang="nl">/).and.match(/<h1>Mijn overzicht<\/h1>/).and.match(/<h2 id="h-told">Wat je vertelde<\/h2><ul><li>WW tot 1 september 2027<\/li>/);
      expect(html).to.include('<h3>Proefplaatsing bij een werkgever</h3>').and.include('<dt>Neem mee</dt><dd><ul><li>Je identiteitsbewijs</li>').and.include('030 - 123 45 67');
      expect(html).to.include('/overzicht/mijn.pdf?t=').and.not.match(/<script/i);
      expect(await (await fetch(`${app.url}/overzicht.css`)).text()).to.match(/@media print/);

      const pdf = await fetch(pdfUrl);
      expect(pdf.status).to.equal(200);
      expect(pdf.headers.get('content-type')).to.equal('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 8).toString('latin1')).to.equal('%PDF-1.7');
      const raw = bytes.toString('latin1');
      expect(raw).to.include('/StructTreeRoot').and.include('/Lang (nl-NL)').and.include('/DisplayDocTitle true');
      const text = pdfText(bytes);
      for (const expected of ['Mijn overzicht', 'Wat je vertelde', 'Orderpicker (20 jaar)', 'Proefplaatsing bij een werkgever', 'Je identiteitsbewijs', '(€ 450)', 'Werkcentrum Utrecht']) expect(text).to.include(expected);
    });

    it("a link works only for its own seeker and only for 7 days", async () => {
      const a = await seekerWithOverview(app.db, service, ++n);
      const b = await seekerWithOverview(app.db, service, ++n);
      const tokenA = new URL(service.links(a).pageUrl).searchParams.get('t')!;
      const forged = `${b}.${tokenA.split('.').slice(1).join('.')}`;
      for (const t of [forged, 'nonsense', `${tokenA}x`]) {
        const res = await fetch(`${app.url}/overzicht/mijn?t=${encodeURIComponent(t)}`);
        expect(res.status, t).to.equal(403);
        expect(res.headers.get('x-error-code')).to.equal('OVERVIEW_LINK_INVALID');
        expect(await res.text()).to.match(/Deze link werkt niet meer/).and.not.include('Orderpicker');
      }
      expect((await fetch(`${app.url}/overzicht/mijn.pdf`)).status).to.equal(403);
      clock.add(8);
      expect((await fetch(service.links(a).pageUrl.replace(/t=.*/, `t=${encodeURIComponent(tokenA)}`))).status).to.equal(403);
    });

    it('the organisation opens a code read-only; every opening is logged; a wrong code is a coded 404', async () => {
      const seekerId = await seekerWithOverview(app.db, service, ++n);
      const { code } = await service.share(seekerId);
      expect(code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect((await (await fetch(`${app.url}/overzicht`)).text())).to.match(/<form method="post" action="\/overzicht">/).and.match(/<label for="code">/);

      // Typed as people type it: lower case, a space instead of the dash.
      const res = await post(app, { code: code.toLowerCase().replace('-', ' '), organisation: 'UWV Utrecht' });
      expect(res.status).to.equal(200);
      const html = await res.text();
      expect(html).to.include('Geopend door: UWV Utrecht').and.include('Orderpicker (20 jaar)').and.not.include('<form');
      const openings = await service.store.openingsOf(seekerId);
      expect(openings.map((o) => [o.organisation, o.at.toISOString()])).to.deep.equal([['UWV Utrecht', '2026-12-02T10:00:00.000Z']]);
      expect(await app.db.auditEntry.count({ where: { action: 'overview.opened', actorName: 'UWV Utrecht' } })).to.equal(1);

      const wrong = await post(app, { code: 'ABCD-EFGH', organisation: 'UWV' });
      expect([wrong.status, wrong.headers.get('x-error-code')]).to.deep.equal([404, 'OVERVIEW_CODE_INVALID']);
      expect(await wrong.text()).to.match(/Deze code klopt niet/).and.not.include('Orderpicker');
      const missing = await post(app, { code });
      expect([missing.status, missing.headers.get('x-error-code')]).to.deep.equal([400, 'OVERVIEW_CODE_MISSING']);
      const twice = await fetch(`${app.url}/overzicht`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...from() }, body: `code=${code}&code=${code}&organisation=X` });
      expect(twice.status).to.equal(400);
      // In English: the form and its answers.
      expect(await (await fetch(`${app.url}/overzicht?lang=en`)).text()).to.include('<html lang="en">').and.include('name="lang" value="en"');
      expect(await (await post(app, { code: 'ABCD-EFGH', organisation: 'UWV', lang: 'en' })).text()).to.match(/This code is not right/);
      // Forms are taken only here: elsewhere a form body is still refused.
      const elsewhere = await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
      expect(elsewhere.status).to.equal(415);
    });

    it('a code works 5 times, then 410 used up; after 30 days 410 expired; withdrawn 410 at once', async () => {
      const seekerId = await seekerWithOverview(app.db, service, ++n);
      const { code } = await service.share(seekerId);
      for (let i = 0; i < 5; i++) expect((await post(app, { code, organisation: `Org ${i}` })).status).to.equal(200);
      const usedUp = await post(app, { code, organisation: 'Org 6' });
      expect([usedUp.status, usedUp.headers.get('x-error-code')]).to.deep.equal([410, 'OVERVIEW_CODE_USED_UP']);
      expect(await service.store.openingsOf(seekerId)).to.have.length(5);

      const second = (await service.share(seekerId)).code;
      clock.add(29.9);
      expect((await post(app, { code: second, organisation: 'Gemeente' })).status).to.equal(200);
      clock.add(0.2);
      const expired = await post(app, { code: second, organisation: 'Gemeente' });
      expect([expired.status, expired.headers.get('x-error-code')]).to.deep.equal([410, 'OVERVIEW_CODE_EXPIRED']);
      expect(await expired.text()).to.match(/Deze code is verlopen/);

      const third = (await service.share(seekerId)).code;
      expect(await service.withdraw(seekerId)).to.equal(1);
      const withdrawn = await post(app, { code: third, organisation: 'UWV' });
      expect([withdrawn.status, withdrawn.headers.get('x-error-code')]).to.deep.equal([410, 'OVERVIEW_CODE_WITHDRAWN']);
    });

    it('a new code stops the older one', async () => {
      const seekerId = await seekerWithOverview(app.db, service, ++n);
      const first = await service.share(seekerId);
      const second = await service.share(seekerId);
      expect(second.replaced).to.equal(true);
      expect((await post(app, { code: first.code, organisation: 'UWV' })).status).to.equal(410);
      expect((await post(app, { code: second.code, organisation: 'UWV' })).status).to.equal(200);
    });

    it('two openings at the last allowed use: exactly one succeeds (compare-and-set)', async () => {
      const seekerId = await seekerWithOverview(app.db, service, ++n);
      const { code } = await service.share(seekerId);
      for (let i = 0; i < 4; i++) expect((await service.open(code, `Org ${i}`)).status).to.equal('ok');
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all([post(app, { code, organisation: 'Org A' }), post(app, { code, organisation: 'Org B' })]);
        if (round === 0) expect(results.map((r) => r.status).sort()).to.deep.equal([200, 410]);
        else expect(results.map((r) => r.status)).to.deep.equal([410, 410]);
      }
      expect(await service.store.openingsOf(seekerId)).to.have.length(5);
      expect((await app.db.overviewCode.findFirstOrThrow({ where: { overview: { seekerId } } })).usesLeft).to.equal(0);
    });

    it('eight openings at once for the last use, straight on the store: one ok, seven used up', async () => {
      const seekerId = await seekerWithOverview(app.db, service, ++n);
      const { code } = await service.share(seekerId);
      for (let i = 0; i < 4; i++) await service.open(code, `Org ${i}`);
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => service.open(code, `Racer ${i}`)));
      expect(results.filter((r) => r.status === 'ok')).to.have.length(1);
      expect(results.filter((r) => r.status === 'used-up')).to.have.length(7);
      expect(await service.store.openingsOf(seekerId)).to.have.length(5);
    });

    it('the form is rate-limited per client address: the 11th try in 15 minutes is a coded 429', async () => {
      const headers = from();
      for (let i = 0; i < 10; i++) expect((await post(app, { code: 'ABCD-EFGH', organisation: 'Raden' }, headers)).status).to.equal(404);
      const limited = await post(app, { code: 'ABCD-EFGH', organisation: 'Raden' }, headers);
      expect([limited.status, limited.headers.get('x-error-code')]).to.deep.equal([429, 'RATE_LIMITED']);
      expect(Number(limited.headers.get('retry-after'))).to.be.greaterThan(0);
      expect(await limited.text()).to.match(/te vaak een code geprobeerd/);
    });
  });
}
