// The regional budget in the advisor console, in real Chromium: a budgetbeheerder opens Budget,
// filters by status, opens an application with the seeker's answers, is refused an amount above
// the cost (the API's code in Dutch), grants, books the payment in two parts, and refuses another
// with a reason; a plain advisor reads the same pages without the forms, and the dashboard shows
// spending per month per scheme as a table. axe on every view, both sizes. The pages run against
// the real API and the test checks its database.
import crypto from 'node:crypto';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useBrowserApp } from '../helpers/browserApp';
import { expectEventually } from '../helpers/browser';
import { ALWAYS_OPEN, createAdvisor } from '../advisor/helpers';
import { axeBoth, openConsole } from '../helpers/consolePage';
import type { AdvisorRole } from '../../src/db/advisorStore';


describe('regional budget in the advisor console (real Chromium)', function () {
  this.timeout(180_000);
  const ctx = useBrowserApp(ALWAYS_OPEN);

  async function application(training: string, costEuros: number): Promise<string> {
    const seeker = await ctx.app.db.seeker.create({ data: { channel: 'directline', userKey: crypto.randomBytes(16).toString('hex') } });
    const data = { training, provider: 'ROC Midden Nederland', costEuros, start: '1 maart' };
    return (await ctx.app.db.budgetApplication.create({ data: { seekerId: seeker.id, regionId: 'midden-utrecht', schemeId: 'scholingsbudget', data, costCents: costEuros * 100 } })).id;
  }

  async function open(role: string): Promise<Page> {
    const row = await createAdvisor(ctx.app.db, `Bea-${role}`, undefined, { role: role as AdvisorRole });
    return openConsole(ctx, row.email);
  }

  const status = async (id: string) => ctx.app.db.budgetApplication.findUniqueOrThrow({ where: { id } });

  it('a budgetbeheerder grants within the limits, books payments, and refuses with a reason', async () => {
    const heftruck = await application('Heftruckcertificaat', 1000);
    const taal = await application('Cursus Nederlands B1', 600);
    const page = await open('budgetbeheerder');
    expect(await page.locator('#who-role').textContent()).to.equal('budgetbeheerder');
    await page.getByRole('link', { name: 'Budget', exact: true }).click();
    await page.locator('#budget-list').waitFor();
    expect(await page.locator('#budget-list tbody tr').count()).to.equal(2);
    expect(await page.locator('#budget-overview').textContent()).to.include('Regionaal scholingsbudget Midden-Utrecht').and.include('250.000,00');
    await axeBoth(page, 'budget: aanvragen');

    await page.locator('#budget-status').selectOption('granted');
    await page.locator('#budget-list-empty').waitFor();
    await page.locator('#budget-status').selectOption('requested');
    await page.locator(`#budget-list tr[data-id="${heftruck}"] a`).click();
    await page.locator('.budget-facts').waitFor();
    expect(await page.locator('.budget-facts').textContent()).to.include('Heftruckcertificaat').and.include('ROC Midden Nederland').and.include('1 maart');
    expect(await page.locator('#budget-grant-amount').inputValue()).to.equal('1000,00');
    await axeBoth(page, 'budget: aanvraag');

    await page.locator('#budget-grant-amount').fill('1.200,00');
    await page.getByRole('button', { name: 'Toekennen' }).click();
    await expectEventually(async () => {
      expect(await page.locator('#mediation-error').textContent()).to.include('Het bedrag is te hoog');
    });
    expect((await status(heftruck)).status).to.equal('requested');
    await page.locator('#budget-grant-amount').fill('750');
    await page.getByRole('button', { name: 'Toekennen' }).click();
    await page.locator('#budget-notice').waitFor();
    expect(await status(heftruck)).to.deep.include({ status: 'granted', grantedCents: 75_000 });
    expect(await page.locator('#budget-pay-amount').inputValue()).to.equal('750,00');
    await page.locator('#budget-pay-amount').fill('500');
    await page.getByRole('button', { name: 'Betaling boeken' }).click();
    await expectEventually(async () => {
      expect((await status(heftruck)).paidCents).to.equal(50_000);
    });
    await page.locator('#budget-pay-amount').waitFor();
    expect(await page.locator('#budget-pay-amount').inputValue()).to.equal('250,00');
    await page.getByRole('button', { name: 'Betaling boeken' }).click();
    await expectEventually(async () => {
      expect((await status(heftruck)).status).to.equal('paid');
    });
    await expectEventually(async () => {
      expect(await page.locator('#budget-ledger tbody tr').count()).to.equal(3);
    });
    expect(await page.locator('#budget-pay-form').count()).to.equal(0);

    await page.goto(`${ctx.app.url}/advisor#/budget/${taal}`);
    await page.locator('#budget-refuse-reason').waitFor();
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    expect((await status(taal)).status, 'the browser asks for the reason first').to.equal('requested');
    await page.locator('#budget-refuse-reason').fill('Deze cursus betaalt de gemeente al.');
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    await page.locator('#budget-notice').waitFor();
    expect(await status(taal)).to.deep.include({ status: 'refused', reason: 'Deze cursus betaalt de gemeente al.' });
    expect(await page.locator('.budget-facts').textContent()).to.include('Deze cursus betaalt de gemeente al.');
    await page.close();
  });

  it('a plain advisor reads applications without the forms; the dashboard shows spending per month as a table', async () => {
    const id = await application('Lasser', 2000);
    const page = await open('advisor');
    await expectEventually(async () => {
      expect(await page.locator('#budget-dashboard').isHidden()).to.equal(false);
    });
    const table = await page.locator('#budget-dashboard table.budget-months').first().textContent();
    expect(table).to.include('Toegekend').and.include('Over (eind van de maand)');
    expect(await page.locator('#budget-dashboard table.budget-months').first().locator('tbody tr').count(), 'the last 12 months').to.equal(12);
    await page.getByRole('link', { name: 'Budget', exact: true }).click();
    await page.locator(`#budget-list tr[data-id="${id}"] a`).click();
    await page.locator('.budget-facts').waitFor();
    expect(await page.locator('form.budget-form').count()).to.equal(0);
    expect(await page.locator('#mediation-page').textContent()).to.include('Alleen een budgetbeheerder of beheerder beslist');
    expect(await page.getByRole('link', { name: 'Vacatures' }).isVisible()).to.equal(false);
    await axeBoth(page, 'budget: aanvraag (adviseur)');
    await page.close();
  });
});
