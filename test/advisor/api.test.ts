import { expect } from 'chai';
import type { App } from '../../src/app';
import { hashToken } from '../../src/advisor/auth';
import { startTestApp, useTestApp } from '../helpers/app';
import { bothProviders, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, messagesTo, seekerAsksForHuman, sessionFor } from './helpers';

const ENDPOINTS: [string, string][] = [
  ['POST', '/advisor/api/logout'],
  ['GET', '/advisor/api/me'],
  ['GET', '/advisor/api/handoffs'],
  ['GET', '/advisor/api/handoffs?status=waiting'],
  ['GET', '/advisor/api/handoffs/x'],
  ['POST', '/advisor/api/handoffs/x/claim'],
  ['POST', '/advisor/api/handoffs/x/messages'],
  ['POST', '/advisor/api/handoffs/x/notes'],
  ['POST', '/advisor/api/handoffs/x/release'],
  ['POST', '/advisor/api/handoffs/x/close'],
  ['GET', '/advisor/api/stats'],
  ['GET', '/advisor/api/events'],
];

for (const provider of bothProviders) {
  describe(`advisor API (${provider.name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(provider.make, ALWAYS_OPEN);

    it('rejects every endpoint but login without a session (401), also with a forged cookie', async () => {
      for (const cookie of ['', 'werkloket_advisor=forged-token']) {
        for (const [method, path] of ENDPOINTS) {
          const res = await fetch(`${server.app.url}${path}`, {
            method,
            headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
            body: method === 'POST' ? JSON.stringify({ text: 'x', outcome: 'x' }) : undefined,
          });
          expect(res.status, `${method} ${path} ${cookie}`).to.equal(401);
          expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('UNAUTHENTICATED');
        }
      }
    });

    it('logs in with a HttpOnly SameSite=Strict cookie, stores only a hash of it, and logs out', async () => {
      const anna = await createAdvisor(server.app.db, 'Anna');
      const client = new AdvisorClient(server.app.url);
      const res = await client.login(anna.email.toUpperCase());
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.include({ advisor: { id: anna.id, name: 'Anna', email: anna.email, role: 'advisor', team: null } });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).to.match(/^werkloket_advisor=[\w-]{40,};/);
      expect(cookie).to.include('HttpOnly').and.to.include('SameSite=Strict').and.to.include('Path=/advisor').and.not.to.include('Secure');
      const token = client.cookie.split('=')[1];
      const sessions = await server.app.db.advisorSession.findMany({ where: { advisorId: anna.id } });
      expect(sessions.map((s) => s.id)).to.deep.equal([hashToken(token)]);
      expect(JSON.stringify(sessions)).to.not.include(token);

      expect((await client.request('GET', '/advisor/api/me')).status).to.equal(200);
      const out = await client.request('POST', '/advisor/api/logout');
      expect(out.status).to.equal(200);
      expect(out.headers.get('set-cookie')).to.include('Max-Age=0');
      expect((await client.request('GET', '/advisor/api/me')).status).to.equal(401);
      expect(await server.app.db.advisorSession.count({ where: { advisorId: anna.id } })).to.equal(0);
    });

    it('answers 401 for a wrong password or unknown e-mail, the same way', async () => {
      const bram = await createAdvisor(server.app.db, 'Bram');
      const wrong = await new AdvisorClient(server.app.url).login(bram.email, 'not the password');
      const unknown = await new AdvisorClient(server.app.url).login('nobody@werkcentrum.example');
      expect([wrong.status, unknown.status]).to.deep.equal([401, 401]);
      expect(await wrong.json()).to.deep.equal(await unknown.json());
      expect(wrong.headers.get('set-cookie')).to.equal(null);
    });

    it('refuses state changes that are not JSON (415) or come from another site (403)', async () => {
      const dirk = await createAdvisor(server.app.db, 'Dirk');
      const client = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, dirk.id));
      const { handoffId } = await seekerAsksForHuman(server.app);
      const form = await client.request('POST', `/advisor/api/handoffs/${handoffId}/claim`, undefined, { 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).to.equal(415);
      const foreign = await client.request('POST', `/advisor/api/handoffs/${handoffId}/claim`, {}, { origin: 'https://evil.example' });
      expect(foreign.status).to.equal(403);
      expect((await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).status).to.equal('waiting');
    });

    it('50 concurrent claims of one chat: exactly one 200, 49 × 409 naming the winner', async () => {
      const { handoffId } = await seekerAsksForHuman(server.app);
      const advisors = await Promise.all(Array.from({ length: 50 }, (_, i) => createAdvisor(server.app.db, `Adviseur${i}`)));
      const clients = await Promise.all(advisors.map(async (a) => AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, a.id))));
      const responses = await Promise.all(clients.map((c) => c.request('POST', `/advisor/api/handoffs/${handoffId}/claim`)));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).to.have.length(1);
      expect(statuses.filter((s) => s === 409)).to.have.length(49);
      const winner = advisors[statuses.indexOf(200)];
      const row = await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
      expect(row.status).to.equal('active');
      expect(row.claimedById).to.equal(winner.id);
      const conflict = (await responses[statuses.indexOf(409)].json()) as { error: { code: string; message: string }; claimedBy: { id: string; name: string } };
      expect(conflict).to.deep.equal({ error: { code: 'ALREADY_CLAIMED', message: `Already taken by ${winner.name}` }, claimedBy: { id: winner.id, name: winner.name } });
      // The holder may claim again (a double click); the seeker was told once who joined.
      expect((await clients[statuses.indexOf(200)].request('POST', `/advisor/api/handoffs/${handoffId}/claim`)).status).to.equal(200);
    });

    it('relays both ways while held: advisor messages reach Direct Line, every message is in the transcript exactly once, hand back resumes the bot', async () => {
      const eva = await createAdvisor(server.app.db, 'Eva');
      const advisor = new AdvisorClient(server.app.url);
      expect((await advisor.login(eva.email)).status).to.equal(200);
      const { seeker, handoffId, replies } = await seekerAsksForHuman(server.app);
      // Eva logged in but has no console stream open: an honest wait says nobody is online (or a range when someone is).
      expect(replies.map((a) => a.text).join(' ')).to.match(/Je bent nummer \d+ in de wachtrij\. (Er is nu geen adviseur online\.|Je wacht ongeveer \d+( tot \d+)? minuten\.)/);
      const initiate = replies.find((a) => a.type === 'event' && a.name === 'handoff.initiate') as { value?: { handoffId: string; reason: string }; attachments?: { name: string; content: { activities: { text: string }[] } }[] } | undefined;
      expect(initiate?.value).to.deep.include({ handoffId, reason: 'asked', priority: 'normal' });
      expect(initiate?.attachments?.[0].name).to.equal('Transcript');
      expect(initiate?.attachments?.[0].content.activities.map((a) => a.text)).to.include('ik wil een mens spreken');

      const listed = await advisor.json<{ id: string; status: string; channel: string; summary: string; priority: number; claimedBy: null; waitingSince: string }[]>('GET', '/advisor/api/handoffs?status=waiting');
      const item = listed.find((h) => h.id === handoffId)!;
      expect(item).to.include({ status: 'waiting', channel: 'directline', priority: 0, claimedBy: null });
      expect(item.summary).to.include('Vraagt om een adviseur');
      expect(new Date(item.waitingSince).getTime()).to.be.closeTo(Date.now(), 60_000);

      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Je praat nu met Eva, adviseur van het Werkcentrum.']);

      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Hallo, ik ben Eva. Waarmee kan ik je helpen?' });
      const fromAdvisor = await messagesTo(seeker);
      expect(fromAdvisor.map((a) => a.text)).to.deep.equal(['Hallo, ik ben Eva. Waarmee kan ik je helpen?']);
      expect(fromAdvisor[0].replyToId).to.equal(undefined); // else Web Chat waits 5 s
      // Web Chat shows from.name: the advisor's first name and role, never "Werkloket" or "Bot".
      expect(fromAdvisor[0].from).to.deep.include({ name: 'Eva, adviseur', role: 'bot' });

      // While held the bot is silent: a greeting does not restart the menu.
      await seeker.say('hallo');
      await seeker.say('Ik zoek werk als kok, mijn bsn is 111222333');
      expect(await messagesTo(seeker)).to.deep.equal([]);
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Dank je. Ik kijk even mee.' });
      expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Dank je. Ik kijk even mee.']);
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/notes`, { text: 'Kok, wil snel aan het werk.' });

      const rows = await server.app.db.transcriptEntry.findMany({ where: { conversationId: seeker.conversationId, type: 'message' } });
      const count = (text: string) => rows.filter((r) => r.text === text).length;
      expect(count('hallo')).to.equal(1);
      expect(count('Ik zoek werk als kok, mijn bsn is [BSN]')).to.equal(1);
      expect(count('Hallo, ik ben Eva. Waarmee kan ik je helpen?')).to.equal(1);
      expect(count('Dank je. Ik kijk even mee.')).to.equal(1);
      expect(rows.find((r) => r.text === 'Dank je. Ik kijk even mee.')?.sender).to.equal('advisor');
      expect(rows.find((r) => r.text === 'hallo')?.sender).to.equal('seeker');
      expect(rows.map((r) => r.text).join(' ')).to.not.include('111222333');
      expect(await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId, type: 'event', direction: 'in' } })).to.equal(0);

      const detail = await advisor.json<{ transcript: { text: string; sender: string }[]; notes: { text: string; advisor: { name: string } }[]; claimedBy: { name: string }; status: string; profile: unknown; proposals: unknown[] }>('GET', `/advisor/api/handoffs/${handoffId}`);
      expect(detail.status).to.equal('active');
      expect(detail.claimedBy.name).to.equal('Eva');
      expect(detail.transcript.filter((l) => l.text === 'Dank je. Ik kijk even mee.')).to.have.length(1);
      expect(detail.notes.map((n) => [n.text, n.advisor.name])).to.deep.equal([['Kok, wil snel aan het werk.', 'Eva']]);
      expect(detail).to.have.property('profile');
      expect(detail.proposals).to.be.an('array');

      // Another advisor cannot write into a chat Eva holds.
      const frank = await createAdvisor(server.app.db, 'Frank');
      const other = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, frank.id));
      expect((await other.request('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'hoi' })).status).to.equal(409);

      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/release`);
      expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Je praat weer met Werkloket, de digitale hulp. We gaan verder waar we waren.']);
      expect((await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).outcome).to.equal('back-to-bot');
      await seeker.say('hallo');
      expect((await messagesTo(seeker)).map((a) => a.text).join(' ')).to.match(/Ik ben Werkloket/);
      expect((await other.request('POST', `/advisor/api/handoffs/${handoffId}/claim`)).status).to.equal(409);
    });

    it('a seeker who switched to English gets the handoff notices in English', async () => {
      const seeker = await new DirectLineClient(server.app.url).generate();
      await seeker.start();
      await seeker.say('English please');
      await seeker.poll();
      await seeker.say('talk to a human');
      const replies = (await messagesTo(seeker)).map((a) => a.text).join('\n');
      expect(replies).to.include('I am looking for an advisor for you.');
      expect(replies).to.not.include('Ik zoek een adviseur');
      await seeker.say('I have a question about my benefit');
      expect((await messagesTo(seeker)).map((a) => a.text).join('\n')).to.match(/passed on|queue/);
    });

    it("an advisor's message shows only their first name and role, in the seeker's language", async () => {
      const anna = await createAdvisor(server.app.db, 'Anna de Vries');
      const advisor = new AdvisorClient(server.app.url);
      expect((await advisor.login(anna.email)).status).to.equal(200);
      const seeker = await new DirectLineClient(server.app.url).generate();
      await seeker.start();
      // Web Chat sends the page's locale with every message; the stored reference keeps it.
      await seeker.say('English please', { locale: 'en-US' });
      await seeker.say('talk to a human', { locale: 'en-US' });
      await seeker.poll();
      const handoffId = (await advisor.json<{ id: string; status: string }[]>('GET', '/advisor/api/handoffs?status=waiting')).at(-1)!.id;
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await seeker.poll();
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Hello, how can I help?' });
      const [message] = await messagesTo(seeker);
      expect(message).to.deep.include({ text: 'Hello, how can I help?' });
      expect(message.from).to.deep.include({ name: 'Anna, advisor', role: 'bot' });
      expect(JSON.stringify(message)).to.not.include('Vries').and.to.not.include(anna.email);
    });

    it('"terug naar de bot" from the seeker ends the handoff and the bot answers again', async () => {
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      await seeker.say('terug naar de bot');
      // Back with the bot, and the question the seeker was at is asked again (here: the menu).
      expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Goed. Je praat weer met mij, Werkloket. We gaan verder waar we waren.', 'Zoek je werk, of ben je werkgever? Je kunt me ook meteen een vraag stellen.']);
      const row = await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
      expect([row.status, row.outcome]).to.deep.equal(['closed', 'seeker-back-to-bot']);
      await seeker.say('hallo');
      expect((await messagesTo(seeker)).map((a) => a.text).join(' ')).to.match(/Ik ben Werkloket/);
    });

    it('a website visitor cannot pose as the agent hub: a handoff.status event on the Direct Line is refused', async () => {
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      // The agent hub's events come through /api/messages; the website posts messages only.
      const res = await seeker.request('POST', `/v3/directline/conversations/${seeker.conversationId}/activities`, { type: 'event', name: 'handoff.status', value: { state: 'completed' }, from: { id: seeker.userId } });
      expect(res.status).to.equal(400);
      const row = await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
      expect(row.status).to.equal('waiting');
    });

    it('sensitive words: 113 at once and a crisis handoff at the front of the queue', async () => {
      const normal = await seekerAsksForHuman(server.app);
      const { seeker, replies } = await seekerAsksForHuman(server.app, 'ik zie het niet meer zitten, ik wil niet meer leven');
      const row = await server.app.db.handoff.findFirstOrThrow({ where: { conversationId: seeker.conversationId } });
      expect([row.reason, row.priority]).to.deep.equal(['sensitive', 3]);
      // What the seeker sees: the help lines first, right after their own message.
      const texts = replies.filter((a) => a.type === 'message' && a.from.id !== seeker.userId).map((a) => a.text ?? '');
      expect(texts[0]).to.equal('Fijn dat je dit vertelt. Je hoeft dit niet alleen te dragen.');
      expect(texts[1]).to.include('113').and.to.include('0800-0113');
      expect(texts[2]).to.include('112');
      expect(texts.join(' ')).to.include('Ik vraag ook een adviseur');
      const eva = await createAdvisor(server.app.db, 'Gea');
      const client = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, eva.id));
      const queue = await client.json<{ id: string; priorityName: string }[]>('GET', '/advisor/api/handoffs?status=waiting');
      expect(queue[0]).to.include({ id: row.id, priorityName: 'crisis' });
      expect(queue.map((h) => h.id)).to.include(normal.handoffId);
    });

    it('closes with an outcome; the dashboard counts it', async () => {
      const hans = await createAdvisor(server.app.db, 'Hans');
      const client = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, hans.id));
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      await client.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await messagesTo(seeker);
      expect((await client.request('POST', `/advisor/api/handoffs/${handoffId}/close`, {})).status).to.equal(400);
      const closed = await client.json<{ status: string; outcome: string }>('POST', `/advisor/api/handoffs/${handoffId}/close`, { outcome: 'Doorverwezen: UWV' });
      expect(closed).to.include({ status: 'closed', outcome: 'Doorverwezen: UWV' });
      expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['De adviseur heeft het gesprek afgesloten. Je praat weer met Werkloket, de digitale hulp.']);
      const list = await client.json<{ id: string }[]>('GET', '/advisor/api/handoffs?status=closed');
      expect(list.map((h) => h.id)).to.include(handoffId);
      const stats = await client.json<{ outcomes: { outcome: string; count: number }[]; today: { handoffs: number } }>('GET', '/advisor/api/stats');
      expect(stats.outcomes.find((o) => o.outcome === 'Doorverwezen: UWV')?.count).to.be.at.least(1);
      expect(stats.today.handoffs).to.be.at.least(1);
      expect((await client.request('GET', '/advisor/api/handoffs?status=bogus')).status).to.equal(400);
    });

    it('streams live events to the console (SSE)', async () => {
      const ina = await createAdvisor(server.app.db, 'Ina');
      const client = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, ina.id));
      const stream = await client.events();
      try {
        await stream.ready;
        const { seeker, handoffId } = await seekerAsksForHuman(server.app);
        await stream.waitFor((e) => e.type === 'created' && e.handoffId === handoffId, 'created');
        await client.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
        const claimed = await stream.waitFor((e) => e.type === 'claimed' && e.handoffId === handoffId, 'claimed');
        expect(claimed.claimedBy?.name).to.equal('Ina');
        await seeker.say('Ben je er?');
        await stream.waitFor((e) => e.type === 'message' && e.handoffId === handoffId, 'message');
      } finally {
        stream.close();
      }
    });
  });
}

describe('advisor console outside office hours (SQLite)', function () {
  this.timeout(30_000);
  let database: TestDatabase;
  let app: App;

  before(async () => {
    database = sqliteDatabase();
    // Open only tomorrow, so "now" is always outside office hours.
    app = await startTestApp(database.url, { OFFICE_HOURS: `${dayAfter(new Date())} 09:00-10:00`, ADVISOR_LOGINS_PER_MINUTE: '1000' });
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });

  it('offers to leave a question or a call back; the number is kept only after consent', async () => {
    const { seeker, handoffId, replies } = await seekerAsksForHuman(app);
    const texts = replies.filter((a) => a.type === 'message').map((a) => a.text);
    expect(texts.join(' ')).to.include('Onze adviseurs zijn er nu niet').and.to.include('We zijn weer open op morgen om 09:00');
    const offer = replies.find((a) => a.suggestedActions);
    expect(offer?.suggestedActions?.actions.map((a) => a.title)).to.deep.equal(['Vraag achterlaten', 'Bel of mail me', 'Terug naar de bot']);

    await seeker.say('Bel of mail me');
    const consent = await messagesTo(seeker);
    expect(consent.map((a) => a.text).join(' ')).to.include('Mag ik je telefoonnummer of e-mailadres daarvoor bewaren?');
    expect((await app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).contact).to.deep.equal({ step: 'consent' });

    await seeker.say('Ja, dat mag');
    expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Typ je telefoonnummer of je e-mailadres.']);
    await seeker.say('geen idee');
    expect((await messagesTo(seeker)).map((a) => a.text).join(' ')).to.include('Dat herken ik niet');
    await seeker.say('mijn nummer is 06 12345678');
    expect((await messagesTo(seeker)).map((a) => a.text)).to.deep.equal(['Dank je. Een adviseur neemt contact met je op als we weer open zijn.']);

    const row = await app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
    expect(row.contact).to.deep.include({ step: 'done', method: 'phone', value: '06 12345678', textVersion: 'handoff.callback.v1' });
    const transcript = await app.db.transcriptEntry.findMany({ where: { conversationId: seeker.conversationId } });
    expect(transcript.map((r) => r.text ?? '').join(' ')).to.not.include('12345678'); // masked in the transcript

    const ad = await createAdvisor(app.db, 'Jan');
    const client = AdvisorClient.withToken(app.url, await sessionFor(app.db, ad.id));
    const detail = await client.json<{ contact: { value: string } }>('GET', `/advisor/api/handoffs/${handoffId}`);
    expect(detail.contact.value).to.equal('06 12345678');

    // After the call back the advisor closes the chat: the number is deleted, as promised.
    await client.json('POST', `/advisor/api/handoffs/${handoffId}/close`, { outcome: 'Teruggebeld' });
    const after = await app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
    expect(after.contact).to.deep.include({ step: 'done', method: 'phone' });
    expect(after.contact).to.not.have.property('value');
  });

  it('keeps nothing when the seeker says no', async () => {
    const { seeker, handoffId } = await seekerAsksForHuman(app);
    await seeker.say('Bel of mail me');
    await seeker.say('Nee, liever niet');
    expect((await messagesTo(seeker)).map((a) => a.text).at(-1)).to.include('Ik bewaar geen nummer');
    await seeker.say('06 12345678');
    const row = await app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } });
    expect(row.contact).to.deep.equal({ step: 'declined' });
  });
});

/** The Dutch day abbreviation of the day after `now` in Amsterdam. */
function dayAfter(now: Date): string {
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(now).toLowerCase().slice(0, 3);
  const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][(order.indexOf(weekday) + 1) % 7];
}

