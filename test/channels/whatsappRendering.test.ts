// The WhatsApp edge in detail: how neutral messages become Cloud API messages (limits of buttons,
// lists, texts), the Graph client's retry rules, the phone-number vault, and a long proactive
// message split on its way to a mock Graph API.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { renderMessage } from '../../src/channels/render';
import { renderWhatsApp, shorten, splitText, LIMITS, type WhatsAppMessage } from '../../src/channels/renderers/whatsapp';
import { WhatsAppChannel } from '../../src/channels/whatsapp/channel';
import { GraphClient, GraphError } from '../../src/channels/whatsapp/graphClient';
import { maskedPhone, maskPhone, PhoneVault } from '../../src/channels/whatsapp/phone';
import { createLogger } from '../../src/logger';
import { nl } from '../../src/texts/nl';
import { MockGraph, textOf } from './helpers/mockGraph';
import { PHONE_NUMBER_ID } from './helpers/whatsapp';

const labels = nl.whatsapp;
const logger = createLogger('silent');
const choices = (...names: string[]) => names.map((label) => ({ value: label.toLowerCase(), label }));
const render = (text: string, names: string[] = []) => renderWhatsApp(renderMessage({ text, choices: choices(...names) }), labels);

describe('WhatsApp rendering', () => {
  it('plain text is one text message without link previews', () => {
    expect(render('Hallo!')).to.deep.equal([{ type: 'text', text: { body: 'Hallo!', preview_url: false } }]);
  });

  it('up to 3 short choices are reply buttons whose id is the full label', () => {
    const [message] = render('Heb je een rijbewijs?', ['Ja', 'Nee', 'Weet ik niet']) as Extract<WhatsAppMessage, { type: 'interactive' }>[];
    expect(message.interactive.type).to.equal('button');
    expect(message.interactive.body.text).to.equal('Heb je een rijbewijs?');
    expect((message.interactive.action as { buttons: unknown[] }).buttons).to.deep.equal([
      { type: 'reply', reply: { id: 'Ja', title: 'Ja' } },
      { type: 'reply', reply: { id: 'Nee', title: 'Nee' } },
      { type: 'reply', reply: { id: 'Weet ik niet', title: 'Weet ik niet' } },
    ]);
  });

  it('4 to 10 choices, or a label over 20 characters, make a list; long titles are shortened with the whole label below', () => {
    const four = render('Kies', ['A', 'B', 'C', 'D']);
    expect((four[0] as { interactive: { type: string } }).interactive.type).to.equal('list');
    const long = 'Ik werk als zelfstandige zonder personeel';
    const [message] = render('Wat past bij jou?', ['Ja', long]) as { interactive: { type: string; action: { button: string; sections: { rows: { id: string; title: string; description?: string }[] }[] } } }[];
    expect(message.interactive.type).to.equal('list');
    expect(message.interactive.action.button).to.equal('Kies een antwoord');
    const row = message.interactive.action.sections[0].rows[1];
    expect(row.id).to.equal(long);
    expect(row.title.length).to.be.at.most(LIMITS.rowTitle);
    expect(row.title).to.equal('Ik werk als zelfstandig…');
    expect(row.description).to.equal(long);
    expect(message.interactive.action.sections[0].rows[0]).to.deep.equal({ id: 'Ja', title: 'Ja' });
  });

  it('more than 10 choices become numbered text with a hint (matchChoice reads "3" as the third)', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Keuze ${i + 1}`);
    const messages = render('Welke?', names);
    expect(messages).to.have.length(1);
    const body = textOf(messages[0] as never);
    expect(body).to.match(/^Welke\?\n\n1\. Keuze 1\n2\. Keuze 2\n[\s\S]*12\. Keuze 12\n\nTyp het nummer of je antwoord\.$/);
  });

  it('long texts are split at paragraph ends within 4096 characters; a button body within 1024', () => {
    const paragraph = 'Dit is een zin over werk en opleiding. '.repeat(40).trim(); // ~1560 characters
    const text = Array.from({ length: 6 }, () => paragraph).join('\n\n');
    const plain = render(text);
    expect(plain.length).to.be.greaterThan(1);
    for (const m of plain) expect(textOf(m as never).length).to.be.at.most(4096);
    expect(plain.map((m) => textOf(m as never)).join('\n\n')).to.equal(text);

    const withButtons = render(text, ['Ja', 'Nee']);
    const last = withButtons.at(-1) as { type: string; interactive: { type: string; body: { text: string } } };
    expect(last.interactive.type).to.equal('button');
    expect(last.interactive.body.text.length).to.be.at.most(1024);
    expect(withButtons.slice(0, -1).every((m) => m.type === 'text')).to.equal(true);
    expect(withButtons.map((m) => textOf(m as never)).join('\n\n').replace(/\s+/g, ' ')).to.equal(text.replace(/\s+/g, ' '));
  });

  it('choices from botbuilder directly (suggested actions of a ChoicePrompt) are rendered too; events are not sent', () => {
    const activity: Partial<Activity> = { type: 'message', text: 'Kies', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Werk', value: 'Werk' }] } };
    expect((renderWhatsApp(activity, labels)[0] as { interactive: { type: string } }).interactive.type).to.equal('button');
    expect(renderWhatsApp({ type: 'event', name: 'handoff.initiate' }, labels)).to.deep.equal([]);
    expect(renderWhatsApp({ type: 'typing' }, labels)).to.deep.equal([]);
  });

  it('shorten and splitText keep words whole', () => {
    expect(shorten('Praten met een adviseur van UWV', 20)).to.equal('Praten met een…');
    expect(shorten('Kort', 20)).to.equal('Kort');
    expect(splitText('aaa bbb ccc', 7)).to.deep.equal(['aaa bbb', 'ccc']);
    expect(splitText('', 10)).to.deep.equal([]);
  });
});

describe('WhatsApp phone numbers', () => {
  const vault = new PhoneVault('x'.repeat(40));

  it('the user id is a keyed hash: stable per number, different per key, never the digits', () => {
    const id = vault.userId('31612345678');
    expect(id).to.match(/^wa-[0-9a-f]{40}$/);
    expect(vault.userId('+31 6 1234 5678')).to.equal(id);
    expect(new PhoneVault('y'.repeat(40)).userId('31612345678')).not.to.equal(id);
    expect(id).not.to.include('612345678');
  });

  it('the sealed number opens only with the same key and not after tampering', () => {
    const sealed = vault.seal('31612345678');
    expect(sealed).not.to.include('612345678');
    expect(vault.open(sealed)).to.equal('31612345678');
    expect(() => new PhoneVault('y'.repeat(40)).open(sealed)).to.throw();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => vault.open(tampered)).to.throw();
  });

  it('masks for the advisor console', () => {
    expect(maskPhone('31612345678')).to.equal('+31 6 •••• 5678');
    expect(maskPhone('447700900123')).to.equal('+44 •••• 0123');
    expect(maskedPhone({ channelId: 'whatsapp', user: { id: 'wa-1', properties: { maskedPhone: '+31 6 •••• 5678', phone: 'v1.x' } } })).to.equal('+31 6 •••• 5678');
    expect(maskedPhone({ channelId: 'directline', user: { id: 'u', properties: { maskedPhone: 'x' } } })).to.equal(undefined);
    expect(maskedPhone(null)).to.equal(undefined);
  });
});

describe('WhatsApp Graph client', () => {
  let graph: MockGraph;
  const waits: number[] = [];
  const client = () =>
    new GraphClient({ graphUrl: graph.url, phoneNumberId: PHONE_NUMBER_ID, accessToken: 't', logger, attempts: 4, sleep: async (ms) => void waits.push(ms) });

  beforeEach(async () => {
    graph = await MockGraph.start();
    waits.length = 0;
  });
  afterEach(() => graph.close());

  it('retries 429 and 5xx with growing, bounded waits, then returns the wamid', async () => {
    graph.failures.push(429, 502, 500);
    const id = await client().send('31612345678', { type: 'text', text: { body: 'hoi', preview_url: false } });
    expect(id).to.equal('wamid.out.1');
    expect(graph.requests.map((r) => r.status)).to.deep.equal([429, 502, 500, 200]);
    expect(waits).to.have.length(3);
    for (const [i, w] of waits.entries()) expect(w).to.be.within(0, 300 * 2 ** i);
  });

  it('gives up after the last attempt and throws', async () => {
    graph.failures.push(500, 500, 500, 500, 500);
    const error = await client()
      .send('31612345678', { type: 'text', text: { body: 'hoi', preview_url: false } })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(GraphError);
    expect(graph.requests).to.have.length(4);
  });

  it('does not retry a 400 (e.g. outside the 24-hour window)', async () => {
    graph.failures.push(400);
    const error = (await client()
      .send('31612345678', { type: 'text', text: { body: 'hoi', preview_url: false } })
      .catch((e: unknown) => e)) as GraphError;
    expect(error.status).to.equal(400);
    expect(error.retryable).to.equal(false);
    expect(graph.requests).to.have.length(1);
    expect(waits).to.have.length(0);
  });

  it('retries network errors', async () => {
    await graph.close();
    const unreachable = new GraphClient({ graphUrl: graph.url, phoneNumberId: PHONE_NUMBER_ID, accessToken: 't', logger, attempts: 3, sleep: async (ms) => void waits.push(ms) });
    const error = (await unreachable.send('31612345678', { type: 'text', text: { body: 'hoi', preview_url: false } }).catch((e: unknown) => e)) as GraphError;
    expect(error.retryable).to.equal(true);
    expect(waits).to.have.length(2);
    graph = await MockGraph.start(); // for afterEach
  });
});

describe('WhatsApp proactive messages', () => {
  it('a long message to a stored reference arrives split, in order, at the right number', async () => {
    const graph = await MockGraph.start();
    try {
      const channel = new WhatsAppChannel({
        config: { verifyToken: 'v', appSecret: 's', phoneNumberId: PHONE_NUMBER_ID, accessToken: 't', graphUrl: graph.url },
        secret: 'k'.repeat(40),
        logger,
        ledger: { claim: async () => true, release: async () => undefined },
        runTurn: async () => undefined,
      });
      const vault = new PhoneVault('k'.repeat(40));
      const reference = {
        channelId: 'whatsapp',
        serviceUrl: 'urn:werkloket:whatsapp',
        conversation: { id: vault.userId('31612345678'), isGroup: false, conversationType: 'personal', name: '' },
        user: { id: vault.userId('31612345678'), name: '+31 6 •••• 5678', properties: { phone: vault.seal('31612345678'), maskedPhone: '+31 6 •••• 5678' } },
        bot: { id: PHONE_NUMBER_ID, name: 'Werkloket' },
        activityId: 'wamid.last',
      };
      const text = Array.from({ length: 300 }, (_, i) => `Regel ${i + 1} van een lange uitleg.`).join('\n');
      expect(text.length).to.be.greaterThan(8192);
      let replyToId: string | undefined = 'unset';
      channel.adapter.use({
        onTurn: async (context, next) => {
          context.onSendActivities(async (_c, activities, send) => {
            const result = await send();
            replyToId = activities[0].replyToId;
            return result;
          });
          await next();
        },
      });
      await channel.adapter.continueConversation(reference, async (context) => {
        await context.sendActivity({ type: 'message', text });
      });
      const bodies = graph.requests.map((r) => r.body);
      expect(bodies.length).to.equal(3);
      expect(bodies.every((b) => b.to === '31612345678' && b.type === 'text' && b.text!.body.length <= 4096)).to.equal(true);
      expect(bodies.map((b) => b.text!.body).join('\n')).to.equal(text);
      expect(replyToId).to.equal(undefined);
    } finally {
      await graph.close();
    }
  });
});
