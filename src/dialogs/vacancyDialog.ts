// Bemiddeling in the summary (issue 17): after the proposals, fitting vacancies. The first time
// there are any, the seeker is asked whether their profile may be used for it (what it means, that
// the employer sees no name before an advisor introduces them, how to withdraw); "nee" is recorded
// and not asked again. Then each vacancy as a card ("Een werkgever bij jou in de buurt zoekt …")
// and "Wil je dat een adviseur je voorstelt?": "ja" makes one mediation request for an advisor.
// "Ik wil niet meer voorgesteld worden" works at any moment (matchingIntent).
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardPlainText } from '../channels/cardText';
import { matchChoice, parseYesNoAnswer } from '../language';
import { saysStartMatching, saysStopMatching } from '../language/matchingWords';
import type { Locale, Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { EMPLOYER_DIALOG } from './employerDialog';
import { FOLLOW_UP_OFFER, followUpWanted, introductionSubject, type FollowUpOfferOptions, type FollowUpOfferResult } from './followUpOffer';
import type { FollowUpPort } from './followUpServices';
import { seekerOf } from './identity';
import type { IntakeAnswers } from './intakeAnswers';
import type { SeekerMediation, SeekerRecords, VacancyOffer } from './services';
import { offerLine, vacancyCard } from './vacancyCards';
import { StackView } from './stack';
import { say, turnOf } from './turn';

export const VACANCY_DIALOG = 'vacancies';

export interface VacancyOptions {
  seekerId: string;
  offers: VacancyOffer[];
  /** Not asked yet: the consent question comes first. */
  askConsent: boolean;
}

interface State extends VacancyOptions {
  phase: 'consent' | 'offer';
  index: number;
  misses?: number;
  /** The follow-up question runs for the current vacancy: when it ends, the next vacancy. */
  following?: boolean;
  /** "Nee" to the follow-up question once: not asked again for the next vacancies. */
  noFollowUp?: boolean;
}

const CONSENT_CHOICES = [
  { value: 'yes', labels: [nl.mediation.consentYes, en.mediation.consentYes] },
  { value: 'no', labels: [nl.mediation.consentNo, en.mediation.consentNo] },
];
const OFFER_CHOICES = [
  { value: 'yes', labels: [nl.mediation.offerYes, en.mediation.offerYes] },
  { value: 'no', labels: [nl.mediation.offerNo, en.mediation.offerNo] },
];

/** What the summary starts after its proposals: undefined when there is nothing to offer or ask. */
export async function vacancyStart(mediation: SeekerMediation, seekerId: string, answers: IntakeAnswers, locale: Locale, now: Date): Promise<VacancyOptions | undefined> {
  const consent = await mediation.consent(seekerId);
  if (consent === 'refused') return undefined;
  const offers = await mediation.vacancies(seekerId, answers, locale, now);
  return offers.length ? { seekerId, offers, askConsent: consent !== 'granted' } : undefined;
}

/** "liever niet" is a no here; "weet ik niet" no answer (asked again). */
function yesOrNo(text: string): 'yes' | 'no' | undefined {
  const answer = parseYesNoAnswer(text);
  return answer === 'private' ? 'no' : answer === 'yes' || answer === 'no' ? answer : undefined;
}

export class VacancyDialog extends Dialog<VacancyOptions> {
  constructor(
    private readonly mediation: SeekerMediation,
    private readonly now: () => Date,
    private readonly followUps?: FollowUpPort,
  ) {
    super(VACANCY_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: VacancyOptions): Promise<DialogTurnResult> {
    if (!options?.offers.length) return dc.endDialog();
    const state: State = { ...options, phase: options.askConsent ? 'consent' : 'offer', index: 0 };
    dc.activeDialog!.state = state;
    const { t } = turnOf(dc.context, undefined, this.now());
    if (state.phase === 'consent') for (const line of t.mediation.consentExplain) await say(dc.context, line);
    await this.ask(dc.context, state, true);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const { t } = turnOf(dc.context, undefined, this.now());
    const text = dc.context.activity.text ?? '';
    // Yes or no in the seeker's words first: a label's other words ("Nee, liever niet") never outweigh a plain "nee".
    const answer = yesOrNo(text) ?? matchChoice(text, state.phase === 'consent' ? CONSENT_CHOICES : OFFER_CHOICES)?.value ?? (saysStartMatching(text) ? 'yes' : undefined);
    if (answer === undefined) {
      state.misses = (state.misses ?? 0) + 1;
      // A second miss: no answer is taken as "not now" (nothing recorded), never a loop.
      if (state.misses > 1) return this.giveUp(dc, state, t);
      await say(dc.context, state.phase === 'consent' ? t.intake.notUnderstood : t.mediation.notUnderstood);
      await this.ask(dc.context, state, false);
      return Dialog.EndOfTurn;
    }
    state.misses = 0;
    if (state.phase === 'consent') {
      await this.mediation.setConsent(state.seekerId, answer === 'yes');
      if (answer === 'no') {
        await say(dc.context, t.mediation.consentRefused);
        return dc.endDialog();
      }
      await say(dc.context, t.mediation.consentThanks);
      state.phase = 'offer';
      await this.ask(dc.context, state, true);
      return Dialog.EndOfTurn;
    }
    const result = await this.answerOffer(dc.context, state, answer === 'yes', t);
    // "Zal ik over 2 weken vragen hoe het ging?" once the request is made (issue 18).
    const offer = state.offers[state.index];
    const subject = introductionSubject(offer.vacancyId, offer.what);
    if (result === 'created' && !state.noFollowUp && (await followUpWanted(this.followUps, state.seekerId, subject))) {
      state.following = true;
      return dc.beginDialog(FOLLOW_UP_OFFER, { seekerId: state.seekerId, subject } satisfies FollowUpOfferOptions);
    }
    return this.next(dc, state);
  }

  /** After the follow-up question: the next vacancy; after an interruption: the question again. */
  override async resumeDialog(dc: DialogContext, _reason?: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    if (state.following) {
      state.following = false;
      if ((result as FollowUpOfferResult | undefined) === 'declined') state.noFollowUp = true;
      return this.next(dc, state);
    }
    await this.ask(dc.context, state, false);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: { state: object }): Promise<void> {
    await this.ask(context, instance.state as State, false);
  }

  private async answerOffer(context: TurnContext, state: State, yes: boolean, t: Texts): Promise<string> {
    if (!yes) {
      await say(context, t.mediation.offerSkipped);
      return 'skipped';
    }
    const result = await this.mediation.request(state.seekerId, state.offers[state.index].vacancyId, this.now());
    if (result === 'created') for (const line of t.mediation.requested) await say(context, line);
    else if (result === 'again') await say(context, t.mediation.requestedAgain);
    else if (result === 'closed') await say(context, t.mediation.offerClosed);
    else await say(context, t.mediation.notGiven);
    return result;
  }

  private async next(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    state.index++;
    if (state.index >= state.offers.length) return dc.endDialog();
    await this.ask(dc.context, state, true);
    return Dialog.EndOfTurn;
  }

  private async giveUp(dc: DialogContext, state: State, t: Texts): Promise<DialogTurnResult> {
    if (state.phase === 'consent') {
      await say(dc.context, t.mediation.consentNotNow);
      return dc.endDialog();
    }
    state.misses = 0;
    return this.next(dc, state);
  }

  /** The consent question, or the current vacancy (its card when new) and "Wil je dat een adviseur je voorstelt?". */
  private async ask(context: TurnContext, state: State, fresh: boolean): Promise<void> {
    const { t, locale } = turnOf(context, undefined, this.now());
    const m = t.mediation;
    if (state.phase === 'consent') {
      await say(context, { text: m.consentQuestion, choices: [{ value: 'yes', label: m.consentYes }, { value: 'no', label: m.consentNo }] });
      return;
    }
    const offer = state.offers[state.index];
    if (fresh) {
      const card = vacancyCard(offer, t, locale);
      await say(context, { text: cardPlainText(card), card });
    }
    await say(context, { text: `${offerLine(offer, t, locale)}\n${m.offerQuestion}`, choices: [{ value: 'yes', label: m.offerYes }, { value: 'no', label: m.offerNo }] });
  }
}

/**
 * "Ik wil niet meer voorgesteld worden" / "stel me voor aan werkgevers" as the root sees them, at
 * any moment: answered here (true), or not about matching (false). A running vacancy question ends
 * after a withdrawal; inside it, "stel me voor …" is its "ja" and is left to it.
 */
export async function matchingIntent(inner: DialogContext, text: string, records: SeekerRecords, mediation?: SeekerMediation): Promise<boolean> {
  if (!mediation) return false;
  // Words first (cheap, every turn); the stack is walked only when they ask for this.
  const stop = saysStopMatching(text);
  if (!stop && !saysStartMatching(text)) return false;
  // An employer's words about their own vacancies ("stop met de vacature") are the employer route's.
  if (inner.stack.some((d) => d.id === EMPLOYER_DIALOG)) return false;
  const innermost = new StackView(inner).innermost;
  const inOffer = innermost.activeDialog?.id === VACANCY_DIALOG;
  if (!stop && inOffer) return false;
  const { t } = turnOf(inner.context);
  const found = await records.find(seekerOf(inner.context));
  if (stop) {
    const withdrawn = found ? await mediation.withdraw(found.id) : false;
    // Not given (yet): kept as a "nee", so the question does not come.
    if (found && !withdrawn) await mediation.setConsent(found.id, false);
    await say(inner.context, withdrawn ? t.mediation.withdrawn : t.mediation.notGiven);
    if (inOffer) await innermost.endDialog();
    else if (inner.activeDialog) await inner.repromptDialog();
    return true;
  }
  if (!found?.consent) await say(inner.context, t.mediation.optInNeedsProfile);
  else {
    await mediation.setConsent(found.id, true);
    await say(inner.context, t.mediation.optedIn);
  }
  if (inner.activeDialog) await inner.repromptDialog();
  return true;
}
