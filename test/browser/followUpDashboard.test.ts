// The console's dashboard shows how referrals turned out (issue 18): a table per referral type and
// organisation, with a caption and header cells, for a plain advisor; no axe violations at desktop
// and phone size. Real Chromium against the real server.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { PrismaFollowUpStore } from '../../src/db/followUpStore';
import { axeViolations } from '../helpers/axe';
import { useBrowserApp } from '../helpers/browserApp';
import { ALWAYS_OPEN, createAdvisor, PASSWORD } from '../advisor/helpers';

const js = <T = unknown>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

describe('follow-up outcomes on the console dashboard (real Chromium)', function () {
  this.timeout(120_000);
  const ctx = useBrowserApp(ALWAYS_OPEN);

  it('a plain advisor sees the outcomes table: caption, column and row headers, the counts; axe finds nothing', async () => {
    const { db } = ctx.app;
    const store = new PrismaFollowUpStore(db);
    const answered = async (n: number, outcome?: 'done' | 'not-yet' | 'failed') => {
      const seeker = await db.seeker.create({ data: { channel: 'whatsapp', userKey: `dash-${n}` } });
      const { id } = await store.schedule({ seekerId: seeker.id, channel: 'whatsapp', referralType: 'leerwerkloket-scholing', subjectId: 's', subject: 'Scholing', providerName: 'Leerwerkloket Midden-Utrecht', dueAt: new Date() });
      await store.markAsked(id);
      if (outcome) await store.answer(id, outcome);
    };
    await answered(1, 'done');
    await answered(2, 'failed');
    await answered(3);
    const ada = await createAdvisor(db, 'Ada');

    const page = await ctx.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${ctx.app.url}/advisor`);
    await page.locator('#login-email').fill(ada.email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-password').press('Enter');
    const table = page.locator('#table-follow-ups table');
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator('caption').textContent()).to.equal('Uitkomst van de opvolging per soort verwijzing en organisatie');
    const heads = await js<string[]>(page, `[...document.querySelectorAll('#table-follow-ups thead th')].map((th) => th.getAttribute('scope') + ':' + th.textContent)`);
    expect(heads).to.deep.equal(['col:Soort verwijzing', 'col:Organisatie', 'col:Gelukt', 'col:Nog niet', 'col:Lukte niet', 'col:Gevraagd, geen antwoord']);
    const rows = await js<string[][]>(page, `[...document.querySelectorAll('#table-follow-ups tbody tr')].map((tr) => [...tr.children].map((c) => (c.tagName === 'TH' ? c.getAttribute('scope') + ':' : '') + c.textContent))`);
    expect(rows).to.deep.equal([['row:leerwerkloket-scholing', 'Leerwerkloket Midden-Utrecht', '1', '0', '1', '1']]);
    await page.locator('#follow-up-dashboard').scrollIntoViewIfNeeded();
    const found = [...(await axeViolations(page, 'console: follow-up outcomes'))];
    await page.setViewportSize({ width: 390, height: 844 });
    found.push(...(await axeViolations(page, 'console: follow-up outcomes, telefoon')));
    expect(found).to.deep.equal([]);
    await page.close();
  });
});
