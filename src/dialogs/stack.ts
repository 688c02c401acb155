// Where the conversation is, read from the dialog stack: the root dialog's interruptions depend on it.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { INTAKE_DIALOG } from './intakeDialog';
import { MAIN_DIALOG } from './mainDialog';
import { QuestionnaireDialog } from './questionnaire';
import { LOCALE_KEY } from './turn';

/** The innermost running dialog's context. */
export function deepest(dc: DialogContext): DialogContext {
  let current = dc;
  while (current.child) current = current.child;
  return current;
}

/** The seeker is answering a question of a questionnaire (the intake's or the employer's). */
export function inQuestion(inner: DialogContext): boolean {
  const dc = deepest(inner);
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
