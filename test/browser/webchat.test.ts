import { expect } from 'chai';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { expectEventually, launchBrowser } from '../helpers/browser';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';

describe('website chat in real Chromium', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let app: App;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  before(async () => {
    database = sqliteDatabase();
    app = await startTestApp(database.url);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await database.drop();
  });

  it('greets on opening, and greets again after typing "hallo" (no Content-Security-Policy violations)', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${app.url}/`);
    const greetings = page.locator('.webchat__bubble__content', { hasText: 'Ik ben Werkloket' });
    await greetings.first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Ik zoek werk' }).first().waitFor();
    const before = await greetings.count();

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('hallo');
    await input.press('Enter');
    await page.locator('.webchat__bubble--from-user', { hasText: 'hallo' }).first().waitFor();
    await expectEventually(async () => {
      expect(await greetings.count()).to.be.greaterThan(before);
    });
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).to.deep.equal([]);
  });

  it('clicking a button sends the choice and the bot answers it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole('button', { name: 'Ik ben werkgever' }).first().click();
    await page.locator('.webchat__bubble__content', { hasText: 'werkgeversservicepunt' }).first().waitFor({ timeout: 20_000 });
  });
});

