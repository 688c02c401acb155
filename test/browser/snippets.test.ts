// Canned answers, the readable profile and the "gezien" marks in real Chromium: an admin writes a
// canned answer in the admin section, takes a chat, reads the profile as Dutch lines and which
// proposals the seeker saw, inserts the answer (filled by the server) at the cursor with the
// keyboard, and sends it; a gap the server could not fill is shown and stops the send. axe on
// every state, at 1280x800 and 390x844.
import { expect } from 'chai';
import { useBrowserApp } from '../helpers/browserApp';
import type { Page } from 'playwright-core';
import { axeViolations, readmeScreenshot } from '../helpers/axe';
import { expectEventually } from '../helpers/browser';
import { ALWAYS_OPEN, createAdvisor, messagesTo, PASSWORD } from '../advisor/helpers';
import { seekerWithProfile } from '../advisor/seekerWithProfile';

// The tests' tsconfig has no DOM types: the few browser-side shapes used here.
type Box = { value: string; selectionStart: number; selectionEnd: number; setSelectionRange(start: number, end: number): void };
const activeId = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement?: { id: string } } }).document.activeElement?.id);

describe('canned answers, readable profile and seen marks in the console (real Chromium)', function () {
  this.timeout(90_000);
  const ctx = useBrowserApp({ ...ALWAYS_OPEN, ORGANISATION_NAME: 'Werkplein Utrecht' });

  async function logIn(page: Page, email: string): Promise<void> {
    await ctx.browser.context.clearCookies();
    await page.goto(`${ctx.app.url}/advisor`);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#live-status', { hasText: 'Live verbonden' }).waitFor();
  }

  it('an admin writes a canned answer; the advisor reads the profile and the seen marks, inserts it filled, edits and sends it', async () => {
    const anna = await createAdvisor(ctx.app.db, 'Anna de Vries', 'anna.browser@werkcentrum.example', { role: 'admin' });
    const { seeker } = await seekerWithProfile(ctx.app);
    const page = await ctx.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // No script errors, and no failed request but the log-in check before logging in.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && !/\/advisor\/api\/me$|favicon/.test(r.url()) && errors.push(`${r.status()} ${r.url()}`));
    await logIn(page, anna.email);

    // Admin section: a new canned answer with placeholders.
    await page.locator('#snippet-admin-help', { hasText: '{eerste-stap}' }).waitFor();
    await page.getByLabel('Titel').fill('Eerste stap');
    await page.getByLabel('Tekst', { exact: true }).fill('Ik ben {voornaam-adviseur} van {organisatie}. Je eerste stap: {eerste-stap}');
    await page.locator('#snippet-admin-save').click();
    await page.getByRole('cell', { name: 'Eerste stap', exact: true }).waitFor();
    expect(await axeViolations(page, 'console: snippets admin')).to.deep.equal([]);

    // The chat: readable profile, seen marks.
    await page.locator('#handoff-list li', { hasText: 'Vraagt om een adviseur' }).first().click();
    await page.locator('#claim').click();
    await page.locator('#message-form').waitFor();
    const profile = await page.locator('#profile').innerText();
    expect(profile).to.match(/Inkomen\s+WW tot 1 september 2027, ongeveer € 1\.900 netto per maand/);
    expect(profile).to.match(/Werk\s+orderpicker, 20 jaar/);
    expect(profile).to.not.match(/answers|monthlyAmount|benefitEnd|mbo-2|object Object|2027-09/);
    await page.locator('#proposals li', { hasText: 'Scholing met WW' }).getByText('gezien door de werkzoekende').waitFor();
    await page.locator('#proposals li', { hasText: 'Werken als chauffeur' }).getByText('niet getoond aan de werkzoekende').waitFor();
    expect(await axeViolations(page, 'console: readable profile and seen marks')).to.deep.equal([]);

    // Keyboard only: "/" in the empty reply box jumps to the list, Enter inserts at the cursor.
    // The list is filled for this chat once it is the advisor's.
    await page.locator('#snippet-select option', { hasText: 'Eerste stap' }).waitFor({ state: 'attached' });
    const box = page.locator('#message-text');
    await box.focus();
    await page.keyboard.press('/');
    expect(await activeId(page)).to.equal('snippet-select');
    await page.keyboard.press('Enter');
    const filled = 'Ik ben Anna van Werkplein Utrecht. Je eerste stap: Vraag je werkcoach van UWV naar scholing.';
    await page.locator('#snippet-status', { hasText: 'Ingevoegd' }).waitFor();
    expect(await box.inputValue()).to.equal(filled);
    expect(await activeId(page)).to.equal('message-text');
    // At the cursor: after "Hallo! " typed first.
    await box.fill('Hallo! ');
    await box.evaluate((b) => (b as unknown as Box).setSelectionRange(7, 7));
    await page.locator('#snippet-insert').click();
    await expectEventually(async () => {
      expect(await box.inputValue()).to.have.length.above(7);
    });
    expect(await box.inputValue()).to.equal(`Hallo! ${filled}`);
    expect(await axeViolations(page, 'console: snippets')).to.deep.equal([]);
    await readmeScreenshot(page, 'console-snippets');

    await box.press('End');
    await page.keyboard.type(' Succes!');
    await page.locator('#message-form button[type=submit]').click();
    await page.locator('#transcript li.advisor', { hasText: 'Succes!' }).waitFor();
    expect((await messagesTo(seeker)).map((a) => a.text)).to.include(`Hallo! ${filled} Succes!`);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page, 'console: snippets (phone)')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('a gap the server cannot fill is selected for the advisor and the send waits until it is filled', async () => {
    const bram = await createAdvisor(ctx.app.db, 'Bram');
    const { seeker } = await seekerWithProfile(ctx.app, false);
    const page = await ctx.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await logIn(page, bram.email);
    await page.locator('#handoff-list li', { hasText: 'Vraagt om een adviseur' }).first().click();
    await page.locator('#claim').click();
    await page.locator('#snippet-select option', { hasText: 'Eerste stap (zelf aanvullen)' }).waitFor({ state: 'attached' });
    await page.locator('#snippet-insert').click();
    await page.locator('#snippet-status', { hasText: 'Vul zelf nog in: eerste stap' }).waitFor();
    const box = page.locator('#message-text');
    expect(await box.inputValue()).to.equal('Ik ben Bram van Werkplein Utrecht. Je eerste stap: [invullen: eerste stap]');
    expect(await box.evaluate((b) => ((x: Box) => x.value.slice(x.selectionStart, x.selectionEnd))(b as unknown as Box))).to.equal('[invullen: eerste stap]');
    expect(await axeViolations(page, 'console: snippet with a gap')).to.deep.equal([]);

    await page.locator('#message-form button[type=submit]').click();
    await page.locator('#snippet-status', { hasText: 'Vul eerst de plekken' }).waitFor();
    expect((await messagesTo(seeker)).filter((a) => /Bram van/.test(a.text ?? ''))).to.deep.equal([]);
    // Typed over the selected gap, then sent.
    await page.keyboard.type('bel het UWV');
    await page.locator('#message-form button[type=submit]').click();
    await page.locator('#transcript li.advisor', { hasText: 'bel het UWV' }).waitFor();
    expect((await messagesTo(seeker)).map((a) => a.text)).to.include('Ik ben Bram van Werkplein Utrecht. Je eerste stap: bel het UWV');
  });
});
