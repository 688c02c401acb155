// "Klopt dit?" for a seeker who said a lot: more lines than WhatsApp's list holds (10 rows) and
// than Teams shows as buttons (6). Rendered from the real summary and button labels.
import { expect } from 'chai';
import { confirmItems } from '../../src/dialogs/confirmDialog';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import { summaryEntries } from '../../src/dialogs/summaryDialog';
import { renderMessage } from '../../src/channels/render';
import { renderTeams, CHOICE_INPUT } from '../../src/channels/renderers/teams';
import { renderWhatsApp, LIMITS } from '../../src/channels/renderers/whatsapp';
import { nl } from '../../src/texts/nl';

const FULL: IntakeAnswers = {
  situation: 'ww', benefitEnd: '2027-09-01', monthlyAmount: 1500, birthYear: 1968,
  jobs: [{ text: 'orderpicker', years: 20, occupation: { uri: 'u1', label: 'orderpicker' }, confirmed: true }, { text: 'kassamedewerker in een grote supermarkt aan de rand van de stad', years: 0.5 }],
  education: 'vmbo', foreignDiploma: true, healthLimits: 'yes',
  limits: { noHeavyWork: true, times: 'no-nights', maxTravelMinutes: 30, words: 'kan niet meer zwaar tillen' },
  interests: 'iets met dieren', hours: { min: 32, max: 32 }, postcode: '3511', start: 'now', trainingWilling: true,
};

describe('"Klopt dit?" with many lines, on every channel', () => {
  const entries = summaryEntries(FULL, { t: nl, locale: 'nl', now: new Date('2026-11-24T10:00:00Z') });
  const items = confirmItems(entries, nl);
  const message = renderMessage({ text: nl.confirm.question, choices: [{ value: 'yes', label: nl.confirm.yes }, ...items.map((i) => ({ value: i.question, label: i.label }))] });

  it('one button per question the lines came from; limits typed together are one button; halves of years shown', () => {
    expect(entries.map((e) => e.text)).to.include('kassamedewerker in een grote supermarkt aan de rand van de stad (0,5 jaar)');
    expect(items.map((i) => i.question)).to.deep.equal(['situation', 'amount', 'age', 'job', 'earlierJob', 'education', 'foreignDiploma', 'health', 'limits', 'travel', 'interest', 'hours', 'postcode', 'start', 'training']);
    for (const item of items) expect(item.label.length).to.be.at.most(60);
    expect(items.find((i) => i.question === 'earlierJob')!.label).to.match(/^Eerder werk: kassamedewerker .*…$/);
    expect(new Set(items.map((i) => i.label)).size).to.equal(items.length);
  });

  it('WhatsApp: more than 10 become numbered text with every line and the hint', () => {
    const [only, ...more] = renderWhatsApp(message, nl.whatsapp);
    expect(more).to.have.length(0);
    expect(only.type).to.equal('text');
    const body = (only as { text: { body: string } }).text.body;
    expect(body.length).to.be.at.most(LIMITS.text);
    expect(body).to.match(/^Klopt dit\?[\s\S]*\n1\. Ja, dit klopt\n2\. Situatie: WW-uitkering tot 1 september 2027\n/);
    expect(body).to.include(`${items.length + 1}. ${items.at(-1)!.label}`);
    expect(body).to.match(/Typ het nummer of je antwoord\.$/);
  });

  it('Teams: one card with a radio list of every line and an OK button', () => {
    const rendered = renderTeams(message);
    const card = rendered.attachments![0].content as { body: { type: string; id?: string; choices?: { title: string; value: string }[] }[]; actions: unknown[] };
    const list = card.body.find((b) => b.type === 'Input.ChoiceSet')!;
    expect(list.id).to.equal(CHOICE_INPUT);
    expect(list.choices!.map((c) => c.value)).to.deep.equal([nl.confirm.yes, ...items.map((i) => i.label)]);
    expect(card.actions).to.have.length(1);
  });
});
