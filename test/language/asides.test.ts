// The words for asides beside an answer: a question about the bot's question, thanks, English.
import { expect } from 'chai';
import { isThanksOrOk, looksEnglish, questionAside } from '../../src/language';

describe('language: asides', () => {
  const ifNo = [
    'wat gebeurt er als ik nee zeg?', 'Wat gebeurd er als ik nee zeg', 'wat als ik niks invul?', 'en als ik geen antwoord geef?',
    'moet ik dit invullen?', 'hoef ik dit te beantwoorden?', 'is dit verplicht?', 'is deze vraag verplicht', 'mag ik dit overslaan?',
    'kan ik deze vraag overslaan', 'waarom moet ik dit invullen?', 'what if I say no?', "what happens if I don't answer",
    'do I have to answer this?', 'is this required?', 'can I skip this?', 'what happens if i refuse',
  ];
  const why = ['waarom vraag je dit?', 'waarom wil je dat weten', 'Waarom?', 'why do you ask this?', 'why', 'wat doe je daarmee?', 'wat heb je daaraan?'];
  const neither = ['nee', 'ja', 'weet ik niet', 'sla over', 'wat bedoel je?', 'hoe vraag ik ww aan?', '32 uur', 'ik wil niet zwaar tillen', 'geen idee', 'no'];

  for (const text of ifNo) it(`"${text}" asks what happens without an answer`, () => expect(questionAside(text)).to.equal('if-no'));
  for (const text of why) it(`"${text}" asks why`, () => expect(questionAside(text)).to.equal('why'));
  for (const text of neither) it(`"${text}" is no aside`, () => expect(questionAside(text)).to.equal(undefined));

  it('thanks and "ok" in both languages, not answers or questions', () => {
    for (const text of ['dank je', 'Dank je wel!', 'bedankt', 'heel erg bedankt', 'dankjewel', 'top', 'oké', 'ok 👍', 'thanks', 'thank you very much', 'super, bedankt', 'bedankt voor je hulp']) {
      expect(isThanksOrOk(text), text).to.equal(true);
    }
    for (const text of ['nee dank je', 'ja', 'ok maar hoe vraag ik ww aan', 'goed werk zoeken', 'dank je, ik wil een mens spreken', '']) expect(isThanksOrOk(text), text).to.equal(false);
  });

  it('English sentences read as English; Dutch ones, short ones and mixed answers with Dutch words do not', () => {
    for (const text of ['Hello, do you speak English?', 'hi, I only speak english', 'Good morning, can you help me find work?', 'I am looking for a job', 'Can someone help me?', 'I have WW']) {
      expect(looksEnglish(text), text).to.equal(true);
    }
    for (const text of ['ik zoek werk', 'Goedemorgen, kunt u mij helpen met werk?', 'hoi ik wil een job', 'hallo', 'WW', 'ik heb een vraag', 'help me', 'is er werk in de zorg', 'mbo 2 denk ik']) {
      expect(looksEnglish(text), text).to.equal(false);
    }
  });
});

describe('language: asides are questions, not answers that mention the words', () => {
  for (const text of ['ik weet niet waarom, maar iets met dieren', 'ik moet veel zeggen tegen klanten', 'ik werkte als verkoper, wat als ik nee zeg daar weet ik niks van']) {
    it(`"${text}"`, () => expect(questionAside(text)).to.equal(undefined));
  }
});
