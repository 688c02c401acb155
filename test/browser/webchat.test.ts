import { expect } from 'chai';
import { useBrowserApp } from '../helpers/browserApp';
import { expectEventually, launchBrowser } from '../helpers/browser';
import type { Page } from 'playwright-core';

describe('website chat in real Chromium', function () {
  this.timeout(60_000);
  const ctx = useBrowserApp();

  it('greets on opening, and greets again after typing "hallo" (no Content-Security-Policy violations)', async () => {
    const page = await ctx.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${ctx.app.url}/`);
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
    const page = await ctx.browser.context.newPage();
    await page.goto(`${ctx.app.url}/`);
    await page.getByRole('button', { name: 'Ik ben werkgever' }).first().click();
    await page.locator('.webchat__bubble__content', { hasText: 'werkgeversservicepunt' }).first().waitFor({ timeout: 20_000 });
  });

  it('"Gesprek afsluiten" ends the chat on the server, forgets the seeker; after a reload a new, unrecognised conversation', async function () {
    this.timeout(150_000);
    // A browser of its own: nothing left from the other tests.
    const own = await launchBrowser();
    try {
      const page = await own.context.newPage();
      await page.goto(`${ctx.app.url}/`);
      await page.getByRole('button', { name: 'Ik zoek werk' }).first().click();
      await botSays(page, /bewaren/);
      await send(page, 'ja');
      await botSays(page, /Stap 1 van 7/);
      const before = await savedSession(page);
      expect(before?.userId).to.match(/^s-/);
      expect(await seekerCookies(own.context)).to.have.length(1);

      // A reload keeps the conversation: the same one, same seeker.
      await page.reload();
      await page.locator('.webchat__bubble__content', { hasText: 'Stap 1 van 7' }).first().waitFor({ timeout: 20_000 });
      expect((await savedSession(page))?.conversationId).to.equal(before?.conversationId);

      await page.getByRole('button', { name: /Gesprek afsluiten/ }).click();
      await page.getByText('Het gesprek is afgesloten.').waitFor();
      expect(await page.getByText('The chat has ended.', { exact: false }).isVisible()).to.equal(true);
      expect(await savedSession(page)).to.equal(null);
      expect(await seekerCookies(own.context)).to.deep.equal([]);
      const row = await ctx.app.db.directLineConversation.findUniqueOrThrow({ where: { id: before!.conversationId } });
      expect(row.endedAt).to.be.instanceOf(Date);

      await page.getByRole('button', { name: /Nieuw gesprek beginnen/ }).click();
      await page.getByRole('button', { name: 'Ik zoek werk' }).first().waitFor({ timeout: 20_000 });
      const after = await savedSession(page);
      expect(after?.conversationId).to.not.equal(before?.conversationId);
      expect(after?.userId).to.not.equal(before?.userId);
      await page.getByRole('button', { name: 'Ik zoek werk' }).first().click();
      // Not recognised: asked for consent again, no "Welkom terug".
      await botSays(page, /bewaren/);
      expect(await page.locator('.webchat__bubble__content', { hasText: 'Welkom terug' }).count()).to.equal(0);
    } finally {
      await own.close();
    }
  });
});

async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

async function botSays(page: Page, pattern: RegExp): Promise<void> {
  await page.locator('.webchat__bubble__content', { hasText: pattern }).first().waitFor({ timeout: 20_000 });
}

async function savedSession(page: Page): Promise<{ conversationId: string; userId: string } | null> {
  // Runs in the page, where localStorage exists (the test's own types know no DOM).
  const raw = await page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('werkloket.session'));
  return JSON.parse(raw ?? 'null');
}

async function seekerCookies(context: Awaited<ReturnType<typeof launchBrowser>>['context']) {
  return (await context.cookies()).filter((c) => c.name === 'werkloket_seeker' && c.value !== '');
}
