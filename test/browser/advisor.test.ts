import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { expectEventually, launchBrowser } from '../helpers/browser';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, createAdvisor, PASSWORD } from '../advisor/helpers';

describe('handoff in real Chromium: seeker in Web Chat, advisor in the console', function () {
  this.timeout(90_000);
  let database: TestDatabase;
  let app: App;
  let seekerBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let advisorBrowser: Awaited<ReturnType<typeof launchBrowser>>;

  before(async () => {
    database = sqliteDatabase();
    app = await startTestApp(database.url, ALWAYS_OPEN);
    seekerBrowser = await launchBrowser();
    advisorBrowser = await launchBrowser();
  });
  after(async () => {
    await seekerBrowser?.close();
    await advisorBrowser?.close();
    await app?.close();
    await database?.drop();
  });

  it('serves the console with strict security headers', async () => {
    const res = await fetch(`${app.url}/advisor`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-security-policy')).to.include("default-src 'self'").and.to.include("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).to.equal('DENY');
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
  });

  it('asks for a human, the advisor claims live, they chat, the advisor notes and hands back, the bot continues', async () => {
    const anna = await createAdvisor(app.db, 'Anna');

    // The advisor logs in first and watches the (empty) queue.
    const console_ = await advisorBrowser.context.newPage();
    const cspErrors: string[] = [];
    console_.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()));
    await console_.goto(`${app.url}/advisor`);
    await console_.locator('#login-email').fill(anna.email);
    await console_.locator('#login-password').fill(PASSWORD);
    await console_.locator('#login-form button[type=submit]').click();
    await console_.locator('#who-name', { hasText: 'Anna' }).waitFor();
    await console_.locator('#live-status', { hasText: 'Live verbonden' }).waitFor();
    expect(await console_.locator('#handoff-list li').count()).to.equal(0);

    // The seeker asks for a person in Web Chat.
    const chat = await seekerBrowser.context.newPage();
    await chat.goto(`${app.url}/`);
    await bubble(chat, 'Ik ben Werkloket').waitFor({ timeout: 20_000 });
    await send(chat, 'ik wil een mens spreken');
    await bubble(chat, 'in de wachtrij').waitFor();

    // It appears in the console without a reload (Server-Sent Events).
    const item = console_.locator('#handoff-list li', { hasText: 'Vraagt om een adviseur' });
    await item.waitFor();
    await item.click();
    await console_.locator('#transcript li', { hasText: 'ik wil een mens spreken' }).waitFor();
    await console_.locator('#claim').click();
    await console_.locator('#message-form').waitFor();
    await bubble(chat, 'Je praat nu met Anna').waitFor();

    // Both ways.
    await console_.locator('#message-text').fill('Hallo, ik ben Anna. Waarmee kan ik je helpen?');
    await console_.locator('#message-form button[type=submit]').click();
    await bubble(chat, 'Hallo, ik ben Anna.').waitFor();
    await send(chat, 'Ik zoek werk in de zorg');
    await console_.locator('#transcript li.seeker', { hasText: 'Ik zoek werk in de zorg' }).waitFor();

    // A private note: in the console, never in the chat.
    await console_.locator('#note-text').fill('Wil de zorg in; vraagt naar scholing.');
    await console_.locator('#note-form button[type=submit]').click();
    await console_.locator('#notes li', { hasText: 'Wil de zorg in' }).waitFor();
    expect(await bubble(chat, 'Wil de zorg in').count()).to.equal(0);

    // Hand back: the bot continues.
    await console_.locator('#release').click();
    await bubble(chat, 'Je praat weer met Werkloket').waitFor();
    const greetings = chat.locator('.webchat__bubble__content', { hasText: 'Ik ben Werkloket' });
    const before = await greetings.count();
    await send(chat, 'hallo');
    await expectEventually(async () => {
      expect(await greetings.count()).to.be.greaterThan(before);
    });

    const row = await app.db.handoff.findFirstOrThrow({ where: { claimedById: anna.id } });
    expect([row.status, row.outcome]).to.deep.equal(['closed', 'back-to-bot']);
    expect(cspErrors.filter((e) => /Content Security Policy/i.test(e))).to.deep.equal([]);
    if (process.env.SCREENSHOT) await console_.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
  });
});

function bubble(page: Page, text: string) {
  return page.locator('.webchat__bubble__content', { hasText: text }).first();
}

async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await page.locator('.webchat__bubble--from-user', { hasText: text }).first().waitFor();
}

