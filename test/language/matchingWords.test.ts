// "Ik wil niet meer voorgesteld worden" and "stel me voor aan werkgevers" in the words seekers use
// (written from how people say it, not from the patterns), and ordinary answers that must not be
// taken for either: job wishes, the proposals' own buttons, the share code, the profile consent.
import { expect } from 'chai';
import { saysStartMatching, saysStopMatching } from '../../src/language/matchingWords';

const STOP = [
  'ik wil niet meer voorgesteld worden',
  'Ik wil NIET meer voorgesteld worden!',
  'ik wil eigenlijk toch niet aan een werkgever voorgesteld worden',
  'stop maar met die vacatures',
  'geen vacatures meer graag',
  'ik wil mijn toestemming voor vacatures intrekken',
  'trek mijn toestemming voor de werkgevers maar in',
  'stop de bemiddeling',
  'niet meer bemiddelen aub',
  'ik wil niet meer gematcht worden met werkgevers',
  "I don't want to be introduced anymore",
  'please stop matching me',
  'no more vacancies please',
  'withdraw my consent for vacancies',
  'do not introduce me to employers',
];
const START = [
  'stel me toch maar voor aan werkgevers',
  'ik wil wel voorgesteld worden',
  'laat me de vacatures maar zien',
  'introduce me to employers',
  "I'd like to be matched after all",
];
const NEITHER = [
  'ja', 'nee', 'Ja, stel me voor', 'Nee, deze niet', 'Meer voorstellen', 'geen voorstellen meer nodig',
  'ik wil niet meer in de zorg werken', 'ik zoek werk als vacaturemanager', 'code intrekken', 'verwijder mijn gegevens',
  'ik werkte als bemiddelaar bij een uitzendbureau', 'stop', 'ik wil geen nachtdiensten meer',
  'ik wil mijn toestemming intrekken voor het bewaren van mijn antwoorden',
];

describe('matching at any moment: withdraw and opt in', () => {
  for (const text of STOP) it(`"${text}" withdraws`, () => {
    expect(saysStopMatching(text)).to.equal(true);
    expect(saysStartMatching(text), 'never both').to.equal(false);
  });
  for (const text of START) it(`"${text}" opts in`, () => {
    expect(saysStartMatching(text)).to.equal(true);
    expect(saysStopMatching(text)).to.equal(false);
  });
  for (const text of NEITHER) it(`"${text}" is neither`, () => {
    expect(saysStopMatching(text)).to.equal(false);
    expect(saysStartMatching(text)).to.equal(false);
  });
});
