// The "Ik heb een vraag" route: every message is a question for the knowledge base, answered with
// who decides and the source, or an honest "not sure". Then "Heb je nog een vraag?" with a way
// back to the menu, the follow-up the answer suggests (the intake, the employer route) or an
// advisor.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { ChoiceOption } from '../channels/message';
import { questionForm, type KnowledgeResult } from '../knowledge';
import { matchChoice, parseYesNo } from '../language';
import type { Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { askerFrom, replyLines, withRegion } from './knowledgeReply';
import { namedRegionId } from './region';
import type { Knowledge } from './services';
import { say, turnOf } from './turn';

export const QUESTION_DIALOG = 'question';

/** Where the seeker goes next; the root dialog takes it from there. */
export type QuestionOutcome = 'menu' | 'work' | 'employer';

export interface QuestionOptions {
  /** A question typed at the menu, answered right away. */
  question?: string;
}

const ROUTES: { value: QuestionOutcome; labels: string[] }[] = [
  { value: 'menu', labels: [nl.knowledge.backToMenu, en.knowledge.backToMenu, 'menu', 'terug', 'klaar', 'back', 'done'] },
  { value: 'work', labels: [nl.menu.work, en.menu.work] },
  { value: 'employer', labels: [nl.menu.employer, en.menu.employer] },
];

export class QuestionDialog extends Dialog<QuestionOptions> {
  constructor(
    private readonly knowledge: Knowledge,
    /** The seeker's saved intake answers (with consent), for who to ask. */
    private readonly savedAnswers: (context: TurnContext) => Promise<unknown> = async () => undefined,
  ) {
    super(QUESTION_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: QuestionOptions): Promise<DialogTurnResult> {
    if (options?.question) return this.answer(dc, options.question);
    const { t } = turnOf(dc.context);
    await say(dc.context, { text: t.knowledge.ask, choices: [backChoice(t)] });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = (dc.context.activity.text ?? '').trim();
    const { t } = turnOf(dc.context);
    // A question first: "wat is een werkgeversservicepunt?" contains "werkgever" but is a question.
    if (!questionForm(text)) {
      const route = matchChoice(text, ROUTES)?.value as QuestionOutcome | undefined;
      if (route) return dc.endDialog(route);
      const yesNo = parseYesNo(text);
      if (yesNo === 'no') return dc.endDialog('menu' satisfies QuestionOutcome);
      if (yesNo === 'yes') {
        await say(dc.context, { text: t.knowledge.typeIt, choices: [backChoice(t)] });
        return Dialog.EndOfTurn;
      }
    }
    return this.answer(dc, text);
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    const { t } = turnOf(context);
    await say(context, { text: t.knowledge.ask, choices: [backChoice(t)] });
  }

  private async answer(dc: DialogContext, question: string): Promise<DialogTurnResult> {
    const { t, locale } = turnOf(dc.context);
    const result = this.knowledge.answer(question, locale, withRegion(askerFrom(await this.savedAnswers(dc.context)), namedRegionId(dc.context)));
    for (const line of replyLines(result, t, locale)) await say(dc.context, line);
    await say(dc.context, { text: t.knowledge.another, choices: nextChoices(result, t) });
    return Dialog.EndOfTurn;
  }
}

function backChoice(t: Texts): ChoiceOption {
  return { value: 'menu', label: t.knowledge.backToMenu };
}

/** After an answer: its follow-up (the intake, the employer route), or a person when unsure. */
function nextChoices(result: KnowledgeResult, t: Texts): ChoiceOption[] {
  const followUp = 'entry' in result ? result.entry.followUp : 'advisor';
  const extra: ChoiceOption[] =
    followUp === 'intake' ? [{ value: 'work', label: t.menu.work }]
    : followUp === 'employer' ? [{ value: 'employer', label: t.menu.employer }]
    : followUp === 'advisor' ? [{ value: 'human', label: t.summary.advisor }]
    : [];
  return [...extra, backChoice(t)];
}
