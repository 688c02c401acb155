// A region's website names its organisation: the page (title, header, footer) and the bot's
// welcome follow the Host header; WERKLOKET_REGION names the region where no host decides; a
// WERKLOKET_REGION that is no configured region stops start-up.
import { expect } from 'chai';
import { ConfigError } from '../../src/config';
import type { App } from '../../src/app';
import { startTestApp, useTestApp } from '../helpers/app';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { MockGraph } from '../channels/helpers/mockGraph';
import { whatsAppEnv } from '../channels/helpers/whatsapp';
import { whatsAppChat } from '../flows/chats';
import { HostDirectLine, hostFetch, MIDDEN_UTRECHT_HOST, twoRegionsDir, VOORBEELD_OOST_HOST } from './helpers';

const ORGANISATION = 'Werkcentrum Testland';

async function page(url: string, host: string, path = '/'): Promise<string> {
  const res = await hostFetch(`${url}${path}`, { host });
  expect(res.status).to.equal(200);
  return res.text();
}

const header = (html: string) => /<span class="site-org">([^<]*)<\/span>/.exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

async function welcomeOn(url: string, host: string): Promise<string | undefined> {
  const chat = await new HostDirectLine(url, host).generate();
  await chat.startWith({ locale: 'nl-NL' });
  return (await chat.botReplies())[0]?.text;
}

describe("a region's website names its organisation", function () {
  this.timeout(120_000);

  describe('by host name', () => {
    const server = useTestApp(sqliteDatabase, { WERKLOKET_REGIONS_DIR: twoRegionsDir(), ORGANISATION_NAME: ORGANISATION });

    it('chat page and statements: the organisation of the region whose host it is, else ORGANISATION_NAME', async () => {
      const url = server.app.url;
      const mu = await page(url, MIDDEN_UTRECHT_HOST);
      expect(header(mu)).to.equal('Werkcentrum Midden-Utrecht');
      expect(title(mu)).to.equal('Werkloket – hulp bij werk, leren en inkomen – Werkcentrum Midden-Utrecht');
      expect(mu).to.include('data-org="Werkcentrum Midden-Utrecht"');
      expect(header(await page(url, `${VOORBEELD_OOST_HOST.toUpperCase()}:8443`))).to.equal('Werkcentrum Voorbeeldregio Oost');
      expect(header(await page(url, 'www.werkloket.voorbeeld-oost.example', '/?lang=en'))).to.equal('Werkcentrum Voorbeeldregio Oost');
      expect(await page(url, VOORBEELD_OOST_HOST, '/privacy')).to.include('Werkcentrum Voorbeeldregio Oost');
      const other = await page(url, '127.0.0.1');
      expect(header(other)).to.equal(ORGANISATION);
      expect(other).not.to.include('Midden-Utrecht');
    });

    it("the bot's welcome names the organisation of the website's region, and only that", async () => {
      const url = server.app.url;
      expect(await welcomeOn(url, MIDDEN_UTRECHT_HOST)).to.equal('Hallo! Ik ben Werkloket, de digitale hulp van Werkcentrum Midden-Utrecht.');
      expect(await welcomeOn(url, VOORBEELD_OOST_HOST)).to.equal('Hallo! Ik ben Werkloket, de digitale hulp van Werkcentrum Voorbeeldregio Oost.');
      expect(await welcomeOn(url, 'localhost')).to.equal('Hallo! Ik ben Werkloket, de digitale hulp van het Werkcentrum in jouw regio.');
    });
  });

  describe('by configuration (WERKLOKET_REGION)', () => {
    let graph: MockGraph;
    let database: TestDatabase;
    let app: App;
    before(async () => {
      graph = await MockGraph.start();
      database = sqliteDatabase();
      app = await startTestApp(database.url, { ...whatsAppEnv(graph), WERKLOKET_REGIONS_DIR: twoRegionsDir(), WERKLOKET_REGION: 'voorbeeld-oost', ORGANISATION_NAME: ORGANISATION });
    });
    after(async () => {
      await app?.close();
      await database?.drop();
      await graph?.close();
    });

    it('names the configured region where no host decides; a region host still decides', async () => {
      const url = app.url;
      expect(header(await page(url, 'werk.elders.example'))).to.equal('Werkcentrum Voorbeeldregio Oost');
      expect(header(await page(url, MIDDEN_UTRECHT_HOST))).to.equal('Werkcentrum Midden-Utrecht');
      expect(await welcomeOn(url, '127.0.0.1')).to.equal('Hallo! Ik ben Werkloket, de digitale hulp van Werkcentrum Voorbeeldregio Oost.');
      expect(await welcomeOn(url, MIDDEN_UTRECHT_HOST)).to.equal('Hallo! Ik ben Werkloket, de digitale hulp van Werkcentrum Midden-Utrecht.');
    });

    it('WhatsApp (no host name): the configured region greets and is stored when the seeker consents', async () => {
      const chat = whatsAppChat(app, graph, '31612345678');
      expect((await chat.say('hallo')).text).to.include('Hallo! Ik ben Werkloket, de digitale hulp van Werkcentrum Voorbeeldregio Oost.');
      expect((await chat.say('Ik zoek werk')).text).to.match(/Mag ik je antwoorden bewaren/);
      expect((await chat.say('ja')).text).to.match(/Wat past het best bij jou/);
      const seeker = await app.db.seeker.findFirstOrThrow({ where: { channel: 'whatsapp' } });
      expect(seeker.regionId).to.equal('voorbeeld-oost');
    });

    it('an unknown WERKLOKET_REGION stops start-up with the variable and the known regions named', async () => {
      const database = sqliteDatabase();
      try {
        const error = await startTestApp(database.url, { WERKLOKET_REGIONS_DIR: twoRegionsDir(), WERKLOKET_REGION: 'zuid-holland-centraal' }).then(
          async (app) => {
            await app.close();
            return undefined;
          },
          (e: unknown) => e,
        );
        expect(error).to.be.instanceOf(ConfigError);
        expect((error as Error).message).to.match(/WERKLOKET_REGION="zuid-holland-centraal": expected one of the regions in .*: midden-utrecht, voorbeeld-oost/);
      } finally {
        await database.drop();
      }
    });
  });
});
