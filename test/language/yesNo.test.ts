import { expect } from 'chai';
import { parseYesNo, YesNo } from '../../src/language';

describe('language/yesNo', () => {
  const cases: [string, YesNo | undefined][] = [
    ['ja', 'yes'], ['Ja!', 'yes'], ['JA', 'yes'], ['jaaaa', 'yes'], ['jazeker', 'yes'], ['Jazeker!', 'yes'],
    ['ja zeker', 'yes'], ['klopt', 'yes'], ['Klopt!', 'yes'], ['dat klopt', 'yes'], ['klopt helemaal', 'yes'],
    ['jep', 'yes'], ['jup', 'yes'], ['yes', 'yes'], ['yess', 'yes'], ['yeah', 'yes'], ['👍', 'yes'], ['👍🏽', 'yes'],
    ['okee', 'yes'], ['oké', 'yes'], ['ok', 'yes'], ['is goed', 'yes'], ['prima', 'yes'], ['top', 'yes'],
    ['ja hoor 👍', 'yes'], ['ja, maar niet op zondag', 'yes'], ['geen probleem', 'yes'], ['natuurlijk', 'yes'],
    ['graag', 'yes'], ['ja graag', 'yes'], ['doe maar', 'yes'], ['klopy', 'yes'], ['jazekr', 'yes'], ['j', 'yes'],
    ['sure', 'yes'], ['of course', 'yes'], ['correct', 'yes'], ['akkoord', 'yes'],
    ['nee', 'no'], ['Nee.', 'no'], ['neeeee', 'no'], ['nope', 'no'], ['liever niet', 'no'], ['niet', 'no'],
    ['no', 'no'], ['No thanks', 'no'], ['nee dat klopt niet', 'no'], ['dat klopt niet', 'no'], ['klopt niet', 'no'],
    ['👎', 'no'], ['❌', 'no'], ['ja nee', 'no'], ['natuurlijk niet', 'no'], ['zeker niet', 'no'], ['niet echt', 'no'],
    ['nee, dat wil ik niet', 'no'], ['dat wil ik niet', 'no'], ['nee graag niet', 'no'], ['uhm nee, is goed zo', 'no'],
    ['Nee hoor, prima zo', 'no'], ['dat wil ik wel', 'yes'], ['graag!', 'yes'],
    ['nee hoor', 'no'], ['helaas niet', 'no'], ['ik heb geen rijbewijs', 'no'], ['nooit', 'no'], ['n', 'no'],
    ['weet ik niet', 'unknown'], ['Weet ik niet', 'unknown'], ['geen idee', 'unknown'], ['misschien', 'unknown'],
    ['niet zeker', 'unknown'], ['ik weet het niet zeker', 'unknown'], ["i don't know", 'unknown'], ['not sure', 'unknown'],
    ['maybe', 'unknown'], ['🤷‍♀️', 'unknown'], ['weet niet', 'unknown'], ['hangt ervan af', 'unknown'], ['idk', 'unknown'],
    ['hmm', undefined], ['hallo', undefined], ['', undefined], ['🚗', undefined], ['32 uur', undefined],
    ['ik zoek werk in de zorg', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(parseYesNo(input)).to.equal(expected));
  }
});
