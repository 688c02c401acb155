// "Klopt dit?" before the proposals: what the bot understood, one button per summary line to change
// it, and "Ja, dit klopt". A line (tapped, or typed: "de uren kloppen niet", "postcode is 3512")
// asks its question again, then "Klopt dit?" again. Also "Wat klopt er niet?" during the intake,
// when a correction does not say what is wrong (mode 'which': one change, then back).
import { Dialog, type DialogContext, type DialogTurnResult, type DialogReason } from 'botbuilder-dialogs';
import { findCorrection, matchChoice, parseYesNo, words, type IntakeQuestionId } from '../language';
import type { ChoiceOption } from '../channels/message';
import { en } from '../texts/en';
import { nl, type Texts } from '../texts/nl';
import { applyYears, correctionDialogId, WHICH_DIALOG, mergeCorrection, planCorrection, type CorrectionOptions } from './corrections';
import type { IntakeAnswers } from './intakeAnswers';
import type { QuestionnaireResult } from './questionnaire';
import { summaryEntries, type SummaryEntry } from './summaryDialog';
import { say, turnOf, type Turn } from './turn';

export const CONFIRM_DIALOG = WHICH_DIALOG;
/** Button labels longer than this are cut (a WhatsApp list row id holds 200; shorter reads better). */
const LABEL_MAX = 60;
const YES = 'yes';

export interface ConfirmOptions {
  answers: IntakeAnswers;
  /** 'which': asked during the intake ("nee dat klopt niet"): one change, then back to the question. */
  mode?: 'confirm' | 'which';
}

interface State {
  answers: IntakeAnswers;
  mode: 'confirm' | 'which';
  /** The question asked again, and the answers before it (to merge what it set aside). */
  changing?: { question: IntakeQuestionId; before: IntakeAnswers };
}

type Name = keyof Texts['confirm']['names'];

interface Item {
  question: IntakeQuestionId;
  label: string;
}

/** One button per question the summary lines came from, in the summary's order. */
export function confirmItems(entries: SummaryEntry[], t: Texts): Item[] {
  const items: Item[] = [];
  for (const entry of entries) {
    if (items.some((i) => i.question === entry.question)) continue;
    const name = t.confirm.names[entry.question as Name] ?? '';
    const label = !name || entry.text.includes(': ') || entry.text.toLowerCase().startsWith(name.toLowerCase()) ? entry.text : `${name}: ${entry.text}`;
    items.push({ question: entry.question, label: cut(label) });
  }
  return items;
}

function cut(text: string): string {
  if (text.length <= LABEL_MAX) return text;
  const head = text.slice(0, LABEL_MAX - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > LABEL_MAX / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A line named in words ("de uren kloppen niet", "postcode is 3512"), in either language. */
function namedQuestion(text: string, items: Item[]): IntakeQuestionId | undefined {
  const typed = new Set(words(text));
  const named = (question: IntakeQuestionId) =>
    [nl, en].some((t) => {
      const name = words(t.confirm.names[question as Name] ?? '');
      return name.length > 0 && name.every((w) => typed.has(w));
    });
  // The longest name first: "eerder werk" before "werk".
  const byLength = [...items].sort((a, b) => (nl.confirm.names[b.question as Name] ?? '').length - (nl.confirm.names[a.question as Name] ?? '').length);
  return byLength.find((i) => named(i.question))?.question;
}

export class ConfirmDialog extends Dialog<ConfirmOptions> {
  constructor(private readonly now: () => Date) {
    super(CONFIRM_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ConfirmOptions): Promise<DialogTurnResult> {
    const state: State = { answers: structuredClone(options?.answers ?? {}), mode: options?.mode ?? 'confirm' };
    dc.activeDialog!.state = state;
    if (!summaryEntries(state.answers, this.turn(dc)).length) return dc.endDialog({ answers: state.answers } satisfies QuestionnaireResult);
    await this.show(dc, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const turn = this.turn(dc);
    const text = (dc.context.activity.text ?? '').trim();
    const items = confirmItems(summaryEntries(state.answers, turn), turn.t);
    const choices = this.choices(items, turn.t);

    const picked = matchChoice(text, choices.map((c) => ({ value: c.value, labels: [c.label] })));
    if (picked?.value === YES) return dc.endDialog({ answers: state.answers } satisfies QuestionnaireResult);
    if (picked && picked.confidence === 1) return this.change(dc, state, picked.value as IntakeQuestionId);

    const correction = findCorrection(text);
    if (correction) {
      const plan = planCorrection(correction, { answers: state.answers });
      if (plan.kind === 'ask') return this.change(dc, state, plan.question, plan.firstAnswer);
      if (plan.kind === 'years') {
        await say(dc.context, applyYears(state.answers, plan, turn));
        return this.showOrEnd(dc, state);
      }
    }
    const named = namedQuestion(text, items);
    // A number with the name ("uren moet 24 zijn") is the new answer; else the question is asked.
    if (named) return this.change(dc, state, named, /\d/.test(text) ? text : undefined);

    const yesNo = correction ? 'no' : parseYesNo(text);
    if (yesNo === 'yes') return dc.endDialog({ answers: state.answers } satisfies QuestionnaireResult);
    await say(dc.context, yesNo === 'no' ? turn.t.confirm.which : turn.t.confirm.hint);
    await say(dc.context, { text: turn.t.confirm.question, choices });
    return Dialog.EndOfTurn;
  }

  /** Back from the question asked again: its answer in, then "Klopt dit?" again. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: QuestionnaireResult): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const changed = Boolean(state.changing && result?.answers && !result.back);
    if (changed) state.answers = mergeCorrection(state.changing!.question, state.changing!.before, result!.answers);
    delete state.changing;
    // "terug" at the question asked again during the intake: nothing changed, back to where it was.
    if (!changed && state.mode === 'which') return dc.endDialog({ answers: state.answers } satisfies QuestionnaireResult);
    return this.showOrEnd(dc, state);
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: unknown }): Promise<void> {
    const state = instance.state as State;
    const turn = turnOf(context, undefined, this.now());
    await say(context, { text: turn.t.confirm.question, choices: this.choices(confirmItems(summaryEntries(state.answers, turn), turn.t), turn.t) });
  }

  private async change(dc: DialogContext, state: State, question: IntakeQuestionId, firstAnswer?: string): Promise<DialogTurnResult> {
    if (!dc.findDialog(correctionDialogId(question))) return this.showOrEnd(dc, state);
    state.changing = { question, before: structuredClone(state.answers) };
    return dc.beginDialog(correctionDialogId(question), { answers: state.answers, firstAnswer } satisfies CorrectionOptions);
  }

  private async showOrEnd(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    if (state.mode === 'which') {
      await say(dc.context, this.turn(dc).t.confirm.changed);
      return dc.endDialog({ answers: state.answers } satisfies QuestionnaireResult);
    }
    await this.show(dc, state);
    return Dialog.EndOfTurn;
  }

  private async show(dc: DialogContext, state: State): Promise<void> {
    const turn = this.turn(dc);
    const entries = summaryEntries(state.answers, turn);
    const choices = this.choices(confirmItems(entries, turn.t), turn.t);
    if (state.mode === 'which') {
      await say(dc.context, { text: turn.t.confirm.which, choices });
      return;
    }
    await say(dc.context, [turn.t.summary.intro, ...entries.map((e) => `- ${e.text}`)].join('\n'));
    await say(dc.context, { text: turn.t.confirm.question, choices });
  }

  private choices(items: Item[], t: Texts): ChoiceOption[] {
    return [{ value: YES, label: t.confirm.yes }, ...items.map((i) => ({ value: i.question, label: i.label }))];
  }

  private turn(dc: DialogContext): Turn {
    return turnOf(dc.context, undefined, this.now());
  }
}
