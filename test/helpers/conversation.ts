// Whole conversations with the real bot (dialogs, middleware, state in a real database) through
// botbuilder's TestAdapter. Table-driven: `{ name, steps: [[input, expected]] }` where expected is
// a pattern every reply of that turn is joined against, or a function for richer checks.
import { expect } from 'chai';
import { TestAdapter, type Activity } from 'botbuilder';
import { createBot, type BotParts, type CreateBotOptions } from '../../src/bot/createBot';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { sharedCatalogue as sharedCatalogueOf } from '../../src/bot/content';
import { loadConfig } from '../../src/config';
import type { Catalogue } from '../../src/matching';
import { sqliteDatabase, type TestDatabase } from './databases';
import type { FollowUpPort } from '../../src/dialogs/followUpServices';
import type { HandoffReason, HandoffStarter } from '../../src/dialogs/services';
import { IntakeAnswersSchema, type IntakeAnswers } from '../../src/dialogs/intakeAnswers';

/** `previous`: the text of the turn before (see `answerAndConfirm`). */
export type Expectation = RegExp | ((replies: Partial<Activity>[], text: string, previous: string) => void);
export type Step = [input: string, expected: Expectation];
export interface Script {
  name: string;
  steps: Step[];
}

/** The catalogue the app would load (WERKLOKET_DATA_DIR, default ../shared/data), shared with it. */
export function sharedCatalogue(): Promise<Catalogue> {
  return sharedCatalogueOf(loadConfig({ WERKLOKET_DATA_DIR: process.env.WERKLOKET_DATA_DIR }).dataDir);
}

/** A fixed "today" so dates in conversations are deterministic. */
export const TODAY = new Date('2026-11-24T10:00:00Z');

export class Conversation {
  readonly adapter: TestAdapter;
  private constructor(
    readonly parts: BotParts,
    readonly db: Db,
    readonly userId: string,
    readonly conversationId: string,
    channelId: string,
  ) {
    this.adapter = new TestAdapter(async (context) => parts.bot.run(context), {
      channelId,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'test' },
      from: { id: userId, name: 'seeker' },
      recipient: { id: 'werkloket', name: 'Werkloket' },
      locale: 'nl-NL',
      serviceUrl: 'https://test.invalid',
    });
    this.adapter.use(parts.bot.localeMiddleware);
    this.adapter.use(parts.transcript);
  }

  static async open(
    db: Db,
    options: { userId?: string; conversationId?: string; channelId?: string; handoff?: HandoffStarter; catalogue?: Catalogue; followUps?: FollowUpPort; now?: () => Date; bot?: Pick<CreateBotOptions, 'budget' | 'regionId'> } = {},
  ): Promise<Conversation> {
    const parts = await createBot(db, options.catalogue ?? (await sharedCatalogue()), { now: options.now ?? (() => TODAY), handoff: options.handoff, followUps: options.followUps, ...options.bot });
    return new Conversation(
      parts,
      db,
      options.userId ?? `user-${Math.random().toString(36).slice(2, 10)}`,
      options.conversationId ?? `conv-${Math.random().toString(36).slice(2, 10)}`,
      options.channelId ?? 'test',
    );
  }

  /** Sends one message and returns the bot's replies to it. */
  async say(text: string): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity({ type: 'message', text });
    return this.adapter.activeQueue.splice(0);
  }

  async start(): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: 'seeker' }] });
    return this.adapter.activeQueue.splice(0);
  }

  async run(steps: Step[]): Promise<void> {
    let previous = '';
    for (const [i, [input, expected]] of steps.entries()) {
      const replies = await this.say(input);
      const text = replies.map((r) => r.text ?? '').join('\n');
      const where = `step ${i + 1} ("${input.slice(0, 40)}")`;
      if (expected instanceof RegExp) expect(text, `${where}: replies were:\n${text}`).to.match(expected);
      else expected(replies, text, previous);
      previous = text;
    }
  }
}

/**
 * A fresh, migrated SQLite database for the enclosing describe block (hooks registered here);
 * call the returned function inside tests to get the client.
 */
export function useSqliteDatabase(): () => Db {
  let database: TestDatabase | undefined;
  let db: Db | undefined;
  before(async () => {
    database = sqliteDatabase();
    db = await openDatabase(database.url);
  });
  after(async () => {
    await db?.$disconnect();
    await database?.drop();
  });
  return () => db!;
}

export async function openDatabase(url: string): Promise<Db> {
  await migrate(url);
  return createDb(url);
}

/** Button titles offered in the last reply that has buttons. */
export function buttons(replies: Partial<Activity>[]): string[] {
  const withButtons = replies.filter((r) => r.suggestedActions?.actions.length).at(-1);
  return withButtons?.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
}

/** A handoff starter that only records why a handoff was started. */
export function recordingHandoff(): HandoffStarter & { reasons: HandoffReason[] } {
  const reasons: HandoffReason[] = [];
  return {
    reasons,
    async start(_context, request) {
      reasons.push(request.reason);
    },
  };
}

/**
 * The intake's last answer, then "Ja, dit klopt" at "Klopt dit?": `expected` is checked against
 * both turns' text (the summary lines, then the proposals), with the replies of the second.
 */
export function answerAndConfirm(input: string, expected: Expectation, yes = 'ja'): Step[] {
  return [
    [input, /(Klopt dit|Is this right)\?/],
    [yes, (replies, text, previous) => {
      expect(text, 'no summary lines again after "ja"').to.not.match(/Dit heb ik van je genoteerd|This is what I noted/);
      const both = `${previous}\n${text}`;
      if (expected instanceof RegExp) expect(both, `after "${yes}": replies were:\n${both}`).to.match(expected);
      else expected(replies, both, previous);
    }],
  ];
}

/** The intake answers stored for the conversation's seeker (SQLite), as the schema reads them. */
export async function storedAnswers(conversation: Conversation): Promise<IntakeAnswers> {
  const seeker = await conversation.parts.seekers.find({ channel: 'test', userId: conversation.userId, conversationId: conversation.conversationId });
  return IntakeAnswersSchema.parse(seeker!.answers);
}
