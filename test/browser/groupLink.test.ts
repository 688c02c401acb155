// The employer's van werk naar werk link in real Chromium: "/?code=ABCD-EFGH" opens the chat, the
// page starts the conversation with the code (public/chat.js), so the very first turn tags the
// employee's route to the group; after consent the seeker row carries the group.
import { expect } from 'chai';
import { MediationStore } from '../../src/db/mediationStore';
import { expectEventually } from '../helpers/browser';
import { useBrowserApp } from '../helpers/browserApp';

describe('the group link in the website chat (real Chromium)', function () {
  this.timeout(90_000);
  const ctx = useBrowserApp();

  it('opens with the code: told in one sentence, asked for consent, tagged after "Ja"', async () => {
    const store = new MediationStore(ctx.app.db);
    const employer = await store.createEmployer({ organisation: 'Fabriek Oost', contact: { name: 'Piet Jansen', phone: '0301234567' }, consentVersion: 'employer-mediation-v1' });
    const group = await store.createGroup({ employerId: employer.id, headcount: 25, work: 'productiemedewerkers', arrangement: { offers: [] } });
    const page = await ctx.browser.context.newPage();
    await page.goto(`${ctx.app.url}/?code=${group.code}`);
    await page.locator('.webchat__bubble__content', { hasText: 'Je werkgever gaf je deze code' }).first().waitFor({ timeout: 20_000 });
    // The code's start replaces the menu: no greeting with the menu first.
    expect(await page.locator('.webchat__bubble__content', { hasText: 'Zoek je werk, of ben je werkgever?' }).count()).to.equal(0);
    await page.getByRole('button', { name: 'Ja' }).first().click();
    await page.locator('.webchat__bubble__content', { hasText: 'Stap 1 van 7' }).first().waitFor({ timeout: 20_000 });
    await expectEventually(async () => {
      expect(await ctx.app.db.seeker.count({ where: { groupId: group.id } })).to.equal(1);
    });
  });
});
