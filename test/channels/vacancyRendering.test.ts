// The vacancy offer on the website (Web Chat) and in Teams: the vacancy as the same Adaptive Card
// as a proposal (work, "Een werkgever bij jou in de buurt", why, next step), nothing about who the
// employer is, and the question with its two answers as buttons.
import { expect } from 'chai';
import type { Activity, Attachment } from 'botbuilder';
import { cardPlainText } from '../../src/channels/cardText';
import { renderMessage } from '../../src/channels/render';
import { renderTeams } from '../../src/channels/renderers/teams';
import { renderWebChat } from '../../src/channels/renderers/webchat';
import { offerLine, vacancyCard } from '../../src/dialogs/vacancyCards';
import type { VacancyOffer } from '../../src/dialogs/services';
import { en } from '../../src/texts/en';
import { nl } from '../../src/texts/nl';

const offer: VacancyOffer = { vacancyId: 'v1', what: 'heftruckchauffeur', hoursPerWeek: { min: 32, max: 32 }, place: 'Nieuwegein', nearby: true, reasons: ['Je deed dit werk al eerder.', 'Het werk is in jouw regio.'], missing: ['Je hebt een heftruckcertificaat nodig.'] };
const json = (a: Partial<Activity>) => JSON.stringify(a.attachments ?? []);

describe('the vacancy offer on the website and in Teams', () => {
  for (const [name, render] of [['website (Web Chat)', renderWebChat], ['Teams', renderTeams]] as const) {
    it(`${name}: an Adaptive Card with the work and why, then the question with two buttons`, () => {
      const card = vacancyCard(offer, nl, 'nl');
      const rendered = render(renderMessage({ text: cardPlainText(card), card }));
      const attachments = (rendered.attachments ?? []) as Attachment[];
      expect(attachments).to.have.length(1);
      expect(attachments[0].contentType).to.equal('application/vnd.microsoft.card.adaptive');
      const text = json(rendered);
      expect(text).to.include('Vacature: heftruckchauffeur').and.include('Een werkgever bij jou in de buurt').and.include('Je deed dit werk al eerder.').and.include('32 uur per week');
      expect(text).to.include('Een adviseur van het Werkcentrum kan je voorstellen aan de werkgever.');

      const question = render(renderMessage({ text: `${offerLine(offer, nl, 'nl')}\n${nl.mediation.offerQuestion}`, choices: [{ value: 'yes', label: nl.mediation.offerYes }, { value: 'no', label: nl.mediation.offerNo }] }));
      const all = JSON.stringify(question);
      expect(all).to.include('Een werkgever bij jou in de buurt zoekt een heftruckchauffeur, 32 uur per week.').and.include('Wil je dat een adviseur je voorstelt?');
      expect(all).to.include('Ja, stel me voor').and.include('Nee, deze niet');
    });
  }

  it('says the same in English', () => {
    expect(offerLine({ ...offer, nearby: false, hoursPerWeek: { min: 24, max: 32 } }, en, 'en')).to.equal('An employer in Nieuwegein is looking for a heftruckchauffeur, 24 to 32 hours a week.');
    expect(vacancyCard(offer, en, 'en').title).to.equal('Vacancy: heftruckchauffeur');
  });
});
