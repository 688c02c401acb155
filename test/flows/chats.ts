// The people of the bemiddeling flow test as chats against the real server: an employer on the
// website (Direct Line) or on WhatsApp (a fake Graph API), and seekers on the website. Each say()
// returns everything the bot sent back (text and cards, as JSON) so a test can look for what must
// never be there.
import type { App } from '../../src/app';
import { DirectLineClient } from '../helpers/directLine';
import type { Step } from '../helpers/conversation';
import { MockGraph, textOf } from '../channels/helpers/mockGraph';
import { WhatsAppSeeker } from '../channels/helpers/whatsapp';
import { TO_END, TO_JOB } from '../dialogs/intakeScript';
import { waitUntil } from '../advisor/helpers';

export interface Reply {
  /** The visible texts, joined. */
  text: string;
  /** Every message in full (cards, buttons), as JSON. */
  raw: string;
}

export interface Chat {
  say(input: string): Promise<Reply>;
  /** Waits for a message the bot sends on its own (a notice) that matches `pattern`. */
  awaitNotice(pattern: RegExp): Promise<string>;
}

export async function websiteChat(app: App): Promise<Chat & { client: DirectLineClient }> {
  const client = await new DirectLineClient(app.url).generate();
  await client.start();
  await client.poll();
  return {
    client,
    async say(input) {
      const res = await client.say(input);
      if (res.status !== 200) throw new Error(`say "${input}": ${res.status}`);
      const replies = await client.botReplies();
      return { text: replies.map((a) => a.text ?? '').join('\n'), raw: JSON.stringify(replies) };
    },
    async awaitNotice(pattern) {
      let seen = '';
      await waitUntil(async () => pattern.test((seen += (await client.botReplies()).map((a) => `${a.text ?? ''}\n`).join(''))), 10_000, `a notice ${pattern}`);
      return seen;
    },
  };
}

export function whatsAppChat(app: App, graph: MockGraph, phone: string): Chat {
  const chat = new WhatsAppSeeker(app.url, graph, phone);
  let mark = graph.requests.length;
  return {
    async say(input) {
      const replies = await chat.say(input);
      mark = graph.requests.length;
      return { text: replies.map(textOf).join('\n'), raw: JSON.stringify(replies) };
    },
    async awaitNotice(pattern) {
      let seen = '';
      await waitUntil(() => pattern.test((seen = graph.requests.slice(mark).filter((r) => r.status === 200 && r.body.to === phone).map((r) => textOf(r.body)).join('\n'))), 10_000, `a notice ${pattern}`);
      return seen;
    },
  };
}

/** Runs scripted steps; each reply must match its pattern. Returns every reply. */
export async function run(chat: Chat, steps: Step[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (const [input, expected] of steps) {
    const reply = await chat.say(input);
    if (!(expected instanceof RegExp)) throw new Error('flow steps use patterns');
    if (!expected.test(reply.text)) throw new Error(`after "${input}": expected ${expected}, got:\n${reply.text}`);
    replies.push(reply);
  }
  return replies;
}

const replaced = (steps: Step[], changes: Record<string, string>): Step[] => steps.map(([input, expected]) => [changes[input] ?? input, expected]);

/**
 * A WW seeker who drove a forklift for 10 years (confirmed), mbo 2, 24 hours, postcode 3512: the
 * heftruckchauffeur vacancy of test/helpers/employerVacancy.ts fits. Up to the matching question.
 */
export const FORKLIFT_SEEKER: Step[] = [
  ...TO_JOB,
  ['10 jaar heftruckchauffeur', /beroep/],
  ['heftruckchauffeur', /heftruckchauffeur/],
  ['nee', /diploma/],
  ...replaced(TO_END, { vmbo: 'mbo 2', '32 uur': '24 uur', '3511': '3512' }),
  ['nee', /Klopt dit\?/],
  ['ja', /Dit zijn mijn voorstellen[\s\S]*Mag ik je profiel gebruiken om vacatures voor je te zoeken\?/],
];

/** Anything that tells a seeker who the employer of that vacancy is. */
export const EMPLOYER_IDENTITY = /Magazijn Noord|Sanne|de Boer|magazijnnoord/i;
