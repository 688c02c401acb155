// Bemiddeling over the real server: an employer leaves a vacancy in the website chat (Direct Line,
// both databases) and on WhatsApp; employees join a van werk naar werk group by the website link
// (the code with the conversation's start) and by typing the code on WhatsApp.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { MediationStore } from '../../src/db/mediationStore';
import { startTestApp } from '../helpers/app';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { expectStoredVacancy, VACANCY_STEPS } from '../helpers/employerVacancy';
import { textOf, type GraphBody, type MockGraph } from './helpers/mockGraph';
import { WhatsAppSeeker } from './helpers/whatsapp';
import { useWhatsAppServer } from './helpers/whatsappServer';

const joined = (replies: GraphBody[]) => replies.map(textOf).join('\n');

async function makeGroup(app: App): Promise<{ id: string; code: string }> {
  const store = new MediationStore(app.db);
  const employer = await store.createEmployer({ organisation: 'Fabriek Oost', contact: { name: 'Piet Jansen', phone: '0301234567' }, consentVersion: 'employer-mediation-v1' });
  return store.createGroup({ employerId: employer.id, headcount: 25, work: 'productiemedewerkers', arrangement: { trainingPaid: true } });
}

for (const provider of bothProviders) {
  describe(`bemiddeling in the website chat, Direct Line on the real server (${provider.name})`, function () {
    this.timeout(120_000);
    let database: TestDatabase;
    let app: App;
    before(async () => {
      database = await provider.make();
      app = await startTestApp(database.url);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    it('an employer leaves a vacancy: stored as a draft with the contact person', async () => {
      const client = await new DirectLineClient(app.url).generate();
      await client.start();
      await client.poll();
      for (const [input, expected] of VACANCY_STEPS) {
        await client.say(input);
        const text = (await client.botReplies()).map((a) => a.text ?? '').join('\n');
        expect(text, `after "${input}"`).to.match(expected);
      }
      await expectStoredVacancy(app.db);
    });

    it('the link "/?code=…": the code comes with the start, the employee is tagged after consent', async () => {
      const group = await makeGroup(app);
      const client = await new DirectLineClient(app.url).generate();
      // What public/chat.js posts for a page opened with ?code= (lower case, as a link may be typed).
      const res = await client.request('POST', '/v3/directline/conversations', { locale: 'nl-NL', groupCode: group.code.toLowerCase() });
      expect(res.status).to.be.oneOf([200, 201]);
      const greeting = (await client.botReplies()).map((a) => a.text ?? '').join('\n');
      expect(greeting).to.match(/Je werkgever gaf je deze code[\s\S]*Mag ik je antwoorden bewaren\?/);
      await client.say('ja');
      expect((await client.botReplies()).map((a) => a.text).join('\n')).to.match(/Stap 1 van 7/);
      expect(await app.db.seeker.count({ where: { groupId: group.id } })).to.equal(1);
      // The page sends the code only on a new conversation's start.
      expect(await (await fetch(`${app.url}/chat.js`)).text()).to.include('groupCode');
    });
  });
}

describe('bemiddeling on WhatsApp (SQLite)', function () {
  this.timeout(120_000);
  const server = useWhatsAppServer();
  let graph: MockGraph;
  let app: App;
  before(() => ({ graph, app } = server));

  it('an employer leaves a vacancy by typing the answers', async () => {
    const employer = new WhatsAppSeeker(app.url, graph, '31611111111');
    for (const [input, expected] of VACANCY_STEPS) expect(joined(await employer.say(input)), `after "${input}"`).to.match(expected);
    await expectStoredVacancy(app.db);
    const [row] = await app.db.employer.findMany();
    expect(row.channel).to.equal('whatsapp');
    // Pseudonymous: the phone number is nowhere in the employer's row.
    expect(JSON.stringify(row)).to.not.include('31611111111');
  });

  it('an employee types the code ("mijn code is …") and is tagged; a wrong code gets the normal start', async () => {
    const group = await makeGroup(app);
    const employee = new WhatsAppSeeker(app.url, graph, '31622222222');
    expect(joined(await employee.say(`mijn code is ${group.code}`))).to.match(/Je werkgever gaf je deze code[\s\S]*Mag ik je antwoorden bewaren\?/);
    expect(joined(await employee.say('ja'))).to.match(/Stap 1 van 7/);
    const members = await app.db.seeker.findMany({ where: { groupId: group.id } });
    expect(members).to.have.length(1);
    expect(members[0].channel).to.equal('whatsapp');

    const other = new WhatsAppSeeker(app.url, graph, '31633333333');
    expect(joined(await other.say('mijn code is ZZZZ-ZZZZ'))).to.match(/Die code ken ik niet[\s\S]*Zoek je werk, of ben je werkgever\?/);
  });
});
