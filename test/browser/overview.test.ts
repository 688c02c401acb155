// The take-away overview in real Chromium: the seeker's page, the organisation's form (empty and
// with an error) and the read-only overview pass axe (WCAG 2.2 AA) at desktop and phone size, and
// the print stylesheet hides what paper does not need.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { OverviewService } from '../../src/overview/service';
import { OverviewStore } from '../../src/db/overviewStore';
import { SeekerStore } from '../../src/db/seekerStore';
import { axeViolations, readmeScreenshot } from '../helpers/axe';
import { expectEventually, launchBrowser } from '../helpers/browser';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { SEEKER_KEY, seekerWithOverview, testClock } from '../overview/helpers';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

describe('overview pages in real Chromium: axe at 1280x800 and 390x844', function () {
  this.timeout(120_000);
  const clock = testClock();
  let database: TestDatabase;
  let app: App;
  let service: OverviewService<OverviewStore>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  before(async () => {
    database = sqliteDatabase();
    app = await startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEEKER_KEY }), createLogger('silent'), { now: clock.now, queueIntervalMs: 0 });
    service = new OverviewService(new OverviewStore(app.db), SEEKER_KEY, { baseUrl: () => app.url, now: clock.now });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('in the website chat, "overzicht" shows two link buttons; "Open je overzicht" opens the page in a new tab', async () => {
    const page = await browser.context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
    await page.goto(`${app.url}/`);
    await page.locator('.webchat__bubble__content', { hasText: 'Ik ben Werkloket' }).first().waitFor({ timeout: 20_000 });
    // This browser's seeker, with a saved intake and a proposal (as after "Ja, dit klopt").
    let session: { conversationId: string; userId: string } | null = null;
    await expectEventually(async () => {
      session = JSON.parse((await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('werkloket.session'))) ?? 'null');
      expect(session).to.not.equal(null);
    });
    const seekers = new SeekerStore(app.db, SEEKER_KEY);
    const who = { channel: 'directline', userId: session!.userId, conversationId: session!.conversationId };
    const seekerId = await seekers.giveConsent(who, 'nl', 'test');
    await seekers.saveResult(seekerId, { consent: true, situation: 'ww', monthlyAmount: 1500 }, [
      { id: 'instrument:test', kind: 'instrument', title: 'Proefplaatsing bij een werkgever', provider: 'UWV', score: 1, reasons: ['Je hebt WW'], nextStep: 'Bel UWV.', whatToBring: ['Je cv'], sources: [], sourceLinks: [] },
    ] as never);

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('overzicht');
    await input.press('Enter');
    const open = page.getByRole('button', { name: 'Open je overzicht' }).or(page.getByRole('link', { name: 'Open je overzicht' })).first();
    await open.waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Download als PDF' }).or(page.getByRole('link', { name: 'Download als PDF' })).first().isVisible()).to.equal(true);
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), open.click()]);
    await tab.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
    expect(await tab.getByText('Proefplaatsing bij een werkgever').isVisible()).to.equal(true);
    expect(refused).to.deep.equal([]);
    await tab.close();
    await page.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`${viewport.name}: the seeker's overview, the code form, its error and the read-only overview have no serious or critical violations`, async () => {
      const seekerId = await seekerWithOverview(app.db, service, viewport.width);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const errors: string[] = [];
      // The coded 404 of a wrong code is itself logged as a failed load; only CSP refusals count here.
      page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && errors.push(m.text()));

      await page.goto(service.links(seekerId).pageUrl);
      await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor();
      expect(await axeViolations(page, `overview ${viewport.name}`)).to.deep.equal([]);
      if (viewport.name === 'desktop') await readmeScreenshot(page, 'overview');
      expect(await page.getByRole('link', { name: 'Download als PDF' }).isVisible()).to.equal(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('link', { name: 'Download als PDF' }).isVisible()).to.equal(false);
      await page.emulateMedia({ media: 'screen' });

      const { code } = await service.share(seekerId);
      await page.goto(`${app.url}/overzicht`);
      expect(await axeViolations(page, `overview code form ${viewport.name}`)).to.deep.equal([]);
      await page.getByLabel('Code (8 tekens)').fill('ABCD-EFGH');
      await page.getByLabel('Naam van je organisatie').fill('UWV Utrecht');
      await page.getByRole('button', { name: 'Overzicht openen' }).click();
      await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor();
      expect(await axeViolations(page, `overview code form error ${viewport.name}`)).to.deep.equal([]);

      await page.getByLabel('Code (8 tekens)').fill(code);
      await page.getByRole('button', { name: 'Overzicht openen' }).click();
      await page.getByText('Geopend door: UWV Utrecht').waitFor();
      expect(await axeViolations(page, `overview read-only ${viewport.name}`)).to.deep.equal([]);
      if (viewport.name === 'phone') await readmeScreenshot(page, 'overview-organisation-phone');
      expect(errors, 'nothing refused by the CSP').to.deep.equal([]);
      await page.close();
    });
  }
});
