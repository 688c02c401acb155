// The follow-up's words (issue 18): when to ask ("over 2 weken", "nee", "weet niet" = no follow-up)
// and the answer to "Is het gelukt bij …?" (done / not yet / failed / don't know), Dutch and English.
import { expect } from 'chai';
import { mentionsFollowUp, parseFollowUpAnswer, parseFollowUpDelay } from '../../src/language/followUpWords';

describe('follow-up words', () => {
  const delays: [string, number | 'no' | undefined][] = [
    ['Over 1 week', 7],
    ['Over 2 weken', 14],
    ['Over 4 weken', 28],
    ['In 2 weeks', 14],
    ['ja', 14],
    ['ja graag', 14],
    ['ja, over een week', 7],
    ['over een maand', 28],
    ['3 weken', 21],
    ['Nee, liever niet', 'no'],
    ['nee', 'no'],
    ['hoeft niet', 'no'],
    ['weet niet', 'no'],
    ['geen idee', 'no'],
    ['No, rather not', 'no'],
    ['over 10 weken', undefined],
    ['banaan', undefined],
  ];
  for (const [text, expected] of delays) it(`"${text}" → ${String(expected)} (when to ask)`, () => expect(parseFollowUpDelay(text)).to.equal(expected));

  const answers: [string, ReturnType<typeof parseFollowUpAnswer>][] = [
    ['Gelukt', 'done'],
    ['ja gelukt', 'done'],
    ['ja hoor', 'done'],
    ['👍', 'done'],
    ['ik heb een afspraak gemaakt', 'done'],
    ['It worked', 'done'],
    ['Nog niet', 'not-yet'],
    ['nee nog niet', 'not-yet'],
    ['ik wacht nog op antwoord', 'not-yet'],
    ['Not yet', 'not-yet'],
    ['Het lukte niet', 'failed'],
    ['nee het is niet gelukt', 'failed'],
    ['helaas niet', 'failed'],
    ['nee', 'failed'],
    ["it didn't work", 'failed'],
    ['weet ik niet', 'unknown'],
    ['geen idee', 'unknown'],
    ['banaan', undefined],
  ];
  for (const [text, expected] of answers) it(`"${text}" → ${String(expected)} (the answer)`, () => expect(parseFollowUpAnswer(text)).to.equal(expected));

  it('only words that can be about a follow-up are looked up in the middle of other things', () => {
    expect(['het is gelukt', 'het lukte niet', 'it worked', 'ja gelukt'].map(mentionsFollowUp)).to.deep.equal([true, true, true, true]);
    expect(['ja', 'nog niet', 'nee', 'ik werkte 10 jaar als orderpicker'].map(mentionsFollowUp)).to.deep.equal([false, false, false, false]);
  });
});
