import { expect } from 'chai';
import { detectInterruption, Interruption } from '../../src/language';

describe('language/interruptions', () => {
  const cases: [string, Interruption | undefined][] = [
    ['ik wil een mens spreken', 'human'], ['mag ik een medewerker', 'human'], ['adviseur', 'human'],
    ['kan ik iemand bellen', 'human'], ['bel me', 'human'], ['Bel mij aub', 'human'], ['echt persoon', 'human'],
    ['talk to a human', 'human'], ['Ik wil graag met iemand praten', 'human'], ['medewerkr aub', 'human'],
    ['kan ik een adviseur spreken?', 'human'], ['ik wil contact met een medewerker', 'human'],
    ['Ik snap er niks van, ik wil met een echt persoon praten alsjeblieft want dit lukt niet', 'human'],
    ['can someone call me', 'human'], ['real person please', 'human'],
    ['terug', 'back'], ['Terug!', 'back'], ['vorige vraag', 'back'], ['kan ik alsjeblieft even terug?', 'back'],
    ['ga terug', 'back'], ['go back', 'back'], ['een stap terug', 'back'],
    ['opnieuw', 'restart'], ['opnieuw beginnen', 'restart'], ['ik wil opnieuw beginnen alstublieft', 'restart'],
    ['start over', 'restart'], ['opnieuuw', 'restart'], ['helemaal opnieuw', 'restart'], ['begin opnieuw', 'restart'],
    ['stop', 'stop'], ['Stoppen', 'stop'], ['ik wil stoppen', 'stop'], ['stop met vragen', 'stop'], ['laat maar', 'stop'],
    ['help', 'help'], ['Help!', 'help'], ['hulp', 'help'], ['ik snap het niet', 'help'], ['?', 'help'], ['??', 'help'],
    ['ik begrijp de vraag niet', 'help'], ['wat bedoel je?', 'help'], ['kunt u mij helpen?', 'help'], ["I don't understand", 'help'],
    ['verwijder mijn gegevens', 'erase'], ['wis mijn gegevens', 'erase'], ['delete my data', 'erase'],
    ['Ik wil dat jullie al mijn gegevens verwijderen', 'erase'], ['gegevens verwijderen', 'erase'], ['vergeet mij', 'erase'],
    ['verwijdr mijn gegevens', 'erase'],
    ['English please', 'language-en'], ['in English', 'language-en'], ['english', 'language-en'], ['engels graag', 'language-en'],
    ['kan het in het engels?', 'language-en'], ["I don't speak Dutch", 'language-en'],
    ['Nederlands graag', 'language-nl'], ['in het Nederlands', 'language-nl'], ['dutch please', 'language-nl'], ['nederlands', 'language-nl'],
    ['terug naar de bot', 'back-to-bot'], ['back to the bot', 'back-to-bot'], ['terug naar de chatbot', 'back-to-bot'],
    // Ordinary answers, not commands:
    ['ik wil terug naar de zorg', undefined], ['ik heb hulp nodig bij solliciteren', undefined],
    ['ik werk graag met mensen', undefined], ['ik was adviseur bij de bank', undefined],
    ['ik heb als adviseur veel klanten gebeld', undefined], ['ik ben medewerker in de thuiszorg', undefined],
    ['ik wil stoppen met roken', undefined], ['ik ben gestopt met werken', undefined],
    ['ik spreek engels en nederlands', undefined], ['ja', undefined], ['32 uur', undefined], ['nee', undefined],
    ['ik ben klaar met school', undefined], ['ik help graag mensen', undefined], ['terugkeer naar werk', undefined],
    ['ik wil opnieuw een opleiding doen in de techniek', undefined], ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(detectInterruption(input)).to.equal(expected));
  }

  it('in free-text questions a lone job title is an answer, a request still counts', () => {
    expect(detectInterruption('adviseur', { freeText: true })).to.equal(undefined);
    expect(detectInterruption('medewerker', { freeText: true })).to.equal(undefined);
    expect(detectInterruption('ik wil een adviseur spreken', { freeText: true })).to.equal('human');
    expect(detectInterruption('terug', { freeText: true })).to.equal('back');
  });
});
