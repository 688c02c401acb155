// The advisor's console in real Chromium, when the seeker in the chat it holds erases their data.
import { expect } from 'chai';
import { useBrowserApp } from '../helpers/browserApp';
import { ALWAYS_OPEN, createAdvisor, messagesTo, PASSWORD, seekerAsksForHuman } from '../advisor/helpers';

describe('console in real Chromium: the seeker erases their data while the advisor holds the chat', function () {
  this.timeout(90_000);
  const ctx = useBrowserApp(ALWAYS_OPEN);

  it('the open chat makes way for "De zoeker heeft zijn gegevens laten verwijderen", and leaves the list', async () => {
    const nina = await createAdvisor(ctx.app.db, 'Nina');
    const page = await ctx.browser.context.newPage();
    await page.goto(`${ctx.app.url}/advisor`);
    await page.locator('#login-email').fill(nina.email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#live-status', { hasText: 'Live verbonden' }).waitFor();

    const { seeker } = await seekerAsksForHuman(ctx.app);
    const item = page.locator('#handoff-list li', { hasText: 'Vraagt om een adviseur' });
    await item.click();
    await page.locator('#claim').click();
    await page.locator('#message-form').waitFor();

    await seeker.say('verwijder mijn gegevens');
    await seeker.say('ja');
    expect((await messagesTo(seeker)).map((a) => a.text).join(' ')).to.match(/zijn verwijderd/);
    await page.locator('#detail-empty', { hasText: 'De zoeker heeft zijn gegevens laten verwijderen' }).waitFor();
    expect(await page.locator('#detail-body').isHidden()).to.equal(true);
    await page.locator('#handoff-list li').first().waitFor({ state: 'detached' });
    expect(await page.locator('#handoff-list li').count()).to.equal(0);
  });
});
