// Information questions in the middle of another dialog ("wat is WGA?" at the WIA question, "hoe
// vraag ik WW aan?" at the menu). The root dialog calls this before the active question sees the
// message. Answers to the bot's own question must keep working, so only clear question forms are
// taken: a confident answer from the knowledge base, or, for a clear question, an honest "not
// sure" with the organisation to ask and a person to talk to. The caller then asks its question
// again.
import type { TurnContext } from 'botbuilder';
import { normalise } from '../matching';
import { questionForm, questionTerms, type Asker } from '../knowledge';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { askerFrom, replyLines, withRegion } from './knowledgeReply';
import { namedRegionId } from './region';
import { soundsLikeEmployer, soundsLikeSeeker } from './menuIntent';
import type { Knowledge } from './services';
import { say, turnOf } from './turn';

/** 'answered': the caller reprompts; 'help': a question about the bot's question; undefined: not ours. */
export type InlineOutcome = 'answered' | 'help' | undefined;

export interface InlineWhere {
  /** In a questionnaire (the intake or the employer's questions), not at a menu. */
  inQuestion: boolean;
  /** The active question expects free text (a job title, a wish): a low-confidence question may be the answer. */
  freeText: boolean;
  /** What the running intake knows of the seeker (situation, age), for who to ask: read only for a question. */
  asker?: () => Asker | undefined;
}

/** Buttons the bot offers that read like questions ("Hoe ga ik verder?"): a press is an answer. */
const QUESTION_BUTTONS = new Set([nl.summary.refer, en.summary.refer, nl.employer.refer, en.employer.refer].map(normalise));

export class InlineQuestions {
  constructor(
    private readonly knowledge: Knowledge,
    /** The seeker's saved intake answers (with consent), when no intake is running. */
    private readonly savedAnswers: (context: TurnContext) => Promise<unknown> = async () => undefined,
  ) {}

  async handle(context: TurnContext, where: InlineWhere): Promise<InlineOutcome> {
    const text = context.activity.text ?? '';
    const form = questionForm(text);
    if (!form || QUESTION_BUTTONS.has(normalise(text))) return undefined;
    // At a menu, "kan ik hier personeel vinden?" chooses the employer route rather than asks a fact.
    if (!where.inQuestion && (soundsLikeEmployer(text) || soundsLikeSeeker(text))) return undefined;
    // "wat bedoel je?", "wat is dat?": about the bot's own question, not a topic.
    if (form === 'about-the-question' || questionTerms(text).length === 0) return where.inQuestion ? 'help' : undefined;
    const { t, locale } = turnOf(context);
    const asker = withRegion(where.asker?.() ?? askerFrom(await this.savedAnswers(context)), namedRegionId(context));
    const result = this.knowledge.answer(text, locale, asker);
    if (!('entry' in result) && (form !== 'clear' || where.freeText)) return undefined;
    for (const line of replyLines(result, t, locale)) await say(context, line);
    if (!('entry' in result)) await say(context, t.knowledge.offerAdvisor);
    await say(context, where.inQuestion ? t.knowledge.continueQuestions : t.knowledge.continueMenu);
    return 'answered';
  }
}
