// "Verwijder mijn gegevens": confirm, then erase everything about the seeker.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { forgetRecentTexts, matchChoice, parseYesNo } from '../language';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { ERASED, seekerOf } from './identity';
import type { EmployerDesk, SeekerRecords } from './services';
import { say, turnOf } from './turn';

export const ERASE_DIALOG = 'erase';
const CHOICES = [
  { value: 'yes', labels: [nl.erase.yes, en.erase.yes] },
  { value: 'no', labels: [nl.erase.no, en.erase.no] },
];

export class EraseDialog extends Dialog {
  constructor(
    private readonly records: SeekerRecords,
    /** Forgets the conversation's and user's bot state for this turn (and in storage). */
    private readonly forgetState: (context: TurnContext) => Promise<void>,
    /** Runs before the erase with every conversation of the seeker: closes their open handoffs. */
    private readonly beforeErase?: (conversationIds: string[]) => Promise<void>,
    /** An employer's data: their organisation, vacancies, groups (members untagged) and links. */
    private readonly desk?: EmployerDesk,
  ) {
    super(ERASE_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { t } = turnOf(dc.context);
    const text = dc.context.activity.text ?? '';
    const answer = matchChoice(text, CHOICES)?.value ?? parseYesNo(text);
    if (answer === 'yes') {
      await this.records.erase(seekerOf(dc.context), this.beforeErase);
      const employerErased = (await this.desk?.eraseEmployer(seekerOf(dc.context))) ?? false;
      forgetRecentTexts();
      await dc.cancelAllDialogs(true);
      await this.forgetState(dc.context);
      dc.context.turnState.set(ERASED, true);
      if (employerErased) await say(dc.context, t.employerMediation.erased);
      await say(dc.context, t.erase.done);
      return Dialog.EndOfTurn;
    }
    if (answer === 'no') {
      await say(dc.context, t.erase.kept);
      return dc.endDialog();
    }
    await say(dc.context, t.intake.notUnderstood);
    await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  private async ask(context: TurnContext): Promise<void> {
    const { t } = turnOf(context);
    await say(context, { text: t.erase.confirm, choices: [{ value: 'yes', label: t.erase.yes }, { value: 'no', label: t.erase.no }] });
  }
}
