// Half-English answers in a Dutch conversation, through the real bot (issue 14): every question
// of two intakes answered the way people mix languages ("I have WW", "mbo 2 I think", "fulltime
// please"); each answer moves on to the next question and ends up in the summary.
import { expect } from 'chai';
import { Conversation, type Step, useSqliteDatabase } from '../helpers/conversation';

const WW: Step[] = [
  ['Ik zoek werk', /Mag ik je antwoorden bewaren\?/],
  ['yes', /Stap 1 van 7/],
  ['I have WW', /Tot wanneer krijg je WW\?/],
  ['until september next year', /tot september 2027/],
  ['about 1500 euro', /€\s?1\.500[\s\S]*Stap 2 van 7/],
  ['5 jaar kok', /Welk beroep past het best/],
  ['kok', /5 jaar als kok[\s\S]*ander werk/],
  ['no', /hoogste diploma/],
  ['mbo 2 I think', /Nederlands/],
  ['not so good', /buitenland/],
  ['no I dont', /Hoe oud ben je/],
  ['I am 35', /ongeveer 35 jaar[\s\S]*rijbewijs/],
  ['yes I have', /gezondheid/],
  ['no problems', /Stap 5 van 7[\s\S]*Wat voor werk zoek je/],
  ['something similar', /Hoeveel uur/],
  ['fulltime please', /postcode/],
  ['3511', /reizen/],
  ['half an hour', /beginnen/],
  ['asap', /opleiding of cursus/],
  ['yes please', /Hoe lang mag een opleiding duren/],
  ['about a year', /Stap 7 van 7/],
];

const BIJSTAND: Step[] = [
  ['Ik zoek werk', /bewaren/],
  ['ok sure', /Stap 1 van 7/],
  ['I get bijstand', /per maand/],
  ['skip', /Stap 2 van 7/],
  ['I never worked', /hoogste diploma/],
  ['vmbo I think', /Nederlands/],
  ['a little bit', /buitenland/],
  ['no', /Hoe oud ben je/],
  ['I am 24 years old', /24 jaar[\s\S]*rijbewijs/],
  ["no I don't have one", /gezondheid/],
  ['I prefer not to say', /Stap 5 van 7/],
  ['something new', /Wat zou je graag willen doen/],
  ['something in de zorg', /Bedoel je een van deze beroepen/],
  ['Nee, iets anders', /Hoeveel uur/],
  ['parttime, 24 hours', /postcode/],
  ['skip', /beginnen/],
  ['within 3 months', /opleiding of cursus/],
  ["I don't know", /Stap 7 van 7/],
];

describe('half-English answers in a Dutch intake, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('WW, a cook: every answer understood, and the summary has them', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(WW.slice(0, -1));
    const text = (await conversation.say(WW.at(-1)![0])).map((r) => r.text).join('\n');
    expect(text).to.match(/WW-uitkering tot 1 september 2027[\s\S]*€\s?1\.500 per maand[\s\S]*35 jaar[\s\S]*kok \(5 jaar\)[\s\S]*Mbo 2[\s\S]*36-40 uur per week[\s\S]*Postcode 3511[\s\S]*Zo snel mogelijk[\s\S]*Opleiding doen: Ja/);
    expect(text).to.match(/Hoogstens 30 minuten reizen/);
    // A Dutch conversation stays Dutch however much English the answers hold.
    expect(text).to.not.match(/Step 7 of 7|continue in English/);
  });

  it('bijstand, never worked: every answer understood, the wish kept in own words', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(BIJSTAND.slice(0, -1));
    const text = (await conversation.say(BIJSTAND.at(-1)![0])).map((r) => r.text).join('\n');
    expect(text).to.match(/- Bijstand\n[\s\S]*24 jaar[\s\S]*Vmbo[\s\S]*Je wens: [^\n]*zorg[\s\S]*24 uur per week[\s\S]*Binnen 3 maanden/);
    expect(text).to.not.match(/Opleiding doen/);
  });
});
