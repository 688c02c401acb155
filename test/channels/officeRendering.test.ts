// Issue 18: a proposal that names the seeker's own office shows it on every channel — name,
// address, phone, opening hours, the appointment page and "Bekijk op de kaart" — within each
// channel's limits, the links by their name (never an address as text on the cards).
import { expect } from 'chai';
import type { Activity, Attachment } from 'botbuilder';
import { cardPlainText, cardSpeech } from '../../src/channels/cardText';
import { renderMessage } from '../../src/channels/render';
import { renderTeams } from '../../src/channels/renderers/teams';
import { renderWebChat } from '../../src/channels/renderers/webchat';
import { LIMITS, renderWhatsApp, type WhatsAppMessage } from '../../src/channels/renderers/whatsapp';
import { proposalDetails, proposalList, seekerCard } from '../../src/dialogs/proposalCards';
import type { ProposalView } from '../../src/dialogs/services';
import { contactOf, type Provider } from '../../src/region';
import { en } from '../../src/texts/en';
import { nl } from '../../src/texts/nl';

const provider = (id: string, name: string, appointmentUrl?: string): Provider => ({
  id,
  kind: id.startsWith('uwv') ? 'uwv' : 'leerwerkloket',
  name,
  address: { street: 'Daalseplein 2', postcode: '3511 SX', city: 'Utrecht' },
  phone: '088 898 92 94',
  openingHours: { nl: 'Maandag tot en met vrijdag, op afspraak', en: 'Monday to Friday, by appointment' },
  website: 'https://www.uwv.nl/',
  ...(appointmentUrl ? { appointmentUrl } : {}),
  what: { nl: 'Werk en uitkering', en: 'Work and benefits' },
  forWhom: { nl: 'Iedereen', en: 'Everyone' },
});
const UWV = contactOf(provider('uwv-utrecht', 'UWV Utrecht', 'https://www.werk.nl/werkzoekenden/'), 'nl');
const LWL = contactOf(provider('leerwerkloket-mu', 'Leerwerkloket Midden-Utrecht'), 'nl');
const MAP = 'https://www.openstreetmap.org/search?query=Daalseplein%202%2C%203511%20SX%20Utrecht';

const view = (extra: Partial<ProposalView> = {}): ProposalView => ({
  id: 'instrument:uwv-proefplaatsing',
  kind: 'reintegration',
  title: 'Proefplaatsing: eerst proberen bij een werkgever',
  provider: 'UWV',
  score: 0.8,
  reasons: ['Je werkt een korte tijd op proef.', 'Dit kan passen, want je hebt WW.'],
  nextStep: 'Vraag UWV om toestemming. Bij jou in de buurt: UWV Utrecht, Daalseplein 2, 3511 SX Utrecht. Bel 088 898 92 94 of maak een afspraak via werk.nl.',
  whatToBring: ['je cv'],
  eligibility: 'UWV beslist of je dit krijgt.',
  sources: ['https://www.uwv.nl/nl/ww/scholing'],
  sourceLinks: [{ url: 'https://www.uwv.nl/nl/ww/scholing', name: 'UWV: Scholing met WW' }],
  contact: UWV,
  contacts: [UWV, LWL],
  ...extra,
});

/** Any URL a person could see as text. */
const RAW = /https?:\/\/|www\./i;
type Card = { body: Record<string, any>[]; actions?: Record<string, any>[]; speak?: string };
const adaptiveCards = (a: Partial<Activity>): Card[] => ((a.attachments ?? []) as Attachment[]).map((x) => x.content as Card);
const textBlocks = (card: Card) => card.body.filter((e) => e.type === 'TextBlock').map((e) => e.text as string);
const openUrls = (card: Card) => card.body.filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions as { type: string; title: string; url: string }[]);

describe('the seeker’s own offices on a proposal card (issue 18)', () => {
  it('the neutral card lists each office once, the first contact first, with phone, hours, appointment and map', () => {
    const card = seekerCard(view(), 1, 1, nl);
    expect(card.offices?.label).to.equal('Hier kun je terecht');
    expect(card.offices?.list.map((o) => o.name)).to.deep.equal(['UWV Utrecht', 'Leerwerkloket Midden-Utrecht']);
    const [uwv, lwl] = card.offices!.list;
    expect(uwv).to.deep.include({ address: 'Daalseplein 2, 3511 SX Utrecht', phone: 'Telefoon: 088 898 92 94', openingHours: 'Open: Maandag tot en met vrijdag, op afspraak' });
    expect(uwv.links).to.deep.equal([{ label: 'Maak een afspraak', url: 'https://www.werk.nl/werkzoekenden/' }]);
    expect(uwv.map).to.deep.equal({ label: 'Bekijk op de kaart', url: MAP });
    // Without an appointment page the website is the link.
    expect(lwl.links).to.deep.equal([{ label: 'Website', url: 'https://www.uwv.nl/' }]);
    expect(seekerCard(view(), 1, 1, en).offices?.list[0].map.label).to.equal('View on the map');
  });

  it('a proposal without a contact has no offices (no configured region: nothing changes)', () => {
    const card = seekerCard(view({ contact: undefined, contacts: undefined }), 1, 1, nl);
    expect(card.offices).to.equal(undefined);
    expect(cardPlainText(card)).to.not.match(/openstreetmap|Hier kun je terecht/);
  });

  for (const channel of [
    { name: 'website (Web Chat)', render: renderWebChat },
    { name: 'Teams', render: renderTeams },
  ]) {
    it(`${channel.name}: the offices follow the next step, their links as named buttons`, () => {
      const [card] = adaptiveCards(channel.render(renderMessage(proposalList([seekerCard(view(), 1, 1, nl)], nl))));
      const text = textBlocks(card);
      const at = (part: string) => text.findIndex((t) => t.includes(part));
      expect(at('**Volgende stap:**')).to.be.lessThan(at('Hier kun je terecht'));
      expect(at('Hier kun je terecht')).to.be.lessThan(text.indexOf('UWV Utrecht'));
      expect(text.indexOf('UWV Utrecht')).to.be.lessThan(text.indexOf('Leerwerkloket Midden-Utrecht'));
      for (const part of ['Daalseplein 2, 3511 SX Utrecht', 'Telefoon: 088 898 92 94', 'Open: Maandag tot en met vrijdag, op afspraak', 'Leerwerkloket Midden-Utrecht']) expect(at(part), part).to.be.greaterThan(-1);
      expect(text.join('\n')).to.not.match(RAW);
      const links = openUrls(card);
      expect(links).to.deep.include({ type: 'Action.OpenUrl', title: 'Bekijk op de kaart', url: MAP });
      expect(links).to.deep.include({ type: 'Action.OpenUrl', title: 'Maak een afspraak', url: 'https://www.werk.nl/werkzoekenden/' });
      expect(card.speak).to.match(/UWV Utrecht\. Open: Maandag/);
      expect(card.speak).to.not.match(RAW);
    });
  }

  it('WhatsApp: the details, then each office in a message of its own with "Bekijk op de kaart" (Meta’s limits)', () => {
    const messages = renderWhatsApp(renderMessage(proposalDetails(seekerCard(view(), 1, 1, nl))), nl.whatsapp);
    const ctas = messages.filter((m): m is Extract<WhatsAppMessage, { type: 'interactive' }> => m.type === 'interactive' && m.interactive.type === 'cta_url');
    const offices = ctas.slice(-2) as { interactive: { body: { text: string }; action: { parameters: { display_text: string; url: string } } } }[];
    expect(offices.map((o) => o.interactive.body.text.split('\n')[0])).to.deep.equal(['*UWV Utrecht*', '*Leerwerkloket Midden-Utrecht*']);
    for (const o of offices) {
      expect(o.interactive.body.text).to.match(/Daalseplein 2, 3511 SX Utrecht\nTelefoon: 088 898 92 94\nOpen: /);
      expect(o.interactive.body.text.length).to.be.at.most(LIMITS.interactiveBody);
      expect(o.interactive.body.text).to.not.match(RAW);
      expect(o.interactive.action.parameters).to.deep.equal({ display_text: 'Bekijk op de kaart', url: MAP });
      expect(o.interactive.action.parameters.display_text.length).to.be.at.most(LIMITS.urlButton);
    }
    // The details themselves do not repeat the office block (it comes with its map button).
    const details = messages.slice(0, -2).map((m) => (m.type === 'text' ? m.text.body : m.type === 'interactive' ? m.interactive.body.text : '')).join('\n');
    expect(details).to.not.match(/Open: Maandag/);
    expect(details).to.match(/Volgende stap: Vraag UWV om toestemming\. Bij jou in de buurt: UWV Utrecht/);
  });

  it('plain text (transcript, console, channels without cards): opening hours, then the pages by name with their address', () => {
    const card = seekerCard(view(), 1, 1, nl);
    const text = cardPlainText(card);
    expect(text).to.match(/Volgende stap: [^\n]+\nUWV Utrecht\. Open: Maandag tot en met vrijdag, op afspraak\.\nLeerwerkloket Midden-Utrecht\. Open: /);
    expect(text).to.include(`UWV Utrecht: Maak een afspraak (https://www.werk.nl/werkzoekenden/); Bekijk op de kaart (${MAP})`);
    expect(cardPlainText(card, { urls: false })).to.not.match(RAW);
    expect(cardSpeech(card)).to.include('Leerwerkloket Midden-Utrecht. Open: Maandag');
  });
});
