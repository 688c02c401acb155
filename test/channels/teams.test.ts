// Teams: the real bot's conversation rendered as Adaptive Cards (choices and the results), Bot
// Framework JWT validation on /api/messages, the proactive escalation notice to a Teams channel
// through a real CloudAdapter and a fake connector, and the app package.
import { expect } from 'chai';
import type { Activity, Attachment } from 'botbuilder';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import type { App } from '../../src/app';
import { ChannelRenderMiddleware } from '../../src/channels/renderers';
import { EscalationNotifier } from '../../src/channels/teams/escalationNotifier';
import { TeamsInboundMiddleware } from '../../src/channels/teams/inbound';
import type { Db } from '../../src/db/client';
import { TranscriptStore } from '../../src/db/transcriptStore';
import { createLogger } from '../../src/logger';
import { nl } from '../../src/texts/nl';
import { startTestApp } from '../helpers/app';
import { Conversation, openDatabase } from '../helpers/conversation';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor } from '../advisor/helpers';
import { FakeConnector } from './helpers/fakeConnector';

type Card = { body: Record<string, any>[]; actions?: Record<string, any>[]; version: string };
const cardsOf = (replies: Partial<Activity>[]): Card[] =>
  replies.flatMap((r) => (r.attachments ?? []) as Attachment[]).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content as Card);
const textsIn = (card: Card): string => card.body.filter((b) => b.type === 'TextBlock').map((b) => b.text).join('\n');
const imBackValues = (card: Card | undefined): string[] => (card?.actions ?? []).filter((a) => a.type === 'Action.Submit').map((a) => a.data?.msteams?.value);
const all = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').concat(cardsOf(replies).map(textsIn)).join('\n');

describe('Teams rendering in a whole conversation', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let db: Db;
  let conv: Conversation;

  before(async () => {
    database = sqliteDatabase();
    db = await openDatabase(database.url);
    conv = await Conversation.open(db, { channelId: 'msteams' });
    conv.adapter.use(new TeamsInboundMiddleware());
    conv.adapter.use(new ChannelRenderMiddleware());
  });
  after(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it('choices are Adaptive Cards whose buttons post their label (imBack); no suggested actions', async () => {
    const welcome = await conv.start();
    expect(welcome.some((r) => r.suggestedActions)).to.equal(false);
    const menu = cardsOf(welcome).at(-1);
    expect(menu?.version).to.equal('1.5');
    expect(textsIn(menu!)).to.equal(nl.menuQuestion);
    expect(imBackValues(menu)).to.include(nl.menu.work);
    // The question lives inside the card: Teams would split text + card into two messages.
    expect(welcome.find((r) => cardsOf([r]).length)?.text).to.equal(undefined);

    const consent = await conv.say(nl.menu.work);
    const question = cardsOf(consent).at(-1)!;
    expect(textsIn(question)).to.equal(nl.consent.question);
    expect(question.actions!.map((a) => ({ type: a.type, title: a.title, value: a.data.msteams.value, kind: a.data.msteams.type }))).to.deep.equal([
      { type: 'Action.Submit', title: 'Ja', value: 'Ja', kind: 'imBack' },
      { type: 'Action.Submit', title: 'Nee', value: 'Nee', kind: 'imBack' },
    ]);
  });

  it('the transcript keeps the neutral text of a question shown as a card', async () => {
    const rows = await db.transcriptEntry.findMany({ where: { conversationId: conv.conversationId, direction: 'out' } });
    expect(rows.map((r) => r.text)).to.include(nl.consent.question);
  });

  it('more than 6 choices become one radio list; its submitted value is understood', async () => {
    await conv.say('Ja'); // consent → step 1 (situation, 9 choices)
    let replies = await conv.say('ww');
    replies = await conv.say('tot 1 september');
    replies = await conv.say('€ 1.800 per maand');
    replies = await conv.say('10 jaar heftruckchauffeur bij een distributiecentrum');
    replies = await conv.say('heftruckchauffeur');
    replies = await conv.say('nee');
    const education = cardsOf(replies).at(-1)!;
    expect(textsIn(education)).to.match(/hoogste diploma/);
    const list = education.body.find((b) => b.type === 'Input.ChoiceSet')!;
    expect(list.style).to.equal('expanded');
    expect(list.choices.map((c: { value: string }) => c.value)).to.include('Vmbo');
    expect(education.actions).to.deep.equal([{ type: 'Action.Submit', title: 'OK', data: { werkloket: 'choice' } }]);

    // Teams sends the card's inputs in activity.value, with no text.
    conv.adapter.activeQueue.splice(0);
    await conv.adapter.receiveActivity({ type: 'message', value: { werkloket: 'choice', [list.id]: 'Vmbo' } } as Partial<Activity>);
    expect(all(conv.adapter.activeQueue.splice(0))).to.match(/Nederlands/);
  });

  it('the results: the three best as readable cards (heading, provider, why, next step page, "Meer uitleg"), then "Meer voorstellen"', async () => {
    for (const answer of ['moedertaal', 'sla over', 'ja', 'nee', 'iets wat erop lijkt', '32 uur', '3511 AB', 'maakt niet uit', 'zo snel mogelijk', 'ja']) await conv.say(answer);
    // "Klopt dit?" with 9 choices: one radio list in a card, "Ja, dit klopt" first; its value is understood.
    const klopt = await conv.say('tot een half jaar');
    expect(all(klopt)).to.match(/Stap 7 van 7[\s\S]*heftruckchauffeur \(10 jaar\)/);
    const question = cardsOf(klopt).at(-1)!;
    expect(textsIn(question)).to.match(/Klopt dit\?/);
    const list = question.body.find((b) => b.type === 'Input.ChoiceSet')!;
    const values = list.choices.map((c: { value: string }) => c.value);
    expect(values).to.have.length(9);
    expect(values[0]).to.equal('Ja, dit klopt');
    expect(values).to.include('Werk: heftruckchauffeur (10 jaar)');
    conv.adapter.activeQueue.splice(0);
    await conv.adapter.receiveActivity({ type: 'message', value: { werkloket: 'choice', [list.id]: 'Ja, dit klopt' } } as Partial<Activity>);
    const summary = conv.adapter.activeQueue.splice(0);
    // The three best as cards in one message: position, title (a heading), provider, why, next step.
    const results = cardsOf(summary).filter((c) => /^Voorstel \d van \d$/.test(c.body[0]?.text ?? ''));
    expect(results).to.have.length(3);
    expect(summary.find((r) => (r.attachments?.length ?? 0) === 3)?.attachmentLayout).to.equal('list');
    const first = results[0];
    expect(first.body[1]).to.include({ type: 'TextBlock', style: 'heading', wrap: true });
    expect(first.body[2]).to.include({ isSubtle: true });
    expect(textsIn(first)).to.match(/\*\*Volgende stap:\*\* /);
    // The next step's page is a button named after the page, never its address.
    const page = first.body.find((b) => b.type === 'ActionSet')!.actions[0];
    expect(page).to.include({ type: 'Action.OpenUrl' });
    expect(page.url).to.match(/^https:\/\//);
    expect(page.title).to.not.match(/https?:|www\./);
    // "Meer uitleg" opens the rest in the card, with the named sources.
    const more = first.actions!.find((a) => a.type === 'Action.ShowCard')!;
    expect(more.title).to.equal('Meer uitleg');
    expect(JSON.stringify(more.card)).to.match(/Neem mee/);
    expect((first as unknown as { speak: string }).speak).to.match(/^Voorstel 1 van \d\. /);
    // Every text block wraps, so nothing is cut off in the Teams client.
    for (const card of results) for (const block of card.body.filter((b) => b.type === 'TextBlock')) expect(block.wrap).to.equal(true);
    // The proposal text itself is not sent a second time next to its card.
    expect(summary.filter((r) => /Volgende stap:/.test(r.text ?? ''))).to.have.length(0);
    const next = cardsOf(summary).at(-1)!;
    expect(imBackValues(next)).to.deep.equal(['Meer voorstellen', 'Hoe ga ik verder?', 'Praten met een adviseur', 'Opnieuw beginnen']);
  });
});

describe('Teams on /api/messages', function () {
  this.timeout(30_000);
  let connector: FakeConnector;

  before(async () => {
    connector = await FakeConnector.start();
  });
  after(() => connector.close());

  const teamsActivity = (conversationId: string, text: string) => ({
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    text,
    channelId: 'msteams',
    serviceUrl: connector.url,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
    from: { id: '29:seeker', name: 'Seeker', aadObjectId: 'aad-1' },
    recipient: { id: '28:bot', name: 'Werkloket' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'nl-NL',
  });

  it('with MICROSOFT_APP_ID set, a request without a valid Bot Framework token is rejected and not processed', async () => {
    const database = sqliteDatabase();
    const app = await startTestApp(database.url, { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'secret' });
    try {
      const post = (headers: Record<string, string>) =>
        fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(teamsActivity('a:jwt', 'hallo')) });
      expect((await post({})).status).to.equal(401);
      // A well-formed token from an issuer the Bot Framework does not trust (refused before any
      // signing key is fetched, so this runs offline).
      const forged = [{ alg: 'RS256', typ: 'JWT', kid: 'x' }, { iss: 'https://login.evil.example/', aud: '11111111-2222-3333-4444-555555555555', exp: Math.floor(Date.now() / 1000) + 600 }]
        .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
        .join('.');
      expect((await post({ authorization: `Bearer ${forged}.c2lnbmF0dXJl` })).status).to.equal(401);
      expect((await post({ authorization: 'Basic dXNlcjpwYXNz' })).status).to.equal(401);
      expect(await app.db.transcriptEntry.count()).to.equal(0);
      expect(connector.to('a:jwt')).to.have.length(0);
    } finally {
      await app.close();
      await database.drop();
    }
  });

  describe('escalation notice to a Teams channel', () => {
    const ADVISORS = '19:advisors-channel@thread.tacv2';
    let database: TestDatabase;
    let app: App;
    let base: string;

    before(async () => {
      database = sqliteDatabase();
      // No app id: the Emulator's mode (loopback only), so the test can post like a Teams channel.
      app = await startTestApp(database.url, {
        ...ALWAYS_OPEN,
        EMULATOR_MODE: 'true',
        PUBLIC_URL: 'https://werkloket.example.nl',
        // Required with an https PUBLIC_URL (production).
        DIRECTLINE_SECRET: 'd'.repeat(32),
        SEEKER_KEY: 's'.repeat(32),
        TEAMS_ESCALATION_SERVICE_URL: connector.url,
        TEAMS_ESCALATION_CONVERSATION_ID: ADVISORS,
        TEAMS_ESCALATION_TENANT_ID: 'tenant-1',
      });
      base = `http://127.0.0.1:${app.port}`;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const say = async (conversationId: string, text: string) => {
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsActivity(conversationId, text)) });
      expect(res.status).to.be.within(200, 202);
    };

    it('a Teams seeker sees cards through the real CloudAdapter; a new handoff notifies the advisors channel with a console link', async () => {
      await say('a:seeker-1', 'hallo');
      const welcome = connector.to('a:seeker-1');
      expect(welcome.some((a) => a.suggestedActions)).to.equal(false);
      expect(imBackValues(cardsOf(welcome).at(-1))).to.include(nl.menu.work);

      await say('a:seeker-1', 'Ik wil een mens spreken');
      const notice = await connector.waitFor(() => connector.to(ADVISORS)[0], 'the escalation notice');
      const card = cardsOf([notice])[0];
      expect(textsIn(card)).to.match(/Iemand wacht op een adviseur/);
      const facts = Object.fromEntries(card.body.find((b) => b.type === 'FactSet')!.facts.map((f: { title: string; value: string }) => [f.title, f.value]));
      expect(facts).to.deep.equal({ Reden: 'wil een mens spreken', Prioriteit: 'normaal', Kanaal: 'Teams' });
      // Straight to that chat: the console opens #/handoff/<id> after the log-in.
      const handoff = await app.db.handoff.findFirstOrThrow({ where: { channel: 'msteams' }, orderBy: { waitingSince: 'desc' } });
      expect(card.actions).to.deep.equal([{ type: 'Action.OpenUrl', title: 'Open de adviseursconsole', url: `https://werkloket.example.nl/advisor#/handoff/${handoff.id}` }]);
      expect(notice.replyToId).to.equal(undefined);
      expect(notice.conversation?.id).to.equal(ADVISORS);
      // Nothing the seeker said, and nothing that identifies them, travels to the channel.
      expect(JSON.stringify(notice)).not.to.match(/Ik wil een mens|29:seeker|aad-1|a:seeker-1/);
    });

    it('an @mention of the bot is removed before the transcript and the dialogs read the message', async () => {
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...teamsActivity('19:team-chat@thread.v2', '<at>Werkloket</at> hallo'),
          entities: [{ type: 'mention', text: '<at>Werkloket</at>', mentioned: { id: '28:bot', name: 'Werkloket' } }],
        }),
      });
      expect(res.status).to.be.within(200, 202);
      const stored = await app.db.transcriptEntry.findFirstOrThrow({ where: { conversationId: '19:team-chat@thread.v2', direction: 'in' } });
      expect(stored.text).to.equal('hallo');
      expect(imBackValues(cardsOf(connector.to('19:team-chat@thread.v2')).at(-1))).to.include(nl.menu.work);
    });

    it('a handoff is announced once, however many instances hear the event', async () => {
      const handoff = await app.db.handoff.findFirstOrThrow({ where: { conversationId: 'a:seeker-1' } });
      const sent: unknown[] = [];
      const store = new TranscriptStore(app.db);
      const notifier = new EscalationNotifier({
        target: { serviceUrl: connector.url, conversationId: ADVISORS },
        consoleUrl: 'https://werkloket.example.nl/advisor',
        logger: createLogger('silent'),
        send: async (_reference, activity) => void sent.push(activity),
        claim: (id, text) => store.append({ conversationId: ADVISORS, channel: 'msteams', activityId: id, direction: 'out', sender: 'system', type: 'message', text }),
        handoff: async () => handoff,
      });
      // The app's own notifier already claimed this handoff's notice.
      expect(await notifier.notifyEscalation(handoff)).to.equal(false);
      expect(sent).to.have.length(0);
      expect(connector.to(ADVISORS)).to.have.length(1);
      // A second handoff: the first claim wins, the repeat is skipped.
      const other = { ...handoff, id: 'another-handoff' };
      expect(await notifier.notifyEscalation(other)).to.equal(true);
      expect(await notifier.notifyEscalation(other)).to.equal(false);
      expect(sent).to.have.length(1);
    });

    it('the stored conversation reference keeps what replying needs: no names, no directory ids', async () => {
      const activity = teamsActivity('19:group-chat@thread.v2', 'hallo');
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...activity,
          conversation: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1', name: 'Sollicitatieclub' },
          from: { id: '29:member', name: 'Jan Jansen', aadObjectId: 'aad-2', userPrincipalName: 'jan@gemeente.example' },
        }),
      });
      expect(res.status).to.equal(200);
      const stored = await app.db.conversation.findUniqueOrThrow({ where: { id: '19:group-chat@thread.v2' } });
      expect(stored.reference).to.deep.equal({
        channelId: 'msteams',
        serviceUrl: connector.url,
        locale: 'nl-NL',
        conversation: { id: '19:group-chat@thread.v2', tenantId: 'tenant-1', conversationType: 'groupChat', isGroup: true },
        user: { id: '29:member' },
        bot: { id: '28:bot' },
      });
      const seeker = await app.db.conversation.findUniqueOrThrow({ where: { id: 'a:seeker-1' } });
      expect(JSON.stringify(seeker.reference)).not.to.match(/Seeker|aad-1|Werkloket/);
    });

    it("an advisor's reply reaches the Teams seeker through that reference", async () => {
      const handoff = await app.db.handoff.findFirstOrThrow({ where: { conversationId: 'a:seeker-1' } });
      const anna = await createAdvisor(app.db, 'Anna');
      const advisor = AdvisorClient.withToken(base, await sessionFor(app.db, anna.id));
      expect((await advisor.request('POST', `/advisor/api/handoffs/${handoff.id}/claim`)).status).to.equal(200);
      expect((await advisor.request('POST', `/advisor/api/handoffs/${handoff.id}/messages`, { text: 'Hoi, ik ben Anna.' })).status).to.equal(200);
      // Teams shows the bot's name only: the advisor's first name and role go before the text.
      const reply = connector.to('a:seeker-1').find((a) => a.text === 'Anna (adviseur): Hoi, ik ben Anna.');
      expect(reply?.recipient).to.deep.equal({ id: '29:seeker' });
      expect(reply?.conversation).to.include({ id: 'a:seeker-1', tenantId: 'tenant-1' });
    });
  });
});

describe('npm run teams:package', function () {
  this.timeout(30_000);
  const root = path.join(__dirname, '..', '..');
  const script = path.join(root, 'scripts', 'teams-package.mjs');
  const APP_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

  it('writes a zip with the filled-in manifest and two icons of the right size', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-')), 'werkloket-teams.zip');
    execFileSync(process.execPath, [script, '--out', out], { env: { ...process.env, MICROSOFT_APP_ID: APP_ID, PUBLIC_URL: 'https://werkloket.example.nl/' }, stdio: 'pipe' });
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.manifestVersion).to.equal('1.17');
    expect(manifest.id).to.equal(APP_ID);
    expect(manifest.bots[0].botId).to.equal(APP_ID);
    expect(manifest.bots[0].scopes).to.include('personal');
    expect(manifest.validDomains).to.deep.equal(['werkloket.example.nl']);
    expect(manifest.developer.websiteUrl).to.equal('https://werkloket.example.nl');
    // The statements the website serves (src/bot/statementPages.ts), as Teams shows them in the app's details.
    expect(manifest.developer.privacyUrl).to.equal('https://werkloket.example.nl/privacy');
    expect(manifest.developer.termsOfUseUrl).to.equal('https://werkloket.example.nl/toegankelijkheid');
    expect(manifest.icons).to.deep.equal({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.name.short.length).to.be.at.most(30);
    expect(manifest.description.short.length).to.be.at.most(80);
    expect(JSON.stringify(manifest)).not.to.include('${{');

    const color = readPng(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).to.deep.equal([192, 192]);
    const outline = readPng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).to.deep.equal([32, 32]);
    // Teams: the outline icon is white on a transparent background.
    let visible = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a > 0) {
        visible++;
        expect([r, g, b]).to.deep.equal([255, 255, 255]);
      }
    }
    expect(visible).to.be.within(50, 32 * 32 - 200);
  });

  it('refuses to package without a GUID app id or an https PUBLIC_URL', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-')), 'x.zip');
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [script, '--out', out], { env: { ...process.env, MICROSOFT_APP_ID: '', PUBLIC_URL: '', ...env }, encoding: 'utf8' });
    const noId = run({ PUBLIC_URL: 'https://werkloket.example.nl' });
    expect(noId.status).to.equal(1);
    expect(noId.stderr).to.match(/MICROSOFT_APP_ID/);
    const http = run({ MICROSOFT_APP_ID: APP_ID, PUBLIC_URL: 'http://werkloket.example.nl' });
    expect(http.status).to.equal(1);
    expect(http.stderr).to.match(/PUBLIC_URL/);
    expect(fs.existsSync(out)).to.equal(false);
  });
});

/** Width, height and RGBA pixels of an 8-bit RGBA PNG (filter type 0 rows, as our icons are written). */
function readPng(data: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(data.subarray(0, 8).toString('hex')).to.equal('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]]).to.deep.equal([8, 6], '8-bit RGBA');
    }
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    expect(raw[row]).to.equal(0);
    raw.copy(rgba, y * width * 4, row + 1, row + 1 + width * 4);
  }
  return { width, height, rgba };
}
