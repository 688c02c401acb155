// Connection trouble on the seeker page (public/connection.js), in real Chromium: a banner while
// offline or while the server cannot be reached, gone when back; a message typed meanwhile is sent
// by itself once the connection is back, and reaches the bot exactly once.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useTestApp } from '../helpers/app';
import { axeViolations, readmeScreenshot } from '../helpers/axe';
import { expectEventually, launchBrowser } from '../helpers/browser';
import { sqliteDatabase } from '../helpers/databases';

describe('connection trouble on the seeker page (real Chromium)', function () {
  this.timeout(120_000);
  const server = useTestApp(sqliteDatabase);
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  before(async () => (browser = await launchBrowser()));
  after(async () => browser?.close());

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.app.url}/`);
    await page.locator('.webchat__bubble__content', { hasText: 'Ik ben Werkloket' }).first().waitFor({ timeout: 30_000 });
    return page;
  }

  async function send(page: Page, text: string): Promise<void> {
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
  }

  /** The seeker's messages with this text as the bot received them (the transcript). */
  async function received(text: string): Promise<number> {
    return server.app.db.transcriptEntry.count({ where: { direction: 'in', text } });
  }

  it('offline: a banner says so (no axe violations); a message sent meanwhile arrives once when back online', async () => {
    const page = await open();
    const banner = page.locator('#connection');
    expect(await banner.innerText()).to.equal('');

    const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
    const before = await botBubbles.count();
    await browser.context.setOffline(true);
    await expectEventually(async () => { expect(await banner.innerText()).to.include('Je hebt geen internet'); });
    expect(await banner.getAttribute('role')).to.equal('status');
    expect(await banner.locator('[lang="en"]').innerText()).to.include('You are offline');
    await send(page, 'hallo, ik was offline');
    await page.locator('.webchat__bubble--from-user', { hasText: 'ik was offline' }).first().waitFor();
    expect(await axeViolations(page, 'offline banner (phone)')).to.deep.equal([]);
    await readmeScreenshot(page, 'offline-banner');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page, 'offline banner (desktop)')).to.deep.equal([]);
    expect(await received('hallo, ik was offline')).to.equal(0);

    await browser.context.setOffline(false);
    await expectEventually(async () => { expect(await banner.innerText()).to.equal(''); });
    // The bot got it, once, and answered it on the page.
    await expectEventually(async () => { expect(await received('hallo, ik was offline')).to.equal(1); }, 20_000);
    await expectEventually(async () => { expect(await botBubbles.count()).to.be.greaterThan(before); }, 20_000);
    expect(await page.locator('.webchat__bubble--from-user', { hasText: 'ik was offline' }).count()).to.be.greaterThan(0);
    await page.waitForTimeout(2000); // a second send would show up now
    expect(await received('hallo, ik was offline')).to.equal(1);
    await page.close();
  });

  it('server unreachable: a banner says so; the message goes once the server answers again', async () => {
    const page = await open();
    const banner = page.locator('#connection');
    // The server refuses the message (the browser itself stays online).
    const activities = /\/v3\/directline\/conversations\/[^/]+\/activities$/;
    await page.route(activities, (route) => route.abort('connectionrefused'));
    await send(page, 'hallo, de server was weg');
    await expectEventually(async () => { expect(await banner.innerText()).to.include('De chat is even niet bereikbaar'); });
    expect(await banner.locator('[lang="en"]').innerText()).to.include('cannot be reached');
    expect(await axeViolations(page, 'server unreachable banner (phone)')).to.deep.equal([]);
    expect(await received('hallo, de server was weg')).to.equal(0);

    await page.unroute(activities);
    await expectEventually(async () => { expect(await received('hallo, de server was weg')).to.equal(1); }, 30_000);
    await expectEventually(async () => { expect(await banner.innerText()).to.equal(''); });
    await page.waitForTimeout(2000);
    expect(await received('hallo, de server was weg')).to.equal(1);
    await page.close();
  });

  it("offline past Web Chat's 20 s send timeout: its own 'Opnieuw' tapped while offline replaces our resend; the bot gets it once", async () => {
    const page = await open();
    const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
    const before = await botBubbles.count();
    await browser.context.setOffline(true);
    await send(page, 'hallo, lang offline');
    // Web Chat's own failure line, with its retry button (its text, not ours).
    const retry = page.getByRole('button', { name: /Opnieuw/ });
    await retry.waitFor({ timeout: 40_000 });
    await retry.click();
    await browser.context.setOffline(false);
    await expectEventually(async () => { expect(await received('hallo, lang offline')).to.equal(1); }, 30_000);
    await expectEventually(async () => { expect(await botBubbles.count()).to.be.greaterThan(before); }, 20_000);
    await page.waitForTimeout(3000); // both tries (ours and the tapped one) have run by now
    expect(await received('hallo, lang offline')).to.equal(1);
    await page.close();
  });
});
