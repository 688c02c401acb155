// The advisor console as a tool for a whole working day, in real Chromium: a new waiting chat is
// noticed (title count, tone, status text, notification), keyboard-first work (shortcuts, "?"
// dialog, focus after every action), typing reaches the seeker, closing an unanswered chat asks
// first, reflow at 320 px, and axe (WCAG 2.2 AA) on every view at desktop and phone size.
import { expect } from 'chai';
import { useBrowserApp } from '../helpers/browserApp';
import type { Page } from 'playwright-core';
import { axeViolations, readmeScreenshot } from '../helpers/axe';
import { expectEventually } from '../helpers/browser';
import { openStream } from '../helpers/directLine';
import { ALWAYS_OPEN, createAdvisor, messagesTo, PASSWORD, seekerAsksForHuman } from '../advisor/helpers';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const TITLE = 'Werkloket – adviseursconsole';

/** Evaluates an expression in the page (a string: the tests are compiled without the DOM types). */
const js = <T = unknown>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Contrast ratio of an element's border colour against the white card (WCAG's relative luminance). */
const BORDER_CONTRAST = (selector: string) => `(() => {
  const rgb = getComputedStyle(document.querySelector('${selector}')).borderTopColor.match(/[\\d.]+/g).map(Number);
  const lum = rgb.slice(0, 3).map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  const l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
  return 1.05 / (l + 0.05);
})()`;

/** A desktop notification that records itself instead of showing (the test grants permission). */
const FAKE_NOTIFICATIONS = `
  window.__notes = [];
  window.Notification = class {
    static permission = 'granted';
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, options) { this.title = title; this.body = options.body; window.__notes.push(this); }
    close() {}
  };
  document.hasFocus = () => false; // the advisor is in another window
`;

describe('advisor console for a working day (real Chromium)', function () {
  this.timeout(120_000);
  const ctx = useBrowserApp(ALWAYS_OPEN);
  afterEach(async () => {
    // Each test starts with an empty queue.
    await ctx.app.db.handoff.updateMany({ where: { status: { in: ['waiting', 'active'] } }, data: { status: 'closed', outcome: 'test', closedAt: new Date() } });
  });

  async function open(init = ''): Promise<Page> {
    await ctx.browser.context.clearCookies(); // every test logs in as its own advisor
    const page = await ctx.browser.context.newPage();
    if (init) await page.addInitScript(init);
    await page.setViewportSize(DESKTOP);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('close', () => expect(errors.filter((e) => /Content Security Policy/i.test(e))).to.deep.equal([]));
    await page.goto(`${ctx.app.url}/advisor`);
    return page;
  }

  async function login(page: Page, email: string): Promise<void> {
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-password').press('Enter');
    await page.locator('#live-status', { hasText: 'Live verbonden' }).waitFor({ timeout: 10_000 }).catch(async (e) => {
      await page.screenshot({ path: '/tmp/c/fail.png' });
      console.log('LOGIN', await page.locator('#login-error').textContent(), await page.locator('#live-status').textContent());
      throw e;
    });
  }

  /** axe at desktop and phone size; the phone state is recorded with ", telefoon". */
  async function axeBoth(page: Page, view: string): Promise<void> {
    const found = [...(await axeViolations(page, `console: ${view}`))];
    await page.setViewportSize(PHONE);
    found.push(...(await axeViolations(page, `console: ${view}, telefoon`)));
    await page.setViewportSize(DESKTOP);
    expect(found).to.deep.equal([]);
  }

  /** WCAG 1.4.10: at 320 px wide the page scrolls only up and down. */
  async function reflows(page: Page): Promise<void> {
    await page.setViewportSize({ width: 320, height: 640 });
    await expectEventually(async () => {
      expect(await js<number>(page, 'document.documentElement.scrollWidth')).to.be.at.most(320);
    });
    await page.setViewportSize(DESKTOP);
  }

  /** The focused element's id (or its class when it has none). */
  const focused = (page: Page) => js<string>(page, "document.activeElement ? document.activeElement.id || document.activeElement.className : ''");

  it('log-in and empty queue: focus lands on the queue, the sound switch is remembered, axe and 320 px', async () => {
    const anna = await createAdvisor(ctx.app.db, 'Anna');
    const page = await open();
    await page.locator('#login-email').waitFor();
    // WCAG 1.4.11: the text box's border against the card behind it, at least 3:1.
    expect(await js<number>(page, BORDER_CONTRAST('#login-email'))).to.be.at.least(3);
    await axeBoth(page, 'log-in');
    await reflows(page);
    await login(page, anna.email);
    for (const control of ['#audience-filter', '#sound-toggle']) expect(await js<number>(page, BORDER_CONTRAST(control)), control).to.be.at.least(3);
    // Nobody waits: the focus is on the queue's heading, and the title has no count.
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('queue-heading');
    });
    expect(await page.title()).to.equal(TITLE);
    await axeBoth(page, 'empty queue');
    await reflows(page);

    // The tone can be switched off; the choice survives a reload.
    expect(await page.locator('#sound-toggle').isChecked()).to.equal(true);
    await page.locator('#sound-toggle').uncheck();
    await page.reload();
    await page.locator('#live-status', { hasText: 'Live verbonden' }).waitFor();
    expect(await page.locator('#sound-toggle').isChecked()).to.equal(false);
    expect(await js<string | null>(page, "localStorage.getItem('werkloket.console.sound')")).to.equal('off');
    await page.locator('#sound-toggle').check();
    expect(await js<string | null>(page, "localStorage.getItem('werkloket.console.sound')")).to.equal('on');
    await page.close();
  });

  it('a new waiting chat: count in the title, a tone, "Nieuw gesprek wacht" once, a notification that opens it; a raise to crisis told again; priority in words; items are buttons', async () => {
    const bram = await createAdvisor(ctx.app.db, 'Bram');
    const page = await open(FAKE_NOTIFICATIONS);
    await login(page, bram.email);
    const beeps = () => js<number>(page, 'WerkloketConsole.alerts.beeps');
    expect(await beeps()).to.equal(0);

    const first = await seekerAsksForHuman(ctx.app);
    await expectEventually(async () => {
      expect(await page.title()).to.equal(`(1) ${TITLE}`);
    });
    await expectEventually(async () => {
      expect(await page.locator('#announcer').textContent()).to.equal('Nieuw gesprek wacht. Prioriteit: Normaal.');
    });
    expect(await beeps()).to.equal(1);
    const notes = await js<string[][]>(page, '__notes.map((n) => [n.title, n.body])');
    expect(notes).to.deep.equal([['Nieuw gesprek wacht', 'Prioriteit: Normaal · Website']]);

    // Clicking the notification opens that chat.
    await js(page, '__notes[0].onclick()');
    await page.locator('#detail-body').waitFor();
    expect(await js<string>(page, 'location.hash')).to.equal(`#/handoff/${first.handoffId}`);
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('transcript');
    });

    // With the tone off, a second chat still counts in the title but makes no sound.
    await page.locator('#sound-toggle').uncheck();
    const second = await seekerAsksForHuman(ctx.app);
    await expectEventually(async () => {
      expect(await page.title()).to.equal(`(2) ${TITLE}`);
    });
    await page.locator(`#handoff-list li[data-id="${second.handoffId}"]`).waitFor();
    expect(await beeps()).to.equal(1);

    // A waiting chat that becomes a crisis (suicidal words while waiting) is told again, as such.
    await first.seeker.say('ik zie het niet meer zitten, ik wil niet meer leven');
    await expectEventually(async () => {
      // The chat is open, so its new message is announced as well: both are read, neither overwritten.
      expect(await page.locator('#announcer').textContent()).to.include('Wachtend gesprek is nu urgenter. Prioriteit: CRISIS.');
    });
    const raisedNote = await js<string[]>(page, '[__notes.at(-1).title, __notes.at(-1).body]');
    expect(raisedNote).to.deep.equal(['Wachtend gesprek is nu urgenter', 'Prioriteit: CRISIS · Website']);
    await page.getByRole('button', { name: /^Prioriteit CRISIS Website/ }).waitFor();

    // Urgent stands out in words (and shape), not by colour alone; every item is a real button.
    await ctx.app.db.handoff.update({ where: { id: second.handoffId }, data: { priority: 2 } });
    await page.locator('.status-filter button[data-status="waiting"]').click();
    const urgent = page.getByRole('button', { name: /^Prioriteit Urgent Website/ });
    await urgent.waitFor();
    expect(await urgent.getAttribute('class')).to.include('raised');
    expect(await page.locator('#handoff-list li').count()).to.equal(2);
    expect(await page.locator('#handoff-list li > button.queue-item').count()).to.equal(2);
    expect(await page.locator('#handoff-list li[tabindex], #handoff-list li[onclick]').count()).to.equal(0);
    // The queue is no live region: new chats are announced once, in the status region.
    expect(await page.locator('#handoff-list').getAttribute('aria-live')).to.equal(null);
    expect(await page.locator('[aria-live]').count()).to.equal(1);
    await axeBoth(page, 'queue with chats');
    await reflows(page);
    await page.locator('#sound-toggle').check(); // as a new advisor finds it (the browser profile is shared)
    await page.close();
  });

  it('keyboard first: "?" dialog, next chat, take over, typing reaches the seeker, send, confirm before closing unanswered, focus after each', async () => {
    const carla = await createAdvisor(ctx.app.db, 'Carla van Dijk', 'carla@werkcentrum.example');
    const a = await seekerAsksForHuman(ctx.app, 'ik wil een mens spreken over mijn cv');
    const b = await seekerAsksForHuman(ctx.app, 'ik wil een mens spreken over scholing');
    const page = await open();
    await login(page, carla.email);
    // Log-in → the first waiting chat in the queue.
    await expectEventually(async () => {
      expect(await focused(page)).to.include('queue-item');
    });
    const queueItem = await js<string>(page, 'document.activeElement.dataset.id');
    expect(queueItem).to.equal(a.handoffId);

    // "?" opens the list of shortcuts (a modal dialog); Tab stays inside; Esc closes it, focus returns.
    await page.keyboard.press('?');
    await page.locator('#shortcuts-dialog[open]').waitFor();
    expect(await focused(page)).to.equal('shortcuts-close');
    expect(await page.locator('#shortcut-list dt').count()).to.be.at.least(7);
    await page.keyboard.press('Tab');
    expect(await js<boolean>(page, "Boolean(document.activeElement.closest('#shortcuts-dialog'))")).to.equal(true);
    await axeBoth(page, 'shortcuts dialog');
    await page.keyboard.press('Escape');
    await expectEventually(async () => {
      expect(await page.locator('#shortcuts-dialog').getAttribute('open')).to.equal(null);
    });
    expect(await js<string>(page, 'document.activeElement.dataset.id')).to.equal(a.handoffId);

    // n: the next waiting chat opens, focus on its transcript.
    await page.keyboard.press('n');
    await page.locator('#transcript li', { hasText: 'over mijn cv' }).waitFor();
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('transcript');
    });
    expect(await page.locator('#transcript').getAttribute('tabindex')).to.equal('0');
    await axeBoth(page, 'open chat');

    // o: take over, focus in the reply box. Typing there shows "typing" to the seeker and fires no shortcut.
    const { streamUrl } = await a.seeker.start();
    const { received, close } = await openStream(streamUrl);
    try {
      await page.keyboard.press('o');
      await page.locator('#message-form').waitFor();
      await expectEventually(async () => {
        expect(await focused(page)).to.equal('message-text');
      });
      await page.keyboard.type('nog even');
      await expectEventually(async () => {
        expect(received.filter((x) => x.type === 'typing').map((x) => x.from)).to.deep.include({ id: 'werkloket', name: 'Carla, adviseur', role: 'bot' });
      });
    } finally {
      close();
    }
    expect(await js<string>(page, 'location.hash')).to.equal(`#/handoff/${a.handoffId}`);
    expect((await ctx.app.db.handoff.findUniqueOrThrow({ where: { id: a.handoffId } })).status).to.equal('active');
    await axeBoth(page, 'taken over');

    // Esc leaves the field (to the chat heading); r goes back to the reply box; a to the outcome.
    await page.keyboard.press('Escape');
    expect(await focused(page)).to.equal('detail-title');
    await page.keyboard.press('r');
    expect(await focused(page)).to.equal('message-text');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    expect(await focused(page)).to.equal('close-outcome');

    // Nobody answered the seeker yet: closing asks first (an accessible dialog), Esc keeps the chat.
    await page.locator('#close-form button[type=submit]').click();
    await page.locator('#confirm-dialog[open]').waitFor();
    expect(await page.locator('#confirm-title').textContent()).to.equal('Afsluiten zonder antwoord?');
    expect(await focused(page)).to.equal('confirm-no');
    await axeBoth(page, 'closing confirm');
    await reflows(page);
    await page.keyboard.press('Escape');
    await expectEventually(async () => {
      expect(await page.locator('#confirm-dialog').getAttribute('open')).to.equal(null);
    });
    expect((await ctx.app.db.handoff.findUniqueOrThrow({ where: { id: a.handoffId } })).status).to.equal('active');

    // r, type, Enter: sent; the focus stays in the reply box for the next message.
    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    await page.locator('#message-text').fill('Hallo, ik ben Carla. Ik kijk mee naar je cv.');
    await page.keyboard.press('Enter');
    await page.locator('#transcript li.advisor', { hasText: 'Ik kijk mee naar je cv.' }).waitFor();
    expect(await focused(page)).to.equal('message-text');
    expect(await page.locator('#message-text').inputValue()).to.equal('');
    expect((await messagesTo(a.seeker)).map((m) => m.text)).to.include('Hallo, ik ben Carla. Ik kijk mee naar je cv.');
    // The seeker answers: the new line is added (not the whole transcript re-read) and announced once.
    const lines = await page.locator('#transcript li').count();
    await a.seeker.say('Fijn, dank je wel');
    await page.locator('#transcript li.seeker', { hasText: 'Fijn, dank je wel' }).waitFor();
    await expectEventually(async () => {
      expect(await page.locator('#announcer').textContent()).to.equal('Nieuw bericht van de werkzoekende.');
    });
    expect(await page.locator('#transcript li').count()).to.equal(lines + 1);
    expect(await page.locator('#transcript').getAttribute('aria-live')).to.equal(null);
    expect(await focused(page)).to.equal('message-text');
    await readmeScreenshot(page, 'console-desktop');

    // Answered: closing needs no question; the next waiting chat opens with the focus on it.
    await page.locator('#close-outcome').selectOption('Vraag beantwoord');
    await page.locator('#close-form button[type=submit]').click();
    await expectEventually(async () => {
      expect(await js<string>(page, 'location.hash')).to.equal(`#/handoff/${b.handoffId}`);
    });
    expect(await page.locator('#confirm-dialog').getAttribute('open')).to.equal(null);
    expect(await ctx.app.db.handoff.findUniqueOrThrow({ where: { id: a.handoffId } })).to.include({ status: 'closed', outcome: 'Vraag beantwoord' });
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('transcript');
    });

    // b is unanswered too: "Toch afsluiten" closes it; nobody waits, so the focus goes to the queue.
    await page.keyboard.press('a');
    await page.locator('#close-form button[type=submit]').click();
    await page.locator('#confirm-dialog[open]').waitFor();
    await page.locator('#confirm-yes').click();
    await expectEventually(async () => {
      expect((await ctx.app.db.handoff.findUniqueOrThrow({ where: { id: b.handoffId } })).status).to.equal('closed');
    });
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('queue-heading');
    });
    await expectEventually(async () => {
      expect(await page.title()).to.equal(TITLE);
    });
    await page.close();
  });

  it('t hands a waiting chat back to the bot; a console link #/handoff/<id> opens that chat after the log-in', async () => {
    const dirk = await createAdvisor(ctx.app.db, 'Dirk');
    const c = await seekerAsksForHuman(ctx.app);
    await ctx.browser.context.clearCookies();
    const page = await ctx.browser.context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${ctx.app.url}/advisor#/handoff/${c.handoffId}`);
    await login(page, dirk.email);
    await page.locator('#detail-body').waitFor();
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('transcript');
    });
    await page.keyboard.press('t');
    await expectEventually(async () => {
      expect((await ctx.app.db.handoff.findUniqueOrThrow({ where: { id: c.handoffId } })).outcome).to.equal('back-to-bot');
    });
    await expectEventually(async () => {
      expect(await focused(page)).to.equal('queue-heading');
    });
    await page.close();
  });

  it('dashboard and admin: axe at both sizes, each chart also as a table, chart labels at least 12 px', async () => {
    const boss = await createAdvisor(ctx.app.db, 'Beheerder', undefined, { role: 'admin' });
    await seekerAsksForHuman(ctx.app);
    const page = await open();
    await login(page, boss.email);
    await page.locator('#account-list tr').first().waitFor();
    await page.locator('#chart-queue svg').waitFor();
    await page.locator('#dashboard').scrollIntoViewIfNeeded();
    for (const summary of await page.locator('#dashboard details summary').all()) await summary.click();
    expect(await page.locator('#table-queue tbody tr').count()).to.be.greaterThan(0);
    await page.locator('#table-queue').getByRole('columnheader', { name: 'Wachtenden' }).waitFor();
    await axeBoth(page, 'dashboard');
    await page.locator('#admin').scrollIntoViewIfNeeded();
    await axeBoth(page, 'admin');
    await reflows(page);
    for (const size of [DESKTOP, PHONE, { width: 320, height: 640 }]) {
      await page.setViewportSize(size);
      await expectEventually(async () => {
        // Rendered size: the font size times the SVG's scale on screen.
        const smallest = await js<number>(page, "Math.min(...[...document.querySelectorAll('.chart text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a))");
        expect(smallest, `${size.width}px`).to.be.at.least(12);
      });
    }
    await page.close();
  });
});
