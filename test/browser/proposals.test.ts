// The proposals on the website in real Chromium: an intake typed into Web Chat up to the summary,
// the three best as Adaptive Cards (heading, provider, why, next step, named page), "Meer uitleg"
// opening the rest in the card, "Meer voorstellen" adding the others; axe (WCAG 2.2 AA) at desktop
// and phone size, and no Content-Security-Policy errors.
import { expect } from 'chai';
import { useBrowserApp } from '../helpers/browserApp';
import type { Page } from 'playwright-core';
import { axeViolations, readmeScreenshot } from '../helpers/axe';
import { expectEventually } from '../helpers/browser';
import { TO_KLOPT_DIT } from '../dialogs/intakeScript';

const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user)';
/** Top-level cards only: an opened "Meer uitleg" is a card inside a card. */
const CARDS = '.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)';

/** Sends `text` and waits until the bot's bubbles after it, joined, match `pattern`. */
async function step(page: Page, text: string, pattern: RegExp): Promise<void> {
  const before = await page.locator(BOT_BUBBLES).count();
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await expectEventually(async () => {
    const texts = await page.locator(BOT_BUBBLES).allInnerTexts();
    expect(texts.slice(before).join('\n')).to.match(pattern);
  }, 20_000);
}

/** The intake after the first button ("Ik zoek werk" is clicked). */
const INTAKE = TO_KLOPT_DIT.slice(1);

describe('proposal cards on the website in real Chromium', function () {
  this.timeout(240_000);
  const ctx = useBrowserApp();

  it('shows the three best as cards, opens "Meer uitleg", names its sources, adds the rest on "Meer voorstellen"; axe finds nothing', async () => {
    const page = await ctx.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${ctx.app.url}/`);
    await page.getByRole('button', { name: 'Ik zoek werk' }).first().click({ timeout: 20_000 });
    await expectEventually(async () => {
      expect((await page.locator(BOT_BUBBLES).allInnerTexts()).join('\n')).to.match(/bewaren/);
    }, 20_000);
    for (const [input, expected] of INTAKE) await step(page, input, expected as RegExp);
    await step(page, 'Ja, dit klopt', /Wat wil je nu doen\?/);

    // Three cards, each with a heading; the text is not shown a second time beside them.
    const cards = page.locator(CARDS);
    expect(await cards.count()).to.equal(3);
    const first = cards.first();
    expect(await first.getByRole('heading').first().innerText()).to.match(/\S/);
    const firstText = await first.innerText();
    expect(firstText).to.match(/^Voorstel 1 van 5\n[\s\S]*Volgende stap:/);
    const transcript = page.locator('.webchat__basic-transcript');
    expect(await transcript.innerText()).to.not.match(/https?:\/\/|data\.europa\.eu/);

    // The transcript (and the advisor console) keeps the neutral text; the chat got the cards.
    const stored = await ctx.app.db.transcriptEntry.findMany({ where: { direction: 'out', conversation: { channel: 'directline' } }, orderBy: { id: 'asc' } });
    const list = stored.find((r) => /^1\. /.test(r.text ?? ''))!;
    expect(list.text).to.match(/^1\. [^\n]+\n[\s\S]*Volgende stap: [\s\S]*\n\n2\. [\s\S]*\n\n3\. /);
    expect(list.attachments).to.equal(null);
    const sent = JSON.parse((await ctx.app.db.directLineActivity.findFirstOrThrow({ where: { activityId: list.activityId } })).activity);
    expect(sent.attachments.map((a: { contentType: string }) => a.contentType)).to.deep.equal(Array(3).fill('application/vnd.microsoft.card.adaptive'));
    expect(sent.text).to.equal(undefined);

    // "Meer uitleg" opens the rest inside the card: who decides, what to bring, named sources.
    const more = first.getByRole('button', { name: 'Meer uitleg' });
    await more.click();
    await expectEventually(async () => {
      expect(await first.innerText()).to.match(/Neem mee:[\s\S]*Bron(nen)?\n/);
    });
    expect(await more.getAttribute('aria-expanded')).to.equal('true');
    // The office block's own links (issue 18: appointment, website, map) are not sources.
    const sourceButtons = first.locator('.ac-pushButton').filter({ hasNotText: /Meer uitleg|^(Website|Maak een afspraak|Bekijk op de kaart)$/ });
    const names = await sourceButtons.allInnerTexts();
    expect(names.length).to.be.at.least(2);
    for (const name of names) expect(name).to.match(/^[^:/]+: \S/).and.not.match(/https?:|www\./);
    expect(await transcript.innerText()).to.not.match(/https?:\/\/|data\.europa\.eu/);

    expect(await axeViolations(page, 'proposal cards')).to.deep.equal([]);
    await first.scrollIntoViewIfNeeded();
    await readmeScreenshot(page, 'proposals-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page, 'proposal cards (phone)')).to.deep.equal([]);
    await first.scrollIntoViewIfNeeded();
    await readmeScreenshot(page, 'proposals-phone');

    // "Meer voorstellen": the other two, numbered on; the next-step buttons stay.
    await page.getByRole('button', { name: 'Meer voorstellen' }).last().click();
    await expectEventually(async () => {
      expect(await cards.count()).to.equal(5);
    }, 20_000);
    expect(await cards.nth(3).innerText()).to.match(/^Voorstel 4 van 5\n/);
    await page.getByRole('button', { name: 'Hoe ga ik verder?' }).last().waitFor();
    expect(await axeViolations(page, 'proposal cards, all five (phone)')).to.deep.equal([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to|AdaptiveCard/i.test(e))).to.deep.equal([]);
  });
});
