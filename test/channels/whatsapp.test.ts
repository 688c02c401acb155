// WhatsApp over the real server and a real database, with a local mock of Meta's Graph API:
// webhook verification and signatures, a whole intake over webhook payloads (buttons, lists,
// typed answers), unsupported media, redeliveries, retries, privacy of the phone number, and an
// advisor's message relayed to WhatsApp.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { maskedPhone, PhoneVault } from '../../src/channels/whatsapp/phone';
import { sign } from '../../src/channels/whatsapp/signature';
import { startTestApp } from '../helpers/app';
import { bothProviders, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor } from '../advisor/helpers';
import { MockGraph, optionsOf, textOf, type GraphBody } from './helpers/mockGraph';
import { payloads, postWebhook, VERIFY_TOKEN, webhookBody, WhatsAppSeeker, whatsAppEnv, PHONE_NUMBER_ID } from './helpers/whatsapp';

const PHONE = '31612345678';
const joined = (replies: GraphBody[]) => replies.map(textOf).join('\n');

describe('WhatsApp webhook (verification and signatures)', () => {
  let graph: MockGraph;
  let database: TestDatabase;
  let app: App;

  before(async () => {
    graph = await MockGraph.start();
    database = sqliteDatabase();
    app = await startTestApp(database.url, whatsAppEnv(graph));
  });
  after(async () => {
    await app.close();
    await database.drop();
    await graph.close();
  });

  it('GET with the right verify token echoes the challenge as plain text', async () => {
    const res = await fetch(`${app.url}/api/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/plain/);
    expect(await res.text()).to.equal('1158201444');
  });

  it('GET with a wrong token or mode is refused with 403', async () => {
    const wrong = await fetch(`${app.url}/api/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=42`);
    expect(wrong.status).to.equal(403);
    expect(await wrong.text()).not.to.equal('42');
    const mode = await fetch(`${app.url}/api/whatsapp?hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`);
    expect(mode.status).to.equal(403);
  });

  it('POST without a signature, or with a forged one, gets 401 and is not processed', async () => {
    const body = webhookBody([payloads.text(PHONE, 'hallo')]);
    const unsigned = await postWebhook(app.url, body, null);
    expect(unsigned.status).to.equal(401);
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).to.equal('SIGNATURE_INVALID');
    // Signed with another secret, and a valid signature of a different body.
    const forged = await postWebhook(app.url, body, `sha256=${'ab'.repeat(32)}`);
    expect(forged.status).to.equal(401);
    const replayed = await postWebhook(app.url, body, sign(JSON.stringify(webhookBody([payloads.text(PHONE, 'iets anders')])), 'test-app-secret-0123456789abcdef'));
    expect(replayed.status).to.equal(401);
    expect(await app.db.transcriptEntry.count()).to.equal(0);
    expect(await app.db.conversation.count()).to.equal(0);
    expect(graph.requests).to.have.length(0);
  });

  it('a signed body with only delivery statuses is accepted and answers nobody', async () => {
    const res = await postWebhook(app.url, webhookBody([], { statuses: [{ id: 'wamid.x', status: 'delivered', timestamp: '1', recipient_id: PHONE }] }));
    expect(res.status).to.equal(200);
    expect(graph.requests).to.have.length(0);
  });
});

describe('WhatsApp webhook without configuration', () => {
  it('answers 503 WHATSAPP_DISABLED and processes nothing', async () => {
    const database = sqliteDatabase();
    const app = await startTestApp(database.url);
    try {
      const get = await fetch(`${app.url}/api/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`);
      expect(get.status).to.equal(503);
      const post = await postWebhook(app.url, webhookBody([payloads.text(PHONE, 'hallo')]));
      expect(post.status).to.equal(503);
      expect(((await post.json()) as { error: { code: string } }).error.code).to.equal('WHATSAPP_DISABLED');
      expect(await app.db.transcriptEntry.count()).to.equal(0);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

for (const provider of bothProviders) {
  describe(`WhatsApp conversations (${provider.name})`, function () {
    this.timeout(60_000);
    let graph: MockGraph;
    let database: TestDatabase;
    let app: App;

    before(async () => {
      graph = await MockGraph.start();
      database = await provider.make();
      app = await startTestApp(database.url, { ...whatsAppEnv(graph), ...ALWAYS_OPEN });
    });
    after(async () => {
      await app.close();
      await database.drop();
      await graph.close();
    });

    it('a whole intake: menu as a list, yes/no as reply buttons, typed answers, proposals at the end', async () => {
      const seeker = new WhatsAppSeeker(app.url, graph, PHONE);
      const welcome = await seeker.say('hallo');
      expect(joined(welcome)).to.match(/Ik ben Werkloket/);
      // Five menu choices (more than 3 buttons): a list with its button label and full titles.
      const menu = welcome.at(-1)!;
      expect(menu.type).to.equal('interactive');
      expect(menu.interactive!.type).to.equal('list');
      expect(menu.interactive!.action.button).to.equal('Kies een antwoord');
      expect(optionsOf(menu)).to.deep.equal(['Ik zoek werk', 'Ik ben werkgever', 'Ik heb een vraag', 'Praten met een mens', 'English']);
      expect(menu.to).to.equal(PHONE);
      expect(menu.messaging_product).to.equal('whatsapp');

      // A list_reply maps back to the label: the consent question comes, with two reply buttons.
      const consent = await seeker.tap('Ik zoek werk');
      const consentQuestion = consent.at(-1)!;
      expect(consentQuestion.interactive!.type).to.equal('button');
      expect(textOf(consentQuestion)).to.match(/Mag ik je antwoorden bewaren\?/);
      expect(consentQuestion.interactive!.action.buttons!.map((b) => b.reply)).to.deep.equal([
        { id: 'Ja', title: 'Ja' },
        { id: 'Nee', title: 'Nee' },
      ]);

      // A button_reply maps back too: step 1 starts.
      const step1 = await seeker.tap('Ja');
      expect(joined(step1)).to.match(/Stap 1 van 7/);
      // Nine situations: a list with every row at most 24 characters.
      const situations = step1.at(-1)!;
      expect(situations.interactive!.type).to.equal('list');
      for (const row of situations.interactive!.action.sections![0].rows) expect(row.title.length).to.be.at.most(24);
      expect(optionsOf(situations)).to.include('WW-uitkering');

      expect(joined(await seeker.tap('WW-uitkering'))).to.match(/Tot wanneer krijg je WW\?/);
      expect(joined(await seeker.say('tot 1 september'))).to.match(/tot 1 september 2027/);
      expect(joined(await seeker.say('€ 1.800 per maand'))).to.match(/Stap 2 van 7/);
      const occupations = await seeker.say('10 jaar heftruckchauffeur bij een distributiecentrum');
      expect(optionsOf(occupations.at(-1)!)).to.include('heftruckchauffeur');
      expect(joined(await seeker.tap('heftruckchauffeur'))).to.match(/Je werkte 10 jaar als heftruckchauffeur/);
      expect(joined(await seeker.tap('Nee'))).to.match(/hoogste diploma/);
      expect(joined(await seeker.tap('Vmbo'))).to.match(/Nederlands/);
      expect(joined(await seeker.say('moedertaal'))).to.match(/Hoe oud ben je\?/);
      expect(joined(await seeker.tap('Sla over'))).to.match(/rijbewijs/);
      expect(joined(await seeker.tap('Ja'))).to.match(/gezondheid/);
      expect(joined(await seeker.tap('Nee'))).to.match(/Stap 5 van 7/);
      expect(joined(await seeker.say('iets wat erop lijkt'))).to.match(/Hoeveel uur/);
      expect(joined(await seeker.say('32 uur'))).to.match(/postcode/);
      expect(joined(await seeker.say('3511 AB'))).to.match(/reizen/);
      expect(joined(await seeker.tap('Een half uur'))).to.match(/beginnen/);
      expect(joined(await seeker.tap('Zo snel mogelijk'))).to.match(/opleiding/);
      expect(joined(await seeker.tap('Ja'))).to.match(/Hoe lang/);
      // "Klopt dit?": the summary lines as a list of 10 rows ("Ja, dit klopt" and 9 lines); a row
      // shortened to 24 characters keeps the whole line in its description and its id.
      const klopt = await seeker.tap('Tot een half jaar');
      expect(joined(klopt)).to.match(/Stap 7 van 7[\s\S]*heftruckchauffeur \(10 jaar\)[\s\S]*Klopt dit\?/);
      const question = klopt.at(-1)!;
      expect(question.interactive!.type).to.equal('list');
      const rows = question.interactive!.action.sections!.flatMap((section) => section.rows);
      expect(rows).to.have.length(10);
      expect(rows[0]).to.deep.equal({ id: 'Ja, dit klopt', title: 'Ja, dit klopt' });
      for (const row of rows) expect(row.title.length).to.be.at.most(24);
      const work = rows.find((row) => row.id === 'Werk: heftruckchauffeur (10 jaar)')!;
      expect(work.description).to.equal('Werk: heftruckchauffeur (10 jaar)');
      expect(optionsOf(question)).to.include('Uren: 32 uur per week');
      // A row asks its question again; the new answer is in the next "Klopt dit?".
      expect(joined(await seeker.tap('Uren: 32 uur per week'))).to.match(/Hoeveel uur/);
      expect(joined(await seeker.say('24 uur'))).to.match(/- 24 uur per week[\s\S]*Klopt dit\?/);
      const summary = await seeker.tap('Ja, dit klopt');
      expect(joined(summary)).to.match(/Dit zijn mijn voorstellen[\s\S]*Ik heb nog \d voorstel/);
      for (const message of summary) expect(textOf(message).length).to.be.at.most(message.type === 'interactive' ? 1024 : 4096);
      // The three best as ONE list: a short overview in the body, a row per proposal (≤ 24 / 72).
      const lists = summary.filter((m) => m.interactive?.type === 'list');
      const proposals = lists[0];
      expect(proposals.interactive!.action.button).to.equal('Bekijk voorstellen');
      const proposalRows = proposals.interactive!.action.sections!.flatMap((section) => section.rows);
      expect(proposalRows.map((r) => r.id)).to.deep.equal(['Meer uitleg 1', 'Meer uitleg 2', 'Meer uitleg 3']);
      for (const row of proposalRows) {
        expect(row.title.length).to.be.at.most(24);
        expect((row.description ?? '').length).to.be.at.most(72);
      }
      expect(textOf(proposals)).to.match(/^\*1\. [\s\S]*\*2\. [\s\S]*\*3\. [\s\S]*Kies een voorstel voor meer uitleg\.$/);
      expect(textOf(proposals)).to.not.match(/https?:|data\.europa\.eu/);
      // The next step: "Meer voorstellen" first (four choices: a list).
      const next = summary.at(-1)!;
      expect(next.interactive!.type).to.equal('list');
      expect(optionsOf(next)).to.deep.equal(['Meer voorstellen', 'Hoe ga ik verder?', 'Praten met een adviseur', 'Opnieuw beginnen']);
      // A row shows that proposal in full; its page is a named link button, not an address in the text.
      const details = await seeker.tap(proposalRows[1].title, proposals);
      const link = details.find((m) => m.interactive?.type === 'cta_url')!;
      expect(textOf(link)).to.match(/^\*2\. [\s\S]*Volgende stap: /);
      expect(link.interactive!.action.parameters!.url).to.match(/^https:\/\//);
      expect(link.interactive!.action.parameters!.display_text.length).to.be.within(1, 20);
      expect(details.map(textOf).join('\n')).to.not.match(/https?:\/\//);
      expect(optionsOf(details.at(-1)!)).to.include('Hoe ga ik verder?');
      // "Meer voorstellen": the rest as a second list, numbered on; then the button is gone.
      const more = await seeker.tap('Meer voorstellen');
      const rest = more.find((m) => m.interactive?.type === 'list' && m.interactive.action.button === 'Bekijk voorstellen')!;
      expect(rest.interactive!.action.sections![0].rows[0].id).to.equal('Meer uitleg 4');
      // 3511 lies in the example region: its own scholingsbudget is among the rest, to apply for here.
      expect(rest.interactive!.action.sections![0].rows.map((r) => r.title).join('\n')).to.match(/Regionaal/);
      expect(optionsOf(more.at(-1)!)).to.deep.equal(['Aanvragen', 'Hoe ga ik verder?', 'Praten met een adviseur', 'Opnieuw beginnen']);
      // The transcript keeps the neutral text: every proposal with its named source.
      const stored = await app.db.transcriptEntry.findMany({ where: { direction: 'out', conversation: { channel: 'whatsapp' } }, orderBy: { id: 'asc' } });
      expect(stored.map((r) => r.text).join('\n')).to.match(/1\. [^\n]+\n[\s\S]*Volgende stap:[\s\S]*Bron(nen)?: [^\n(]+ \(https:\/\//);
      expect(joined(await seeker.tap('Hoe ga ik verder?'))).to.match(/Neem contact op/);
    });

    it('voice messages, photos and locations get a kind answer in B1 Dutch', async () => {
      const seeker = new WhatsAppSeeker(app.url, graph, '31687654321');
      expect(joined(await seeker.send(payloads.audio(seeker.phone)))).to.equal('Ik kan nog geen spraakberichten lezen. Typ je antwoord, dan help ik je verder.');
      expect(joined(await seeker.send(payloads.image(seeker.phone)))).to.match(/^Ik kan nog geen foto's, video's of bestanden lezen\. Typ je antwoord/);
      expect(joined(await seeker.send(payloads.location(seeker.phone)))).to.match(/^Ik kan nog geen locaties lezen\..*4 cijfers/);
      // The transcript notes what came in, never the media or the coordinates.
      const rows = await app.db.transcriptEntry.findMany({ where: { direction: 'in', conversation: { channel: 'whatsapp' } }, orderBy: { id: 'asc' } });
      const texts = rows.map((r) => r.text);
      expect(texts).to.include.members(['[spraakbericht]', '[foto, video of bestand]', '[locatie]']);
      // Only what was stored of the messages (a timestamp such as …:52.091Z is no coordinate).
      expect(JSON.stringify(rows.map((r) => [r.text, r.attachments]))).not.to.match(/52\.09|Thuis/);
    });

    it('a redelivered message (same wamid) is processed once', async () => {
      const seeker = new WhatsAppSeeker(app.url, graph, '31611112222');
      const message = payloads.text(seeker.phone, 'hallo');
      const first = await seeker.send(message);
      expect(first.length).to.be.greaterThan(0);
      const again = await postWebhook(app.url, webhookBody([message]));
      expect(again.status).to.equal(200);
      expect(await again.json()).to.include({ processed: 0, duplicates: 1 });
      const sentToSeeker = graph.requests.filter((r) => r.body.to === seeker.phone);
      expect(sentToSeeker).to.have.length(first.length);
      // Stored once, under a keyed hash of the wamid (which encodes the phone number), never the wamid.
      expect(await app.db.transcriptEntry.count({ where: { activityId: message.id } })).to.equal(0);
      const vault = new PhoneVault((await app.db.setting.findUniqueOrThrow({ where: { key: 'whatsapp.key' } })).value);
      expect(await app.db.transcriptEntry.count({ where: { activityId: vault.messageId(message.id) } })).to.equal(1);
    });

    it('a Graph API 500 is retried with backoff and the message still arrives', async () => {
      const seeker = new WhatsAppSeeker(app.url, graph, '31633334444');
      graph.failures.push(500, 503);
      const before = graph.requests.length;
      const replies = await seeker.say('hallo');
      const attempts = graph.requests.slice(before);
      expect(attempts.map((a) => a.status).slice(0, 3)).to.deep.equal([500, 503, 200]);
      expect(attempts[0].body).to.deep.equal(attempts[2].body);
      expect(attempts[0].authorization).to.equal('Bearer test-access-token');
      expect(attempts[0].path).to.equal(`/v21.0/${PHONE_NUMBER_ID}/messages`);
      expect(joined(replies)).to.match(/Ik ben Werkloket/);
    });

    it('an advisor message reaches the seeker on WhatsApp; the console sees a masked number', async () => {
      const seeker = new WhatsAppSeeker(app.url, graph, '31655556666');
      await seeker.say('hallo');
      const asked = await seeker.tap('Praten met een mens');
      expect(joined(asked)).to.match(/adviseur|wachtrij/i);
      const handoff = await app.db.handoff.findFirstOrThrow({ where: { channel: 'whatsapp', status: 'waiting' }, orderBy: { waitingSince: 'desc' } });

      const stored = await app.db.conversation.findUniqueOrThrow({ where: { id: handoff.conversationId } });
      expect(maskedPhone(stored.reference)).to.equal('+31 6 •••• 6666');

      const advisor = await createAdvisor(app.db, 'Sanne');
      const client = new AdvisorClient(app.url);
      expect((await client.login(advisor.email)).status).to.equal(200);
      const before = graph.requests.length;
      await client.json('POST', `/advisor/api/handoffs/${handoff.id}/claim`);
      const detail = await client.json<{ maskedPhone?: string }>('GET', `/advisor/api/handoffs/${handoff.id}`);
      expect(detail.maskedPhone).to.equal('+31 6 •••• 6666');
      expect(JSON.stringify(detail)).to.not.include('55556666');
      const res = await client.request('POST', `/advisor/api/handoffs/${handoff.id}/messages`, { text: 'Hoi, ik ben Sanne van het Werkcentrum. Waarmee kan ik helpen?' });
      expect(res.status).to.equal(200);
      const relayed = graph.requests.slice(before).filter((r) => r.body.to === seeker.phone).map((r) => textOf(r.body));
      expect(relayed.some((t) => /Sanne/.test(t))).to.equal(true, 'the claim notice names the advisor');
      // WhatsApp shows the business's name only: the advisor's first name and role go before the text.
      expect(relayed).to.include('Sanne (adviseur): Hoi, ik ben Sanne van het Werkcentrum. Waarmee kan ik helpen?');
      // And the seeker's answer goes to the advisor, not to the bot.
      const answer = await seeker.say('Ik heb een vraag over mijn WW');
      expect(answer).to.have.length(0);
      const last = await app.db.transcriptEntry.findFirstOrThrow({ where: { conversationId: handoff.conversationId, direction: 'in' }, orderBy: { id: 'desc' } });
      expect(last.text).to.equal('Ik heb een vraag over mijn WW');
    });

    it('never stores a phone number in clear: every table is scanned for the digits', async () => {
      const phones = [PHONE, '31687654321', '31611112222', '31633334444', '31655556666'];
      const dump = await dumpDatabase(app, provider.name);
      for (const phone of phones) {
        expect(dump).not.to.include(phone.slice(2), `${phone} found in the database`);
        expect(dump).not.to.include(`0${phone.slice(2)}`);
      }
      // What is there: the keyed hash as id and a masked form.
      expect(dump).to.match(/wa-[0-9a-f]{40}/);
      expect(dump).to.include('+31 6 •••• 5678');
    });
  });
}

/** Every row of every table, as one string. */
async function dumpDatabase(app: App, provider: 'sqlite' | 'postgresql'): Promise<string> {
  const tables =
    provider === 'sqlite'
      ? ((await app.db.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'table'`)) as { name: string }[]).map((t) => t.name)
      : ((await app.db.$queryRawUnsafe(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`)) as { name: string }[]).map((t) => t.name);
  expect(tables).to.include.members(['Conversation', 'TranscriptEntry', 'Seeker', 'BotState']);
  const rows: unknown[] = [];
  for (const table of tables) rows.push(await app.db.$queryRawUnsafe(`SELECT * FROM "${table}"`));
  return JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}
