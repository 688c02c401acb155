// Questions and small talk at any moment, through the real bot (issue 14): after "Hoe ga ik
// verder?" (the intake has ended), at the end menu of the intake and of the employer route, and at
// the front-door menu. A question is answered and then the menu is offered, never the greeting
// instead; free text at the end menu gets a kind word and the buttons, not "Sorry" in a loop.
import { expect } from 'chai';
import { answerAndConfirm, buttons, Conversation, type Step, useSqliteDatabase } from '../helpers/conversation';

const STEP = (n: number) => new RegExp(`Stap ${n} van 7`);
const GREETING = /Ik ben Werkloket/;
// "Meer voorstellen" first: this seeker has more than the three proposals shown.
const END_BUTTONS = ['Meer voorstellen', 'Hoe ga ik verder?', 'Praten met een adviseur', 'Opnieuw beginnen'];

/** The WW persona of personas.test.ts, to the proposals and the end menu. */
export const TO_PROPOSALS: Step[] = [
  ['Ik zoek werk', /Mag ik je antwoorden bewaren\?/],
  ['ja', STEP(1)],
  ['ik zit in de ww', /Tot wanneer krijg je WW\?/],
  ['tot 1 september', /tot 1 september 2027/],
  ['€ 1.800 per maand', STEP(2)],
  ['10 jaar heftruckchauffeur bij een distributiecentrum', /Welk beroep past het best/],
  ['heftruckchauffeur', /Je werkte 10 jaar als heftruckchauffeur/],
  ['nee', /hoogste diploma/],
  ['vmbo', /Nederlands/],
  ['moedertaal', /Hoe oud ben je\?/],
  ['58', /rijbewijs/],
  ['ja', /gezondheid/],
  ['nee', STEP(5)],
  ['iets wat erop lijkt', /Hoeveel uur/],
  ['32 uur', /postcode/],
  ['3511 AB', /Hoe lang wil je hoogstens reizen/],
  ['een half uur', /beginnen/],
  ['zo snel mogelijk', /opleiding/],
  ['ja', /Hoe lang/],
  ...answerAndConfirm('tot een half jaar', /Stap 7 van 7[\s\S]*Wat wil je nu doen\?/),
];

const joined = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('questions at any moment, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  async function atProposals(): Promise<Conversation> {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(TO_PROPOSALS);
    return conversation;
  }

  it('after "Hoe ga ik verder?" a question is answered, then the menu without the greeting', async () => {
    const conversation = await atProposals();
    await conversation.run([['Hoe ga ik verder?', /Neem contact op[\s\S]*Heb je nog een vraag\? Typ hem gerust hier\./]]);
    const replies = await conversation.say('mag ik een opleiding volgen met een WW-uitkering?');
    const text = joined(replies);
    expect(text).to.match(/toestemming aan UWV[\s\S]*Wie beslist of het zeker weet: UWV[\s\S]*Zoek je werk, of ben je werkgever\?/);
    expect(text).to.not.match(GREETING);
    expect(buttons(replies)).to.include('Ik zoek werk');
    // A second question at that menu is answered too; "dank je" gets a kind word, not "begreep ik niet".
    await conversation.run([
      ['hoe vraag ik ww aan?', /werk\.nl met je DigiD[\s\S]*Zoek je werk, of ben je werkgever\?/],
      ['dank je wel!', (_r, t) => expect(t).to.match(/^Graag gedaan![\s\S]*Zoek je werk/).and.not.match(/begreep/)],
    ]);
  });

  it('after the intake ended, a clear question the bot cannot answer gets an honest "not sure" and the menu, not the greeting', async () => {
    const conversation = await atProposals();
    await conversation.run([['Hoe ga ik verder?', /Neem contact op/]]);
    const text = joined(await conversation.say('hoeveel WW krijg ik precies?'));
    expect(text).to.match(/Dat weet ik niet zeker[\s\S]*UWV[\s\S]*Zoek je werk, of ben je werkgever\?/);
    expect(text).to.not.match(GREETING);
  });

  it('after the intake ended, "dank je" and "oké" get a kind word and the menu', async () => {
    const conversation = await atProposals();
    await conversation.run([
      ['Hoe ga ik verder?', /Neem contact op/],
      ['bedankt!', (_r, t) => expect(t).to.match(/^Graag gedaan![\s\S]*Zoek je werk/).and.not.match(GREETING)],
      ['oké', (_r, t) => expect(t).to.match(/^Graag gedaan!/)],
    ]);
  });

  it('at the end menu: a question is answered and the buttons come back; free text never loops on "Sorry"', async () => {
    const conversation = await atProposals();
    const answered = await conversation.say('mag ik een cursus volgen als ik ww heb?');
    expect(joined(answered)).to.match(/toestemming aan UWV[\s\S]*Wat wil je nu doen\?/);
    expect(buttons(answered)).to.deep.equal(END_BUTTONS);
    const thanks = await conversation.say('top, dank je');
    expect(joined(thanks)).to.match(/^Graag gedaan![\s\S]*Wat wil je nu doen\?/);
    expect(buttons(thanks)).to.deep.equal(END_BUTTONS);
    const first = await conversation.say('ik denk er nog even over na');
    expect(joined(first)).to.match(/Kies hieronder wat je wilt doen\. Je kunt me ook een vraag stellen/).and.not.match(/Sorry/);
    expect(buttons(first)).to.deep.equal(END_BUTTONS);
    const second = await conversation.say('weet niet');
    expect(joined(second)).to.match(/Kom je er niet uit\? Kies dan "Praten met een adviseur"/).and.not.match(/Sorry/);
    expect(buttons(second)).to.deep.equal(END_BUTTONS);
    // The buttons still work after all that.
    await conversation.run([['Hoe ga ik verder?', /Neem contact op/]]);
  });

  it('the employer route: after its end a question is answered, then the menu', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['wij hebben een vacature', /In welke sector werkt je bedrijf\?/],
      ['een bakkerij', /postcode/],
      ['3511 AB', /Hoeveel mensen werken er/],
      ['we zijn met 6 mensen', /Voor welk werk zoek je iemand\?/],
      ['verkoper in de bakkerij, 24 uur', /Wat wil je nu doen\?$/],
      ['dank je', /^Graag gedaan![\s\S]*Wat wil je nu doen\?$/],
      ['Hoe ga ik verder?', /Neem contact op met de organisatie[\s\S]*Heb je nog een vraag\?/],
    ]);
    const text = joined(await conversation.say('wat is een proefplaatsing?'));
    expect(text).to.match(/proefplaatsing[\s\S]*UWV[\s\S]*Zoek je werk, of ben je werkgever\?/i);
    expect(text).to.not.match(GREETING);
  });

  it('at the front-door menu "dank je" gets a kind word, not "begreep ik niet"', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([['dankjewel', (_r, t) => expect(t).to.match(/^Graag gedaan![\s\S]*Zoek je werk/).and.not.match(/begreep/)]]);
  });
});

describe('a first message in English switches to English (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  const firstMessages: [string, RegExp][] = [
    ['Hello, do you speak English?', /continue in English[\s\S]*Hello! I am Werkloket[\s\S]*Are you looking for work/],
    ['hi, I only speak english', /continue in English[\s\S]*Are you looking for work/],
    ['Good morning, can you help me find work?', /continue in English[\s\S]*May I keep your answers\?/],
    ['I am looking for a job', /continue in English[\s\S]*May I keep your answers\?/],
  ];
  for (const [message, expected] of firstMessages) {
    it(`"${message}" after the welcome, and as the very first message`, async () => {
      const welcomed = await Conversation.open(db());
      await welcomed.start();
      await welcomed.run([[message, expected]]);
      const cold = await Conversation.open(db());
      await cold.run([[message, expected]]);
    });
  }

  it('the intake then goes on in English, and Dutch first messages stay Dutch', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Good morning, can you help me find work?', /May I keep your answers\?/],
      ['yes', /Step 1 of 7/],
    ]);
    for (const dutch of ['ik zoek werk', 'Goedemorgen, kunt u mij helpen met werk?', 'hoi ik wil een job']) {
      const other = await Conversation.open(db());
      await other.start();
      expect(joined(await other.say(dutch)), dutch).to.not.match(/continue in English/);
    }
  });
});
