// Proposal cards on every channel, table-driven: the same neutral list or card rendered for the
// website (Web Chat), Teams and WhatsApp. Checked per channel: Meta's limits, no address or ESCO
// identifier in visible text (links carry human names), and the reading order title → provider →
// why → next step → "Meer uitleg".
import { expect } from 'chai';
import type { Activity, Attachment } from 'botbuilder';
import { cardPlainText, cardSpeech } from '../../src/channels/cardText';
import { renderMessage } from '../../src/channels/render';
import { renderTeams } from '../../src/channels/renderers/teams';
import { renderWebChat } from '../../src/channels/renderers/webchat';
import { renderWhatsApp, LIMITS, type WhatsAppMessage } from '../../src/channels/renderers/whatsapp';
import { plainMarkdown } from '../../src/channels/renderers/adaptiveCard';
import { namedSources } from '../../src/dialogs/matcher';
import { proposalCard, proposalDetails, proposalList } from '../../src/dialogs/proposalCards';
import { en } from '../../src/texts/en';
import type { Texts } from '../../src/texts';
import { nl } from '../../src/texts/nl';

const LONG = 'Met toestemming van UWV kun je een opleiding volgen en je WW houden. Soms betaalt UWV de opleiding. '.repeat(3).trim();
const proposal = (i: number, extra: Partial<Parameters<typeof proposalCard>[0]> = {}) => ({
  title: i === 1 ? 'Een opleiding volgen terwijl je WW hebt en toch blijft solliciteren' : `Voorstel nummer ${i}`,
  provider: i === 1 ? 'Leerwerkloket (in sommige regio\'s: Werkcentrum) of UWV, afhankelijk van je uitkering' : 'UWV',
  reasons: [i === 1 ? LONG : 'Dit past bij je werk.', 'Dit kan passen, want je hebt WW.', 'Je wilt snel beginnen.'],
  nextStep: 'Vraag eerst toestemming aan je werkcoach van UWV.',
  whatToBring: ['je cv', 'diploma\'s'],
  eligibility: 'UWV beslist of je dit krijgt.',
  sourceLinks: [
    { url: 'https://www.uwv.nl/nl/ww/scholing', name: 'UWV: Scholing met WW' },
    { url: 'https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html', name: 'Beleidsregels scholing UWV (Staatscourant)' },
  ],
  ...extra,
});
const cardsFor = (n: number, t: Texts = nl) => Array.from({ length: n }, (_, i) => proposalCard(proposal(i + 1), i + 1, n, t, t.summary.labels));

/** Any address or data identifier a person could see as text. */
const RAW = /https?:\/\/|www\.|data\.europa\.eu|esco\//i;

type Card = { body: Record<string, any>[]; actions?: Record<string, any>[]; speak?: string; fallbackText?: string };
const adaptiveCards = (a: Partial<Activity>): Card[] => ((a.attachments ?? []) as Attachment[]).map((x) => x.content as Card);

/** The visible text of an Adaptive Card, in DOM order (body, then actions; ShowCard bodies after their button). */
function visible(card: Card): string[] {
  const out: string[] = [];
  const walk = (elements: Record<string, any>[]) => {
    for (const e of elements) {
      if (e.type === 'TextBlock') out.push(e.text);
      if (e.type === 'ActionSet') actions(e.actions);
    }
  };
  const actions = (list: Record<string, any>[] = []) => {
    for (const a of list) {
      out.push(a.title);
      if (a.type === 'Action.ShowCard') walk(a.card.body);
    }
  };
  walk(card.body);
  actions(card.actions);
  return out;
}

const adaptiveChannels = [
  { name: 'website (Web Chat)', render: renderWebChat, layout: 'list' },
  { name: 'Teams', render: renderTeams, layout: 'list' },
];

describe('proposal cards on every channel', () => {
  for (const channel of adaptiveChannels) {
    describe(channel.name, () => {
      for (const count of [1, 3]) {
        it(`${count} proposal(s): one Adaptive Card each in one message, read in order, no address as text`, () => {
          const activity = channel.render(renderMessage(proposalList(cardsFor(count), nl)));
          const cards = adaptiveCards(activity);
          expect(cards).to.have.length(count);
          expect(activity.text).to.equal(undefined);
          if (count > 1) expect(activity.attachmentLayout).to.equal(channel.layout);
          for (const [i, card] of cards.entries()) {
            const text = visible(card);
            expect(text.join('\n')).to.not.match(RAW);
            // position → title (heading) → provider → why → next step → its page → "Meer uitleg"
            const order = [`Voorstel ${i + 1} van ${count}`, plainMarkdown(proposal(i + 1).title), plainMarkdown(proposal(i + 1).provider), 'Dit kan passen', '**Volgende stap:**', 'UWV: Scholing met WW', 'Meer uitleg', '**Wie beslist:**', '**Neem mee:**', 'Bronnen'];
            const at = order.map((part) => text.findIndex((t) => t.includes(part)));
            expect(at.every((n) => n >= 0), `${JSON.stringify(order)} in ${JSON.stringify(text)}`).to.equal(true);
            expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
            expect(card.body[1]).to.include({ style: 'heading' });
            expect(card.speak).to.match(new RegExp(`^Voorstel ${i + 1} van ${count}\\. `));
            expect(card.speak).to.not.match(RAW);
            // Every link has a human name; the address is only the link's target.
            const links = JSON.stringify(card).match(/"type":"Action\.OpenUrl","title":"[^"]+","url":"https:[^"]+"/g) ?? [];
            expect(links).to.have.length(3);
            for (const link of links) expect(JSON.parse(`{${link}}`).title).to.not.match(RAW);
          }
        });
      }

      it('a card asked for in full ("Meer uitleg 2") shows the details at once, without a ShowCard', () => {
        const card = adaptiveCards(channel.render(renderMessage(proposalDetails(cardsFor(3)[1]))))[0];
        expect(JSON.stringify(card)).to.not.match(/Action\.ShowCard/);
        expect(visible(card).join('\n')).to.match(/Voorstel nummer 2[\s\S]*Volgende stap[\s\S]*Wie beslist[\s\S]*Bronnen/);
      });
    });
  }

  it('Markdown in card text is shown as written: "1. …" is no list, "*" no emphasis', () => {
    expect(plainMarkdown('1. Werken als orderpicker')).to.equal('1.\u00a0Werken als orderpicker');
    expect(plainMarkdown('- niet tillen')).to.equal('-\u00a0niet tillen');
    expect(plainMarkdown('werk*')).to.equal('werk\\*');
  });

  describe('WhatsApp', () => {
    const cases = [
      { name: '3 proposals', cards: cardsFor(3) },
      { name: '5 proposals in English', cards: cardsFor(5, en), t: en },
      { name: '10 proposals with long titles', cards: cardsFor(10) },
    ];
    for (const c of cases) {
      it(`${c.name}: one list within Meta's limits, rows open the details, no address as text`, () => {
        const t: Texts = c.t ?? nl;
        const messages = renderWhatsApp(renderMessage(proposalList(c.cards, t)), t.whatsapp);
        expect(messages).to.have.length(1);
        const list = messages[0] as Extract<WhatsAppMessage, { type: 'interactive' }> & { interactive: { type: 'list' } };
        expect(list.interactive.type).to.equal('list');
        expect(list.interactive.body.text.length).to.be.at.most(1024);
        expect(list.interactive.body.text).to.not.match(RAW);
        expect(list.interactive.action.button.length).to.be.at.most(LIMITS.listButton);
        const rows = list.interactive.action.sections.flatMap((s) => s.rows);
        expect(rows).to.have.length(c.cards.length);
        for (const [i, row] of rows.entries()) {
          expect(row.title.length).to.be.at.most(24);
          expect((row.description ?? '').length).to.be.at.most(72);
          expect(row.id).to.equal(t.cards.detailsReply(i + 1));
          expect(`${row.title} ${row.description}`).to.not.match(RAW);
        }
      });
    }

    it('one proposal in full: the text in reading order and the page behind a named button (≤ 20)', () => {
      const messages = renderWhatsApp(renderMessage(proposalDetails(cardsFor(3)[0])), nl.whatsapp);
      const last = messages.at(-1) as { type: 'interactive'; interactive: { type: string; body: { text: string }; action: { parameters: { display_text: string; url: string } } } };
      expect(last.interactive.type).to.equal('cta_url');
      expect(last.interactive.action.parameters).to.deep.equal({ display_text: 'UWV: Scholing met WW', url: 'https://www.uwv.nl/nl/ww/scholing' });
      const text = messages.map((m) => (m.type === 'text' ? m.text.body : m.type === 'interactive' ? m.interactive.body.text : '')).join('\n');
      expect(text).to.match(/^\*1\. Een opleiding[^\n]*\(Leerwerkloket[\s\S]*Met toestemming[\s\S]*Je wilt snel beginnen\.\nVolgende stap: [\s\S]*Wie beslist: [\s\S]*Neem mee: [\s\S]*Bronnen: UWV: Scholing met WW; Beleidsregels/);
      expect(text).to.not.match(RAW);
      expect(last.interactive.body.text.length).to.be.at.most(1024);
    });

    it('a proposal without any named page is plain text only', () => {
      const card = proposalCard(proposal(2, { sourceLinks: [] }), 2, 3, nl, nl.summary.labels);
      const messages = renderWhatsApp(renderMessage(proposalDetails(card)), nl.whatsapp);
      expect(messages.every((m) => m.type === 'text')).to.equal(true);
    });
  });

  describe('the neutral form (transcript, console, channels without cards)', () => {
    it('holds every proposal in plain text, the name before each address', () => {
      const message = proposalList(cardsFor(3), nl);
      expect(message.text).to.match(/^1\. Een opleiding[\s\S]*\n\n2\. Voorstel nummer 2 \(UWV\)\n[\s\S]*\n\n3\. /);
      expect(message.text).to.match(/Bronnen: UWV: Scholing met WW \(https:\/\/www\.uwv\.nl\/nl\/ww\/scholing\); Beleidsregels/);
    });

    it('the speech of a card has no address and ends every part with a stop', () => {
      const speech = cardSpeech(cardsFor(1)[0]);
      expect(speech).to.match(/^Voorstel 1 van 1\. Een opleiding [^.]+\. Leerwerkloket[\s\S]*Volgende stap: Vraag eerst/);
      expect(speech).to.not.match(RAW);
      expect(cardPlainText(cardsFor(1)[0], { urls: false })).to.not.match(RAW);
    });

    it('sources: a name of its own, else the official domain; an ESCO identifier or another domain is left out', () => {
      const domains = { national: ['uwv.nl', 'werk.nl'], gemeenten: [], werkcentrum: [] };
      const links = namedSources(
        ['https://www.uwv.nl/a', 'https://www.werk.nl/b', 'http://data.europa.eu/esco/occupation/123', 'https://example.com/c'],
        [{ url: 'https://www.uwv.nl/a', name: 'UWV: Scholing met WW' }],
        domains,
      );
      expect(links).to.deep.equal([
        { url: 'https://www.uwv.nl/a', name: 'UWV: Scholing met WW' },
        { url: 'https://www.werk.nl/b', name: 'werk.nl' },
      ]);
    });
  });
});

