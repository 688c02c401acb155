import { expect } from 'chai';
import { detectSensitive, SensitiveSignal } from '../../src/language';

const crisis: SensitiveSignal = { kind: 'crisis', priority: 'urgent' };
const violence: SensitiveSignal = { kind: 'violence', priority: 'high' };
const danger: SensitiveSignal = { kind: 'violence', priority: 'urgent' };
const debt: SensitiveSignal = { kind: 'debt', priority: 'high' };
const homeless: SensitiveSignal = { kind: 'homeless', priority: 'high' };

describe('language/sensitive', () => {
  const cases: [string, SensitiveSignal | undefined][] = [
    ['zelfmoord', crisis], ['Ik denk aan zelfmoord', crisis], ['ik wil dood', crisis], ['ik wil er een eind aan maken', crisis],
    ['ik wil er een einde aan maken', crisis], ['ik zie het niet meer zitten', crisis], ['Ik zie het echt niet meer zitten...', crisis],
    ['ik wil niet meer leven', crisis], ['suicide', crisis], ['I want to kill myself', crisis], ['ik wil mezelf iets aandoen', crisis],
    ['suïcidaal', crisis], ['het leven heeft geen zin meer', crisis],
    ['ik werk in de zelfmoordpreventie maar zie het zelf niet meer zitten', crisis],
    ['huiselijk geweld', violence], ['hij slaat me', violence], ['mijn man slaat mij', violence], ['ik word bedreigd', violence],
    ['ik ben bang voor mijn ex', violence], ['ik ben niet veilig thuis', danger], ['ik ben in gevaar', danger],
    ['ik heb schulden', debt], ['Ik heb veel schulden', debt], ['de deurwaarder staat voor de deur', debt],
    ['ik kan de huur niet betalen', debt], ['huurachterstand', debt], ['ik zoek werk want ik heb schulden', debt],
    ['ik werk als schuldhulpverlener maar heb zelf ook schulden', debt], ['beslag op mijn loon', debt],
    ['I am in debt', debt], ['ik ben dakloos', homeless], ['ik slaap in mijn auto', homeless], ['ik ben uit huis gezet', homeless],
    // Work context or ordinary words:
    ['ik werkte bij de schuldhulpverlening', undefined], ['ik heb als deurwaarder gewerkt', undefined],
    ['ik heb 5 jaar mensen met schulden geholpen', undefined], ['ik werkte in de opvang voor huiselijk geweld', undefined],
    ['mijn vader is dood', undefined], ['ik zoek een baan in de zorg', undefined], ['ik heb zelfmoordpreventie gedaan', undefined],
    ['ik ben doodmoe', undefined], ['geen idee', undefined], ['32 uur', undefined], ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}`, () => expect(detectSensitive(input)).to.deep.equal(expected));
  }
});
