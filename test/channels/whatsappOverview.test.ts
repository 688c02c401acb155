// "Neem je overzicht mee" on WhatsApp against the real server and a fake Graph API: the overview
// as a text message, the PDF uploaded as media and sent as a document message, and the share code.
import { expect } from 'chai';
import type { App } from '../../src/app';
import type { MockGraph } from './helpers/mockGraph';
import { textOf, type GraphBody } from './helpers/mockGraph';
import { WhatsAppSeeker } from './helpers/whatsapp';
import { useWhatsAppServer } from './helpers/whatsappServer';
import { TO_END, TO_JOB } from '../dialogs/intakeScript';

const PHONE = '31687654321';
const joined = (bodies: GraphBody[]) => bodies.map(textOf).join('\n');

describe('WhatsApp: the overview as text and as a PDF document (SQLite)', function () {
  this.timeout(120_000);
  const server = useWhatsAppServer();
  let graph: MockGraph;
  let app: App;
  before(() => ({ graph, app } = server));

  it('after the proposals, "overzicht" sends the overview text, then the PDF as an uploaded document; "ja" gives a code', async () => {
    const seeker = new WhatsAppSeeker(app.url, graph, PHONE);
    await seeker.say('hallo');
    const steps = [...TO_JOB, ['20 jaar orderpicker', /Welk beroep/], ['orderpicker', /orderpicker/], ['nee', /hoogste diploma/], ...TO_END, ['nee', /Klopt dit\?/]] as [string, RegExp][];
    for (const [input, expected] of steps) expect(joined(await seeker.say(input)), input).to.match(expected);
    expect(joined(await seeker.say('ja'))).to.match(/Neem je overzicht mee\. Typ "overzicht"/);

    const replies = await seeker.say('overzicht');
    const overview = replies.find((r) => r.type === 'text' && /\*Mijn overzicht\*/.test(r.text!.body));
    expect(overview?.text?.body).to.match(/\*Wat je vertelde\*[\s\S]*orderpicker \(20 jaar\)[\s\S]*\*Voorstellen\*[\s\S]*Volgende stap:/);
    const document = replies.find((r) => r.type === 'document');
    // Uploaded first (multipart with the PDF bytes), then sent by media id, not by our link.
    expect(document?.document).to.deep.include({ id: 'media.1', caption: 'Je overzicht als PDF' });
    expect(document?.document?.filename).to.match(/^mijn-overzicht-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(document?.document?.link).to.equal(undefined);
    const upload = graph.uploads[0].toString('latin1');
    expect(upload).to.include('name="messaging_product"').and.include('application/pdf').and.include('%PDF-1.7');
    expect(joined(replies)).to.match(/Wil je een code voor de organisatie\?/);

    const code = /Je code is: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(joined(await seeker.say('ja')))?.[1];
    expect(code).to.be.a('string');
    const res = await fetch(`${app.url}/overzicht`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ code: code!, organisation: 'Gemeente Utrecht' }).toString() });
    expect(res.status).to.equal(200);
    expect(await res.text()).to.include('orderpicker (20 jaar)');
    expect(joined(await seeker.say('code intrekken'))).to.match(/Je code werkt niet meer/);
  });
});
