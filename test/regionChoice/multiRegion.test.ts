// One installation, two regions (WERKLOKET_REGIONS_DIR with midden-utrecht and the fictional
// voorbeeld-oost), against the real server on SQLite and PostgreSQL: the seeker's region is chosen
// by the website's host name, then by their postcode, never by anything the client sends; each
// region's chats reach its own console team; admins and advisors without a team see them all.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { AdvisorClient, ALWAYS_OPEN, createAdvisor, sessionFor, waitUntil } from '../advisor/helpers';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { HostDirectLine, hostFetch, MIDDEN_UTRECHT_HOST, twoRegionsDir, VOORBEELD_OOST_HOST } from './helpers';

const WELCOME_VO = 'Hallo! Ik ben Werkloket, de digitale hulp van Werkcentrum Voorbeeldregio Oost.';
const WELCOME_GENERIC = 'Hallo! Ik ben Werkloket, de digitale hulp van het Werkcentrum in jouw regio.';

/** A website seeker on `host` who agrees that their answers are kept (the seeker row is made then). */
async function consentingSeeker(app: App, host: string | undefined, start: unknown = { locale: 'nl-NL' }): Promise<{ chat: HostDirectLine; welcome: string[] }> {
  const chat = await new HostDirectLine(app.url, host).generate();
  await chat.startWith(start);
  const welcome = (await chat.botReplies()).map((a) => a.text ?? '');
  expect(await chat.tell('Ik zoek werk')).to.match(/Mag ik je antwoorden bewaren/);
  expect(await chat.tell('ja')).to.match(/Wat past het best bij jou/);
  return { chat, welcome };
}

async function seekerRow(app: App, chat: HostDirectLine) {
  const conversation = await app.db.conversation.findUnique({ where: { id: chat.conversationId }, select: { seeker: { select: { id: true, regionId: true } } } });
  return conversation?.seeker ?? undefined;
}

async function asksForHuman(app: App, chat: HostDirectLine): Promise<string> {
  await chat.tell('ik wil een mens spreken');
  let id = '';
  await waitUntil(async () => Boolean((id = (await app.db.handoff.findFirst({ where: { conversationId: chat.conversationId } }))?.id ?? '')), 10_000, 'a handoff');
  return id;
}

for (const provider of bothProviders) {
  describe(`several regions on one installation (${provider.name})`, function () {
    this.timeout(120_000);
    const server = useTestApp(provider.make, { ...ALWAYS_OPEN, WERKLOKET_REGIONS_DIR: twoRegionsDir() });

    it("names the host's organisation in the welcome and stores the host's region when the seeker consents", async () => {
      const { chat, welcome } = await consentingSeeker(server.app, `${VOORBEELD_OOST_HOST}:443`);
      expect(welcome[0]).to.equal(WELCOME_VO);
      expect((await seekerRow(server.app, chat))?.regionId).to.equal('voorbeeld-oost');
    });

    it('lets the postcode decide once it is known: a postcode in another region moves the seeker there', async () => {
      const { chat } = await consentingSeeker(server.app, VOORBEELD_OOST_HOST);
      expect(await chat.tell('Ik heb WW. Mijn postcode is 3511.')).to.match(/postcode 3511/);
      expect(await chat.tell('tot 1 september 2027')).to.match(/per maand/);
      // The end of the step saves the answers (in the turn's one transaction / statement).
      expect(await chat.tell('1500 euro')).to.match(/Stap 2 van 7/);
      expect((await seekerRow(server.app, chat))?.regionId).to.equal('midden-utrecht');
    });

    it('ignores a region or host name the client sends in the body, channelData, value or a forwarded header', async () => {
      const spoof = { host: VOORBEELD_OOST_HOST, regionId: 'voorbeeld-oost', region: 'voorbeeld-oost' };
      const { chat, welcome } = await consentingSeeker(server.app, '127.0.0.1', { locale: 'nl-NL', ...spoof, channelData: spoof, value: spoof });
      expect(welcome[0]).to.equal(WELCOME_GENERIC);
      await chat.tell('Ik heb geen inkomen', { channelData: { clientActivityID: 'x1', ...spoof }, value: spoof, ...spoof });
      const forwarded = await hostFetch(`${server.app.url}/v3/directline/conversations/${chat.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${chat.token}`, 'content-type': 'application/json', 'x-forwarded-host': VOORBEELD_OOST_HOST, forwarded: `host=${VOORBEELD_OOST_HOST}` },
        body: JSON.stringify({ type: 'message', text: 'ok', channelData: spoof }),
        host: '127.0.0.1',
      });
      expect(forwarded.status).to.equal(200);
      // Two regions, no WERKLOKET_REGION, an unknown host: no region is stored.
      expect((await seekerRow(server.app, chat))?.regionId).to.equal(null);
    });

    it("shows each region's chats only to its own team; admins and advisors without a team see all; another region's chat is refused", async () => {
      const { app } = server;
      const a = await consentingSeeker(app, MIDDEN_UTRECHT_HOST);
      const b = await consentingSeeker(app, VOORBEELD_OOST_HOST);
      const handoffA = await asksForHuman(app, a.chat);
      const handoffB = await asksForHuman(app, b.chat);
      // No consent, no seeker row: the region is not known and every advisor sees the chat.
      const c = await new HostDirectLine(app.url, VOORBEELD_OOST_HOST).generate();
      await c.startWith({});
      const handoffC = await asksForHuman(app, c);

      const client = async (name: string, extra: { role?: 'admin'; team?: string }) => AdvisorClient.withToken(app.url, await sessionFor(app.db, (await createAdvisor(app.db, name, undefined, extra)).id));
      const mu = await client('Mirjam', { team: 'Midden-Utrecht' });
      const vo = await client('Vincent', { team: 'voorbeeld-oost' });
      const admin = await client('Anna', { role: 'admin', team: 'Midden-Utrecht' });
      const free = await client('Fatima', {});
      const waiting = async (who: AdvisorClient) => (await who.json<{ id: string; position: number; regionId: string | null }[]>('GET', '/advisor/api/handoffs?status=waiting')).filter((h) => [handoffA, handoffB, handoffC].includes(h.id));

      // Places count within the region's own queue (A and C wait for Mirjam's team; B does not).
      expect((await waiting(mu)).map((h) => [h.id, h.position])).to.deep.equal([[handoffA, 1], [handoffC, 2]]);
      expect((await waiting(admin)).map((h) => h.id)).to.deep.equal([handoffA, handoffB, handoffC]);
      expect((await waiting(vo)).map((h) => h.id)).to.have.members([handoffB, handoffC]);
      expect((await waiting(admin)).map((h) => h.id)).to.have.members([handoffA, handoffB, handoffC]);
      expect((await waiting(free)).map((h) => h.id)).to.have.members([handoffA, handoffB, handoffC]);
      expect((await waiting(admin)).find((h) => h.id === handoffB)?.regionId).to.equal('voorbeeld-oost');
      expect((await mu.json('GET', '/advisor/api/me')).regions).to.deep.include({ all: false, mine: [{ id: 'midden-utrecht', name: 'Midden-Utrecht', organisationName: 'Werkcentrum Midden-Utrecht' }] });
      expect((await admin.json('GET', '/advisor/api/me')).regions).to.include({ all: true });

      // Another region's chat: not readable, not claimable, no messages; it stays waiting.
      for (const [method, path, body] of [['GET', `/advisor/api/handoffs/${handoffB}`], ['POST', `/advisor/api/handoffs/${handoffB}/claim`, {}], ['POST', `/advisor/api/handoffs/${handoffB}/messages`, { text: 'Hallo' }], ['POST', `/advisor/api/handoffs/${handoffB}/notes`, { text: 'x' }]] as const) {
        const res = await mu.request(method, path, body);
        expect(res.status, `${method} ${path}`).to.equal(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('OTHER_REGION');
      }
      expect((await app.db.handoff.findUniqueOrThrow({ where: { id: handoffB } })).status).to.equal('waiting');
      expect((await vo.request('POST', `/advisor/api/handoffs/${handoffB}/claim`, {})).status).to.equal(200);
      expect((await mu.request('POST', `/advisor/api/handoffs/${handoffA}/claim`, {})).status).to.equal(200);
      expect((await free.request('GET', `/advisor/api/handoffs/${handoffC}`)).status).to.equal(200);
    });

    it("keeps each region's budget applications with its own team: listed, read and decided only there", async () => {
      const { app } = server;
      const application = async (regionId: string) => {
        const seeker = await app.db.seeker.create({ data: { channel: 'directline', userKey: `budget-${regionId}-${Date.now()}-${Math.random()}` } });
        const data = { training: 'Heftruckcertificaat', provider: 'ROC', costEuros: 800, start: '2027-02' };
        return (await app.db.budgetApplication.create({ data: { seekerId: seeker.id, regionId, schemeId: 'scholingsbudget', data, costCents: 80_000 } })).id;
      };
      const own = await application('midden-utrecht');
      const other = await application('voorbeeld-oost');
      const client = async (name: string, extra: { role: 'admin' | 'budgetbeheerder'; team?: string }) => AdvisorClient.withToken(app.url, await sessionFor(app.db, (await createAdvisor(app.db, name, undefined, extra)).id));
      const mu = await client('Marit', { role: 'budgetbeheerder', team: 'Midden-Utrecht' });
      const admin = await client('Aad', { role: 'admin', team: 'Midden-Utrecht' });
      const listed = async (who: AdvisorClient) => (await who.json<{ id: string }[]>('GET', '/advisor/api/budget/applications')).map((a) => a.id).filter((id) => [own, other].includes(id));

      expect(await listed(mu)).to.deep.equal([own]);
      expect(await listed(admin)).to.have.members([own, other]);
      for (const [method, path, body] of [['GET', `/advisor/api/budget/applications/${other}`], ['POST', `/advisor/api/budget/applications/${other}/refuse`, { reason: 'Niet in onze regio' }], ['POST', `/advisor/api/budget/applications/${other}/grant`, { amountEuros: 100 }]] as const) {
        const res = await mu.request(method, path, body);
        expect(res.status, `${method} ${path}`).to.equal(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('OTHER_REGION');
      }
      expect((await app.db.budgetApplication.findUniqueOrThrow({ where: { id: other } })).status).to.equal('requested');
      expect((await mu.request('POST', `/advisor/api/budget/applications/${own}/refuse`, { reason: 'Deze opleiding valt er niet onder' })).status).to.equal(200);
    });
  });
}
