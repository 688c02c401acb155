// The seeker's website in real Chromium, on a desktop and a phone: the organisation from
// configuration, the NL/EN switch (page, Web Chat and the bot), the statements, and axe on every state.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { axeViolations, readmeScreenshot } from '../helpers/axe';
import { expectEventually, launchBrowser } from '../helpers/browser';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

describe('seeker website (NL Design System, NL/EN) in real Chromium', function () {
  this.timeout(180_000);
  let database: TestDatabase;
  let app: App;

  before(async () => {
    database = sqliteDatabase();
    app = await startTestApp(database.url, {
      ORGANISATION_NAME: 'Werkcentrum Rivierenland',
      ORGANISATION_PHONE: '0800 123 4567 (ma-vr 9-17 uur)',
      ORGANISATION_URL: 'https://www.werkcentrum-rivierenland.nl',
    });
  });
  after(async () => {
    await app?.close();
    await database.drop();
  });

  for (const size of SIZES) {
    it(`${size.name}: who runs it, the language switch for page, Web Chat and bot, axe clean`, async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: size.width, height: size.height });
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await page.goto(`${app.url}/`);
        await botSays(page, /Ik ben Werkloket/);
        await page.getByRole('button', { name: 'Ik zoek werk' }).first().waitFor();
        expect(await lang(page)).to.equal('nl');
        expect(await page.locator('header.utrecht-page-header').innerText()).to.include('Werkcentrum Rivierenland');
        const footer = page.locator('footer.utrecht-page-footer');
        expect(await footer.innerText()).to.include('Werkloket is een dienst van Werkcentrum Rivierenland.');
        expect(await footer.getByRole('link', { name: '0800 123 4567 (ma-vr 9-17 uur)' }).getAttribute('href')).to.equal('tel:08001234567');
        expect(await footer.getByRole('link', { name: 'werkcentrum-rivierenland.nl' }).getAttribute('href')).to.equal('https://www.werkcentrum-rivierenland.nl');
        // The tokens reach the components and Web Chat: the header is the primary colour.
        expect(await page.locator('header.utrecht-page-header').evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor)).to.equal('rgb(21, 66, 115)');
        expect(await axeViolations(page, `seeker greeting (${size.name})`)).to.deep.equal([]);
        // Keyboard: a skip link first, then the header's link with a visible (yellow) focus.
        await page.keyboard.press('Tab');
        expect(await focused(page)).to.deep.equal({ text: 'Naar de inhoud', background: 'rgb(255, 221, 0)' });
        await page.keyboard.press('Tab');
        expect((await focused(page)).background).to.equal('rgb(255, 221, 0)');
        // The README shows the page as a visitor first sees it: nothing focused.
        await page.evaluate('document.activeElement && document.activeElement.blur()');
        await readmeScreenshot(page, `seeker-${size.name}`);

        await page.getByRole('button', { name: 'Ik zoek werk' }).first().click();
        await botSays(page, /bewaren/);
        await page.getByRole('button', { name: /^Ja/ }).first().waitFor();
        expect(await axeViolations(page, `seeker bot reply with buttons (${size.name})`)).to.deep.equal([]);

        // Switch to English: the page, Web Chat and the bot (which asks its question again in English).
        await page.getByRole('link', { name: 'Read this page in English' }).click();
        await expectEventually(async () => {
          expect(await lang(page)).to.equal('en');
        });
        await page.getByRole('button', { name: 'End chat' }).waitFor();
        expect(page.url()).to.equal(`${app.url}/?lang=en`);
        expect(await page.locator('footer.utrecht-page-footer').innerText()).to.include('Werkloket is a service of Werkcentrum Rivierenland.');
        expect(await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).to.equal('Type your message');
        await page.locator('.webchat__bubble--from-user', { hasText: 'English please' }).first().waitFor();
        await botSays(page, /OK, I will continue in English/);
        await botSays(page, /keep/);
        expect(await axeViolations(page, `seeker English (${size.name})`)).to.deep.equal([]);

        // The choice holds after a reload (localStorage), and the bot answers in English.
        await page.goto(`${app.url}/`);
        await page.getByRole('button', { name: 'End chat' }).waitFor({ timeout: 20_000 });
        expect(await lang(page)).to.equal('en');
        await page.locator('[data-id="webchat-sendbox-input"]').fill('what is WW?');
        await page.locator('[data-id="webchat-sendbox-input"]').press('Enter');
        await botSays(page, /unemploy/i);

        // A new conversation greets in English straight away.
        await page.getByRole('button', { name: 'End chat' }).click();
        await page.getByText('The chat has ended.').waitFor();
        await page.getByRole('button', { name: 'Start a new chat' }).click();
        await botSays(page, /I am Werkloket/);
        await page.getByRole('button', { name: 'I am looking for work' }).first().waitFor();

        // The statements, following the chosen language, then back to Dutch.
        await page.locator('footer.utrecht-page-footer').getByRole('link', { name: 'Privacy statement' }).click();
        await page.getByRole('heading', { level: 1, name: 'Werkloket privacy statement' }).waitFor();
        expect(await lang(page)).to.equal('en');
        expect(await page.locator('main').innerText()).to.include('Werkcentrum Rivierenland is responsible for your data');
        expect(await axeViolations(page, `privacy English (${size.name})`)).to.deep.equal([]);
        await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
        await page.getByRole('heading', { level: 1, name: 'Privacyverklaring Werkloket' }).waitFor();
        expect(await lang(page)).to.equal('nl');
        expect(await axeViolations(page, `privacy (${size.name})`)).to.deep.equal([]);
        await page.locator('footer.utrecht-page-footer').getByRole('link', { name: 'Toegankelijkheid' }).click();
        await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring Werkloket' }).waitFor();
        expect(await page.locator('main').innerText()).to.include('WCAG 2.2');
        expect(await axeViolations(page, `toegankelijkheid (${size.name})`)).to.deep.equal([]);
        await page.getByRole('link', { name: 'Read this page in English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Werkloket accessibility statement' }).waitFor();
        expect(await axeViolations(page, `toegankelijkheid English (${size.name})`)).to.deep.equal([]);

        // Dutch chosen on a statement page: back on the chat page, the bot is told, and answers in Dutch.
        await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
        await page.getByRole('link', { name: 'Terug naar de chat' }).click();
        await page.getByRole('button', { name: 'Gesprek afsluiten' }).waitFor({ timeout: 20_000 });
        expect(await lang(page)).to.equal('nl');
        await page.locator('.webchat__bubble--from-user', { hasText: 'Nederlands graag' }).first().waitFor();
        await botSays(page, /Goed, ik ga verder in het Nederlands/);
        await page.getByRole('button', { name: 'Ik zoek werk' }).first().waitFor({ timeout: 20_000 });
        // Told once: a reload replays the history without switching or telling again.
        await page.reload();
        await page.getByRole('button', { name: 'Gesprek afsluiten' }).waitFor({ timeout: 20_000 });
        await botSays(page, /Goed, ik ga verder in het Nederlands/);
        expect(await lang(page)).to.equal('nl');
        expect(await page.locator('.webchat__bubble--from-user', { hasText: 'Nederlands graag' }).count()).to.equal(1);
        expect(await page.locator('#webchat').getAttribute('aria-label')).to.equal('Chat');
        expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).to.deep.equal([]);
      } finally {
        await browser.close();
      }
    });
  }

  it('switching to Dutch in an English conversation makes the bot answer in Dutch; Web Chat takes its colours from the tokens', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      // A Werkcentrum's own primary colour, as an override of the tokens would set it.
      await page.route(/\/theme(\.[0-9a-f]{10})?\.css$/, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: `${await res.text()}\n.werkloket-theme { --werkloket-color-primary: #8a1538; }\n` });
      });
      await page.goto(`${app.url}/?lang=en`);
      await botSays(page, /I am Werkloket/);
      const style = (selector: string, property: string) =>
        page.locator(selector).first().evaluate((el, p) => (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(el)[p], property);
      expect(await style('header.utrecht-page-header', 'backgroundColor')).to.equal('rgb(138, 21, 56)');
      await page.locator('.webchat__suggested-action').first().waitFor();
      expect(await style('.webchat__suggested-action', 'borderTopColor')).to.equal('rgb(138, 21, 56)');
      await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
      await botSays(page, /Goed, ik ga verder in het Nederlands/);
      await page.getByRole('button', { name: 'Ik zoek werk' }).first().waitFor({ timeout: 20_000 });
      expect(await lang(page)).to.equal('nl');
      expect(page.url()).to.equal(`${app.url}/`);
    } finally {
      await browser.close();
    }
  });

  it('the page follows when the seeker switches language in the chat itself (the menu\'s English button)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${app.url}/`);
      await page.getByRole('button', { name: 'English', exact: true }).first().click();
      await botSays(page, /OK, I will continue in English/);
      await expectEventually(async () => {
        expect(await lang(page)).to.equal('en');
      });
      await page.getByRole('button', { name: 'End chat' }).waitFor();
      await page.getByRole('button', { name: 'I am looking for work' }).first().waitFor({ timeout: 20_000 });
      // Not told twice: the page sent no "English please" of its own.
      expect(await page.locator('.webchat__bubble--from-user', { hasText: 'English please' }).count()).to.equal(0);
      await page.reload();
      await page.getByRole('button', { name: 'End chat' }).waitFor({ timeout: 20_000 });
      expect(await lang(page)).to.equal('en');
    } finally {
      await browser.close();
    }
  });
});

/** The focused element's text and background colour (the test's own types know no DOM). */
function focused(page: Page): Promise<{ text: string; background: string }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { document: { activeElement: { textContent: string } }; getComputedStyle(e: unknown): { backgroundColor: string } };
    const el = g.document.activeElement;
    return { text: el.textContent.trim(), background: g.getComputedStyle(el).backgroundColor };
  });
}

function lang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

async function botSays(page: Page, pattern: RegExp): Promise<void> {
  await page.locator('.webchat__bubble__content', { hasText: pattern }).first().waitFor({ timeout: 20_000 });
}
