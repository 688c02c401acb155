// Employer personas end to end through the real bot: a small bakery with a vacancy, a care
// organisation hiring through the banenafspraak, a factory with 30 people at risk of dismissal.
// Only business facts are collected; an employer's handoff carries them for the advisor.
import { expect } from 'chai';
import type { HandoffStarter } from '../../src/dialogs/services';
import { buttons, Conversation, type Script, useSqliteDatabase } from '../helpers/conversation';

type Request = Parameters<HandoffStarter['start']>[1];

/** Records handoff requests instead of starting them (the real handoff is tested in test/advisor). */
function recordingHandoff(): HandoffStarter & { requests: Request[] } {
  const requests: Request[] = [];
  return { requests, start: async (_context, request) => void requests.push(request) };
}

const bakery: Script = {
  name: 'a small bakery with a vacancy ("wij hebben een vacature" at the menu)',
  steps: [
    ['wij hebben een vacature', /werkgeversservicepunt[\s\S]*geen namen[\s\S]*In welke sector werkt je bedrijf\?/],
    ['een bakkerij', /4 cijfers van de postcode/],
    ['3511 AB', /Hoeveel mensen werken er/],
    ['we zijn met 6 mensen', /Voor welk werk zoek je iemand\?/],
    [
      'verkoper in de bakkerij, 24 uur',
      (_replies, text) => {
        expect(text).to.match(/Vraag: Een vacature invullen\n- Sector: Winkel en ambacht\n- Postcode: 3511\n- Medewerkers: Minder dan 10\n- Werk: verkoper in de bakkerij, 24 uur/);
        expect(text).to.match(/1\. Kandidaten via het werkgeversservicepunt \(Werkgeversservicepunt[\s\S]*Volgende stap: Meld je vacature bij het werkgeversservicepunt[\s\S]*Wie beslist: Jij kiest wie je aanneemt[\s\S]*Bron: [^\n(]+ \(https:\/\//);
        // The three best first; the rest on "Meer voorstellen".
        expect(text).to.match(/2\. Je vacature op werk\.nl zetten \(UWV \(werk\.nl\)\)[\s\S]*3\. Zelf iemand opleiden met BBL/);
        expect(text).to.not.match(/4\. Proefplaatsing/);
        expect(text).to.match(/Wat wil je nu doen\?$/);
      },
    ],
    ['Meer voorstellen', /4\. Proefplaatsing[\s\S]*Wat wil je nu doen\?$/],
    ['Hoe ga ik verder?', /Neem contact op met de organisatie/],
  ],
};

const careOrganisation: Script = {
  name: 'a care organisation that wants to hire through the banenafspraak (buttons, a name refused)',
  steps: [
    ['Ik ben werkgever', (replies, text) => {
      expect(text).to.match(/werkgeversservicepunt[\s\S]*Waar kan ik je bedrijf mee helpen\?/);
      expect(buttons(replies)).to.include('Iemand aannemen die extra steun nodig heeft');
    }],
    ['we willen iemand via de banenafspraak aannemen', /In welke sector/],
    ['zorgorganisatie', /postcode/],
    ['5611', /Hoeveel mensen/],
    ['250 of meer', /Voor welk werk/],
    ['meneer Jansen wil graag bij ons komen werken', /Deel geen namen[\s\S]*Voor welk werk zoek je iemand\?/],
    [
      'hulp op de afdeling, 20 uur',
      (_replies, text) => {
        expect(text).to.match(/Vraag: Iemand aannemen die extra steun nodig heeft[\s\S]*Sector: Zorg en welzijn[\s\S]*Medewerkers: 250 of meer/);
        expect(text).to.match(/1\. Advies en kandidaten voor inclusief werkgeven \(Werkgeversservicepunt/);
        expect(text).to.match(/2\. Banenafspraak: kandidaten uit het doelgroepregister \(UWV \(doelgroepregister\) en het werkgeversservicepunt\)[\s\S]*UWV beslist wie in het doelgroepregister staat/);
        expect(text).to.match(/3\. Loonkostensubsidie van de gemeente \(Gemeente\)/);
        expect(text).to.not.match(/Mobiliteitsbonus|No-riskpolis/);
      },
    ],
    ['meer voorstellen', /andere voorstellen:\n4\. No-riskpolis bij ziekte \(UWV\)[\s\S]*Wat wil je nu doen\?$/],
  ],
};

const factory: Script = {
  name: 'a factory with 30 people at risk of dismissal',
  steps: [
    ['Ik ben werkgever', /Waar kan ik je bedrijf mee helpen/],
    ['Personeel dreigt ontslag', /sector/],
    ['fabriek', /postcode/],
    ['7511', /Hoeveel mensen/],
    ['ongeveer 400', /Hoeveel medewerkers dreigen hun baan te verliezen\?/],
    ['Jan de Vries en Piet van Dijk', /Deel geen namen/],
    [
      '30 mensen',
      (_replies, text) => {
        expect(text).to.match(/Medewerkers met kans op ontslag: 30/);
        expect(text).to.match(/1\. Collectief ontslag melden bij UWV en de vakbonden \(UWV\)[\s\S]*2\. Van werk naar werk via het werkgeversservicepunt[\s\S]*3\. Transitievergoeding gebruiken voor scholing naar ander werk/);
        expect(text).to.not.match(/Mobiliteitsteam|SLIM/);
      },
    ],
    ['more', /O&O-fonds/],
  ],
};

describe('employer personas, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  for (const script of [bakery, careOrganisation, factory]) {
    it(script.name, async () => {
      const conversation = await Conversation.open(db());
      await conversation.start();
      await conversation.run(script.steps);
      // Business facts only: nothing is stored about the employer as a seeker.
      expect(await conversation.parts.seekers.find({ channel: 'test', userId: conversation.userId, conversationId: conversation.conversationId })).to.equal(undefined);
    });
  }

  it('the care organisation asks for an employer advisor: the handoff carries the business facts', async () => {
    const handoff = recordingHandoff();
    const conversation = await Conversation.open(db(), { handoff });
    await conversation.start();
    await conversation.run([...careOrganisation.steps, ['Praten met een werkgeversadviseur', () => undefined]]);
    expect(handoff.requests).to.have.length(1);
    expect(handoff.requests[0]).to.include({ reason: 'asked', audience: 'employer' });
    expect(handoff.requests[0].detail).to.equal(
      'werkgever · Iemand aannemen die extra steun nodig heeft · sector: Zorg en welzijn · postcode 5611 · 250 of meer medewerkers · werk: hulp op de afdeling, 20 uur',
    );
  });

  it('"ik wil een mens spreken" in the middle of the employer questions: an employer handoff with the facts so far', async () => {
    const handoff = recordingHandoff();
    const conversation = await Conversation.open(db(), { handoff });
    await conversation.start();
    await conversation.run([...factory.steps.slice(0, 3), ['ik wil een mens spreken', () => undefined]]);
    expect(handoff.requests[0]).to.deep.include({ audience: 'employer', detail: 'werkgever · Personeel dreigt ontslag · sector: Industrie en techniek' });
  });

  it('a seeker asking for a person is not an employer', async () => {
    const handoff = recordingHandoff();
    const conversation = await Conversation.open(db(), { handoff });
    await conversation.start();
    await conversation.run([['Ik zoek werk', /bewaren/], ['ik wil een mens spreken', () => undefined]]);
    expect(handoff.requests[0].audience).to.equal(undefined);
  });

  it('a question in the middle of the employer questions is answered, then the same question again', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik ben werkgever', /Waar kan ik je bedrijf mee helpen/],
      ['Iemand aannemen die extra steun nodig heeft', /sector/],
      ['wat is de no-riskpolis?', /Ziektewet-uitkering[\s\S]*Zullen we verder gaan met de vragen\?[\s\S]*In welke sector/],
      ['horeca', /postcode/],
      ['terug', /In welke sector/],
      ['opnieuw', /beginnen opnieuw[\s\S]*werkgeversservicepunt[\s\S]*Waar kan ik je bedrijf mee helpen/],
    ]);
  });

  const MENU_TEXTS: [string, RegExp][] = [
    ['wij zoeken personeel', /Het werkgeversservicepunt in je regio/],
    ['ik wil iemand aannemen', /Het werkgeversservicepunt in je regio/],
    ['mijn bedrijf moet 30 mensen ontslaan', /Het werkgeversservicepunt in je regio[\s\S]*In welke sector/],
    ['kan ik hier personeel vinden?', /Het werkgeversservicepunt in je regio/],
    ['ik zoek een vacature', /Mag ik je antwoorden bewaren\?/],
    ['ik zoek werk als kok', /Mag ik je antwoorden bewaren\?/],
  ];
  for (const [text, expected] of MENU_TEXTS) {
    it(`at the menu, "${text}" chooses the right route`, async () => {
      const conversation = await Conversation.open(db());
      await conversation.start();
      await conversation.run([[text, expected]]);
    });
  }

  it('"terug" at the first employer question goes back to the menu', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik ben werkgever', /Waar kan ik je bedrijf mee helpen/],
      ['terug', /Zoek je werk, of ben je werkgever\?/],
      ['ik zoek werk', /bewaren/],
    ]);
  });

  it('in English: an employer with a vacancy', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['English please', /are you an employer/],
      ['we are hiring', /employer service point[\s\S]*Which sector/],
      ['hospitality', /postcode/],
      ['1012', /How many people/],
      ['12', /What work are you looking for someone for\?/],
      ['cook, 32 hours', /Question: Filling a vacancy[\s\S]*Sector: Hospitality and recreation[\s\S]*1\. Candidates through the werkgeversservicepunt[\s\S]*Who decides: You choose whom you hire/],
    ]);
  });
});
