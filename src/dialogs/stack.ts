// Where the conversation is, read from the dialog stack: the root dialog's interruptions depend on it.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { INTAKE_DIALOG } from './intakeDialog';
import { MAIN_DIALOG } from './mainDialog';
import { QuestionnaireDialog } from './questionnaire';
import { LOCALE_KEY } from './turn';

/**
 * The running dialogs' contexts from `dc` inwards, the innermost last. Each `child` is a new
 * DialogContext with its own state manager (costly): walk once per turn and pass the levels on.
 */
export function levels(dc: DialogContext): DialogContext[] {
  const all = [dc];
  for (let child = dc.child; child; child = child.child) all.push(child);
  return all;
}

/** The running dialogs of this turn, walked once when first asked: only while the stack does not change. */
export class StackView {
  private walked?: DialogContext[];
  constructor(private readonly dc: DialogContext) {}
  get levels(): DialogContext[] {
    return (this.walked ??= levels(this.dc));
  }
  get innermost(): DialogContext {
    return this.levels.at(-1)!;
  }
  get inQuestion(): boolean {
    return asksQuestion(this.innermost);
  }
}

/** The seeker is answering a question of a questionnaire (the intake's or the employer's); `dc`: the innermost, the last of levels(). */
export function asksQuestion(dc: DialogContext): boolean {
  return dc.activeDialog !== undefined && dc.findDialog(dc.activeDialog.id) instanceof QuestionnaireDialog;
}

/** At the front-door menu (not in a route). */
export function atMenu(inner: DialogContext): boolean {
  return inner.activeDialog?.id === MAIN_DIALOG;
}

export function inIntake(inner: DialogContext): boolean {
  return inner.stack.some((d) => d.id === INTAKE_DIALOG);
}

/** Whether the conversation's language was chosen (stored), not just the channel's default. */
export function localeChosen(context: TurnContext): boolean {
  return context.turnState.get(LOCALE_KEY) !== undefined;
}
