import { expect } from 'chai';
import { useBrowserApp } from '../helpers/browserApp';
import type { Page } from 'playwright-core';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { expectEventually, launchBrowser } from '../helpers/browser';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, createAdvisor, PASSWORD, seekerAsksForHuman } from '../advisor/helpers';

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

describe('human oversight of proposals in real Chromium', function () {
  this.timeout(90_000);
  const ctx = useBrowserApp(ALWAYS_OPEN);

  it('the advisor sees why each proposal was made, marks one "Past niet" with a reason and undoes it', async () => {
    const anna = await createAdvisor(ctx.app.db, 'Anna');
    const { handoffId, seeker } = await seekerAsksForHuman(ctx.app);
    // The seeker finished an intake earlier: a profile's proposals, linked to this conversation.
    const row = await ctx.app.db.seeker.create({ data: { channel: 'directline', userKey: `browser-${handoffId}` } });
    await ctx.app.db.conversation.update({ where: { id: seeker.conversationId }, data: { seekerId: row.id } });
    const source = { url: 'https://www.werk.nl/werkzoekenden/', name: 'werk.nl: werk zoeken' };
    const proposal = await ctx.app.db.proposal.create({
      data: { seekerId: row.id, kind: 'job-direction', title: 'Werken als inpakker', score: 0.7, data: { id: 'job-direction:inpakker', provider: 'Werkgevers', reasons: ['Het lijkt op het werk dat je eerder deed.'], sourceLinks: [source] } },
    });

    const page = await ctx.browser.context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()));
    await page.goto(`${ctx.app.url}/advisor`);
    await page.locator('#login-email').fill(anna.email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator(`#handoff-list li[data-id="${handoffId}"]`).click();
    await page.locator('#claim').click();
    await page.locator('#message-form').waitFor();

    const item = page.locator(`#proposals li[data-id="${proposal.id}"]`);
    await item.locator('.reasons li', { hasText: 'Het lijkt op het werk dat je eerder deed.' }).waitFor();
    expect(await item.locator('a', { hasText: 'werk.nl: werk zoeken' }).getAttribute('href')).to.equal(source.url);
    await item.locator('.fit-reason').fill('Inpakken is te zwaar voor zijn rug.');
    await item.getByRole('button', { name: 'Past niet' }).click();
    await item.locator('.not-fitting', { hasText: 'Past niet (Anna' }).waitFor();
    expect(await ctx.app.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).to.include({ notFitting: true, notFittingReason: 'Inpakken is te zwaar voor zijn rug.', markedBy: 'Anna' });
    if (process.env.SCREENSHOT_OVERSIGHT) await page.locator('.side').screenshot({ path: process.env.SCREENSHOT_OVERSIGHT });

    await item.getByRole('button', { name: 'Toch passend' }).click();
    await item.locator('.fit-reason').waitFor();
    expect(await ctx.app.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).to.include({ notFitting: false, notFittingReason: null });
    expect(cspErrors.filter((e) => /Content Security Policy/i.test(e))).to.deep.equal([]);
  });
});

describe('account management by an admin in real Chromium', function () {
  this.timeout(120_000);
  let database: TestDatabase;
  let app: App;
  let adminBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let advisorBrowser: Awaited<ReturnType<typeof launchBrowser>>;

  before(async () => {
    database = sqliteDatabase();
    app = await startTestApp(database.url, ALWAYS_OPEN);
    adminBrowser = await launchBrowser();
    advisorBrowser = await launchBrowser();
  });
  after(async () => {
    await adminBrowser?.close();
    await advisorBrowser?.close();
    await app?.close();
    await database?.drop();
  });

  const login = async (page: Page, email: string, password: string) => {
    await page.goto(`${app.url}/advisor`);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(password);
    await page.locator('#login-form button[type=submit]').click();
  };

  it('creates an account with a one-time password, disables and enables it, sets a new password (its console logs out), and shows the audit log', async () => {
    const boss = await createAdvisor(app.db, 'Beheerder', undefined, { role: 'admin' });
    const page = await adminBrowser.context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()));
    await login(page, boss.email, PASSWORD);
    await page.locator('#who-role').waitFor();
    await page.locator('#admin').waitFor();
    await page.locator('#account-list tr', { hasText: boss.email }).waitFor();

    // New account; no password typed: a one-time password is shown once.
    await page.locator('#account-name').fill('Nadia');
    await page.locator('#account-email').fill('nadia@werkcentrum.example');
    await page.locator('#account-team').fill('Noord');
    await page.locator('#account-form button[type=submit]').click();
    await page.locator('#account-secret', { hasText: 'Eenmalig wachtwoord' }).waitFor({ timeout: 15_000 });
    const secret = await page.locator('#account-secret').textContent();
    const password = /: ([\w-]{27}) /.exec(secret ?? '')?.[1];
    expect(password, secret ?? '').to.be.a('string');
    const row = page.locator('#account-list tr', { hasText: 'nadia@werkcentrum.example' });
    await row.waitFor();
    expect(await row.locator('input').inputValue()).to.equal('Noord');

    // Disabled: the log-in is refused with the same words as a wrong password.
    await row.getByRole('button', { name: 'Uitzetten' }).click();
    await row.locator('td.status', { hasText: 'uitgezet' }).waitFor();
    const nadia = await advisorBrowser.context.newPage();
    await login(nadia, 'nadia@werkcentrum.example', password!);
    await nadia.locator('#login-error', { hasText: 'Het e-mailadres of wachtwoord klopt niet.' }).waitFor({ timeout: 15_000 });

    await row.getByRole('button', { name: 'Aanzetten' }).click();
    await row.locator('td.status', { hasText: 'actief' }).waitFor();
    await nadia.locator('#login-form button[type=submit]').click();
    await nadia.locator('#who-name', { hasText: 'Nadia' }).waitFor({ timeout: 15_000 });
    await nadia.locator('#live-status', { hasText: 'Live verbonden' }).waitFor();
    expect(await nadia.locator('#admin').isHidden()).to.equal(true);

    // A new password ends Nadia's session: her console goes back to the log-in by itself.
    await row.getByRole('button', { name: 'Nieuw wachtwoord' }).click();
    await expectEventually(async () => {
      const text = await page.locator('#account-secret').textContent();
      expect(text).to.include('nadia@werkcentrum.example').and.not.include(password!);
    }, 15_000);
    await nadia.locator('#login-view').waitFor({ timeout: 10_000 });

    // The audit log lists the changes.
    for (const action of ['account gemaakt', 'account uitgezet', 'account aangezet', 'nieuw wachtwoord']) {
      await page.locator('#audit-list td.action', { hasText: action }).first().waitFor();
    }
    expect(cspErrors.filter((e) => /Content Security Policy/i.test(e))).to.deep.equal([]);
    if (process.env.SCREENSHOT_ADMIN) await page.locator('#admin').screenshot({ path: process.env.SCREENSHOT_ADMIN });
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

