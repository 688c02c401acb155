// "Verwijder mijn gegevens" removes the seeker from every table: a scan of every table afterwards.
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { ActivityHandler } from 'botbuilder';
import { startApp, type App, type StartOptions } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MediationStore } from '../../src/db/mediationStore';
import { VacancyDataSchema } from '../../src/mediation/vacancy';
import { createLogger } from '../../src/logger';
import { useTestApp } from '../helpers/app';
import { bothProviders, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { everyTable } from '../helpers/everyTable';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor, waitUntil } from '../advisor/helpers';

for (const { name, make } of bothProviders) {
  describe(`"verwijder mijn gegevens" leaves nothing behind (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make, ALWAYS_OPEN);

    it('after an intake, a handoff with advisor messages and a note: no table holds the seeker any more', async () => {
      const seeker = await new DirectLineClient(server.app.url).generate();
      await seeker.start();
      for (const text of ['Ik zoek werk', 'ja', 'ww', 'tot 1 september', '1500 euro', '10 jaar heftruckchauffeur']) expect((await seeker.say(text)).status).to.equal(200);
      const profile = await server.app.db.seeker.findFirst({ where: { conversations: { some: { id: seeker.conversationId } } } });
      expect(profile, 'a consented seeker with a profile').to.not.equal(null);
      const seekerId = profile!.id;
      const userKey = profile!.userKey;

      // A person: the advisor claims, writes, makes a note, hands back.
      await seeker.say('ik wil een mens spreken');
      let handoffId = '';
      await waitUntil(async () => Boolean((handoffId = (await server.app.db.handoff.findFirst({ where: { conversationId: seeker.conversationId } }))?.id ?? '')));
      const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Anna')).id));
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Hoi, ik ben Anna. Waar kan ik je mee helpen?' });
      await seeker.say('ik heb een vraag over mijn ww');
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/notes`, { text: 'Vraag over WW-duur; doorverwezen naar UWV.' });
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/release`);

      // Bemiddeling: matched with consent, asked to be introduced to one vacancy, introduced to another.
      const store = new MediationStore(server.app.db);
      const employer = await store.createEmployer({ organisation: 'Bakkerij Koster', contact: { name: 'Ria Koster', email: 'ria@koster.example' }, consentVersion: 'v1' });
      const vacancy = () => store.createVacancy({ employerId: employer.id, title: 'Chauffeur', source: 'console', data: VacancyDataSchema.parse({ words: 'chauffeur' }) });
      await server.app.db.consent.create({ data: { seekerId, purpose: 'matching', granted: true, textVersion: 'matching-v1' } });
      await store.requestMediation(seekerId, (await vacancy()).id);
      await store.introduce({ vacancyId: (await vacancy()).id, seekerId, advisorId: 'adv', advisorName: 'Anna', why: 'Rijbewijs C en ervaring' });

      const before = await everyTable(server.app.db, name);
      const mentions = (needle: string, tables: Map<string, string[]>) => [...tables].filter(([, rows]) => rows.some((r) => r.includes(needle))).map(([t]) => t).sort();
      expect(mentions(seekerId, before)).to.include.members(['Seeker', 'Profile', 'Consent', 'MediationRequest', 'Introduction']);
      expect(mentions(seeker.conversationId, before)).to.include.members(['Conversation', 'TranscriptEntry', 'Handoff', 'BotState', 'DirectLineActivity']);

      await seeker.say('verwijder mijn gegevens');
      await seeker.say('ja, verwijder alles');
      const confirmation = (await seeker.poll()).filter((a) => a.from.id !== seeker.userId).map((a) => a.text).join(' ');
      expect(confirmation).to.match(/zijn verwijderd/);

      const after = await everyTable(server.app.db, name);
      expect(mentions(seekerId, after), 'tables still holding the seeker id').to.deep.equal([]);
      expect(mentions(userKey, after), 'tables still holding the seeker key').to.deep.equal([]);
      expect(mentions(seeker.userId, after), 'tables still holding the chat user id').to.deep.equal([]);
      // The chat itself goes on (its token still works): only the bare conversation row and the
      // "your data has been deleted" message that had to be shown remain.
      expect(mentions(seeker.conversationId, after)).to.deep.equal(['DirectLineActivity', 'DirectLineConversation']);
      const left = await server.app.db.directLineActivity.findMany({ where: { conversationId: seeker.conversationId } });
      expect(left.map((r) => (JSON.parse(r.activity) as { text?: string }).text)).to.deep.equal([confirmation.trim()]);
      expect(after.get('Note')?.some((r) => r.includes('WW-duur'))).to.equal(false);
    });
  });
}

/** The real app with every log line (level trace) kept in memory. */
function useLoggedApp(make: () => Promise<TestDatabase>, options: StartOptions = {}) {
  const state = { app: undefined as unknown as App, lines: [] as string[], database: undefined as TestDatabase | undefined };
  before(async () => {
    state.database = await make();
    const sink = new Writable({ write: (chunk, _enc, done) => (state.lines.push(String(chunk)), done()) });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: state.database.url, ...ALWAYS_OPEN });
    state.app = await startApp(config, createLogger('trace', sink), options);
  });
  after(async () => {
    await state.app?.close();
    await state.database?.drop();
  });
  return state;
}

/** Digits as a reader would see them: NFKC, no zero-width characters, no separators between digits. */
function digitsOf(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/(?<=\d)(?:[\s.,/_-]|\\[nu])+(?=\d)/g, '');
}

// Valid BSNs (11-proef) and numbers called a BSN, in the disguises seekers and advisors use.
const WRITTEN: [digits: string, written: string][] = [
  ['123456782', 'mijn bsn is 123456782'],
  ['123456789', 'mijn bsn is 123 456 789'],
  ['234685785', '２３４６８５７８５'],
  ['234733299', '2\u200B34\u200C733\u2060299'],
  ['234788732', '23 47 88 732'],
  ['234820408', '2348204-08'],
  ['234836246', '234/836/246'],
  ['987654321', 'sofi-nummer: 987.654.321'],
];

for (const { name, make } of bothProviders) {
  describe(`no BSN reaches a table or a log line (${name})`, function () {
    this.timeout(90_000);
    const server = useLoggedApp(make);

    it('through an intake, a handoff, advisor messages and notes', async () => {
      const seeker = await new DirectLineClient(server.app.url).generate();
      await seeker.start();
      await seeker.say('Ik zoek werk');
      await seeker.say('ja');
      await seeker.poll();
      for (const [, written] of WRITTEN.slice(0, 5)) {
        expect((await seeker.say(written)).status).to.equal(200);
        const replies = (await seeker.poll()).filter((a) => a.from.id !== seeker.userId).map((a) => a.text).join(' ');
        expect(replies, `the seeker is warned about ${JSON.stringify(written)}`).to.match(/BSN/);
      }
      await seeker.say('ww');
      await seeker.say('ik wil een mens spreken');
      let handoffId = '';
      await waitUntil(async () => Boolean((handoffId = (await server.app.db.handoff.findFirst({ where: { conversationId: seeker.conversationId } }))?.id ?? '')));
      await seeker.say(`wachten… ${WRITTEN[5][1]}`);
      const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Dirk')).id));
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: `Klopt ${WRITTEN[6][1]}?` });
      await seeker.say(`ja en ook ${WRITTEN[7][1]}`);
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/notes`, { text: `bsn ${WRITTEN[0][1]} en ${WRITTEN[6][1]} gecontroleerd` });
      const detail = await advisor.json('GET', `/advisor/api/handoffs/${handoffId}`);
      expect(JSON.stringify(detail)).to.include('[BSN]');

      const tables = await everyTable(server.app.db, name);
      expect(tables.get('TranscriptEntry')?.length, 'the transcript was written').to.be.greaterThan(10);
      for (const [digits] of WRITTEN) {
        const holding = [...tables].filter(([, rows]) => rows.some((r) => digitsOf(r).includes(digits))).map(([t]) => t);
        expect(holding, `tables holding ${digits}`).to.deep.equal([]);
        expect(server.lines.filter((l) => digitsOf(l).includes(digits)), `log lines holding ${digits}`).to.deep.equal([]);
      }
      expect(server.lines.length, 'the app did log').to.be.greaterThan(0);
    });
  });
}

/** A bot whose turn throws: an Error naming a BSN and the seeker's words, or a plain object. */
class ThrowingBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context) => {
      const text = context.activity.text ?? '';
      if (text.startsWith('object')) throw { code: 'E_PARSE', message: `bad input 123456782: ${text}` };
      throw new Error(`could not parse "${text}" for bsn 123456782`);
    });
  }
}

describe('a failing turn is logged with its stack, without personal data', function () {
  this.timeout(60_000);
  const server = useLoggedApp(async () => sqliteDatabase(), { bot: new ThrowingBot() });

  it('an Error: message masked, seeker words out, stack frames in; the seeker hears something went wrong', async () => {
    const seeker = await new DirectLineClient(server.app.url).generate();
    await seeker.start();
    const before = server.lines.length;
    await seeker.say('ik woon in Zevenhuizen aan de Kerkstraat');
    const replies = (await seeker.poll()).filter((a) => a.from.id !== seeker.userId);
    expect(replies.map((a) => a.text).join(' ')).to.match(/ging iets mis|mis|opnieuw/i);
    const logged = server.lines.slice(before).map((l) => JSON.parse(l) as { msg: string; err?: { type: string; message: string; stack?: string } });
    const failed = logged.find((l) => l.msg === 'turn failed');
    expect(failed?.err?.type).to.equal('Error');
    expect(failed?.err?.message).to.include('[BSN]').and.include('could not parse');
    expect(failed?.err?.stack).to.match(/^\s+at .*privacy\.test\.ts/m);
    const all = server.lines.slice(before).join('\n');
    expect(all).to.not.include('123456782').and.not.include('Zevenhuizen').and.not.include('Kerkstraat').and.not.include('[object Object]');
  });

  it('a thrown object: its message masked, never "[object Object]"', async () => {
    const seeker = await new DirectLineClient(server.app.url).generate();
    await seeker.start();
    const before = server.lines.length;
    await seeker.say('object from Zevenhuizen');
    const failed = server.lines.slice(before).map((l) => JSON.parse(l) as { msg: string; err?: { type: string; code?: string; message: string } }).find((l) => l.msg === 'turn failed');
    expect(failed?.err).to.deep.include({ type: 'object', code: 'E_PARSE' });
    expect(failed?.err?.message).to.include('bad input [BSN]');
    const all = server.lines.slice(before).join('\n');
    expect(all).to.not.include('123456782').and.not.include('Zevenhuizen').and.not.include('[object Object]');
  });
});
