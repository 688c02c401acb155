// "Zal ik over 2 weken vragen hoe het ging?" (issue 18): asked once per subject after the seeker got
// the next step of a proposal ("Hoe ga ik verder?") or asked to be introduced to a vacancy. Only
// for a seeker who agreed that their answers are kept (a seekerId exists only then): without it,
// nothing is stored and the question does not come. "Nee" and "weet ik niet" store nothing.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { matchChoice, parseDetailsRequest } from '../language';
import { FOLLOW_UP_DELAYS, parseFollowUpDelay } from '../language/followUpWords';
import type { Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { DAY_MS, FollowUpSubjectSchema, type FollowUpPort, type FollowUpSubject } from './followUpServices';
import type { ProposalView } from './services';
import { say, turnOf } from './turn';

export const FOLLOW_UP_OFFER = 'followUpOffer';
export type FollowUpOfferResult = 'scheduled' | 'declined';

export interface FollowUpOfferOptions {
  seekerId: string;
  subject: FollowUpSubject;
  /** Handed back as this dialog's result (the summary's outcome when it replaced the summary). */
  result?: unknown;
}

interface State extends FollowUpOfferOptions {
  misses?: number;
}

const LABELS = (t: Texts) => [t.followUp.in1, t.followUp.in2, t.followUp.in4];
/** The buttons in both languages, for a seeker who types a label of the other language. */
const CHOICES = [
  ...FOLLOW_UP_DELAYS.map((days, i) => ({ value: String(days), labels: [LABELS(nl)[i], LABELS(en)[i]] })),
  { value: 'no', labels: [nl.followUp.offerNo, en.followUp.offerNo] },
];

/** Whether to ask: a seeker who consented to keeping their answers, and not asked about this subject before. */
export async function followUpWanted(port: FollowUpPort | undefined, seekerId: string | undefined, subject: FollowUpSubject | undefined): Promise<boolean> {
  if (!port || !seekerId || !subject) return false;
  return !(await port.forSubject(seekerId, subject.subjectId));
}

const ContactSchema = z.object({ providerId: z.string().min(1), name: z.string().min(1) });

/**
 * What a proposal's follow-up is about: the instrument id or the proposal's kind, its title, and who
 * to ask about: the concrete provider when the proposal names one (`contact`, issue 18's regional
 * directory; read loosely, as it may be absent), else the proposal's provider.
 */
export function proposalSubject(p: ProposalView): FollowUpSubject | undefined {
  const loose = p as ProposalView & { contact?: unknown; regionId?: unknown };
  const contact = ContactSchema.safeParse(loose.contact);
  const regionId = typeof loose.regionId === 'string' ? loose.regionId : undefined;
  const parsed = FollowUpSubjectSchema.safeParse({
    referralType: p.id.startsWith('instrument:') ? p.id.slice('instrument:'.length) : p.kind,
    subjectId: p.id,
    subject: p.title,
    providerName: contact.success ? contact.data.name : p.provider,
    ...(contact.success ? { providerId: contact.data.providerId } : {}),
    ...(regionId ? { regionId } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/** Kept in the summary's state: the shown proposals' subjects, and the one the seeker opened last. */
export interface FollowUpChoice {
  subjects: FollowUpSubject[];
  /** 1-based, as in "Meer uitleg 2". */
  detailed?: number;
}

/** The subjects of the shown proposals, in the order of their numbers. */
export function followUpSubjects(proposals: ProposalView[], shownIds: string[]): FollowUpSubject[] {
  return shownIds.flatMap((id) => {
    const p = proposals.find((q) => q.id === id);
    const subject = p && proposalSubject(p);
    return subject ? [subject] : [];
  });
}

/** "Meer uitleg 2": the seeker looks at that proposal, so that is the one they go on with. */
export function noteDetailed(choice: FollowUpChoice | undefined, text: string): void {
  const n = parseDetailsRequest(text);
  if (choice && n !== undefined && n <= choice.subjects.length) choice.detailed = n;
}

/** The proposal opened last, else the first (best) one. */
export function chosenSubject(choice: FollowUpChoice | undefined): FollowUpSubject | undefined {
  return choice?.subjects[(choice.detailed ?? 1) - 1] ?? choice?.subjects[0];
}

/** The organisation an introduction goes through (the seeker never hears the employer's name). */
export const INTRODUCTION_PROVIDER = 'Werkcentrum';

export function introductionSubject(vacancyId: string, what: string): FollowUpSubject {
  return { referralType: 'introduction', subjectId: `vacancy:${vacancyId}`, subject: what, providerName: INTRODUCTION_PROVIDER };
}

export class FollowUpOfferDialog extends Dialog<FollowUpOfferOptions> {
  constructor(
    private readonly port: FollowUpPort,
    private readonly now: () => Date,
  ) {
    super(FOLLOW_UP_OFFER);
  }

  override async beginDialog(dc: DialogContext, options?: FollowUpOfferOptions): Promise<DialogTurnResult> {
    if (!options) return dc.endDialog();
    dc.activeDialog!.state = { ...options } satisfies State;
    const { t } = turnOf(dc.context, undefined, this.now());
    const s = options.subject;
    await say(dc.context, s.referralType === 'introduction' ? t.followUp.offerAboutIntroduction(s.subject) : t.followUp.offerAbout(s.subject, s.providerName));
    await this.ask(dc.context);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const { t } = turnOf(dc.context, undefined, this.now());
    const text = dc.context.activity.text ?? '';
    // The seeker's own words first ("ja, over een week"), then the buttons' labels in either language.
    const chosen = parseFollowUpDelay(text) ?? matchChoice(text, CHOICES)?.value;
    const answer = chosen === 'no' || chosen === undefined ? chosen : Number(chosen);
    if (answer === undefined) {
      state.misses = (state.misses ?? 0) + 1;
      // A second miss is taken as "not now": nothing is stored, never a loop.
      if (state.misses > 1) return this.end(dc, state, t.followUp.declined, 'declined');
      await say(dc.context, t.followUp.offerNotUnderstood);
      await this.ask(dc.context);
      return Dialog.EndOfTurn;
    }
    if (answer === 'no') return this.end(dc, state, t.followUp.declined, 'declined');
    const { activity } = dc.context;
    await this.port.schedule({
      ...state.subject,
      seekerId: state.seekerId,
      channel: activity.channelId,
      conversationId: activity.conversation.id,
      dueAt: new Date(this.now().getTime() + answer * DAY_MS),
    });
    return this.end(dc, state, t.followUp.scheduled(answer), 'scheduled');
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.ask(context);
  }

  /** Ends with the options' result when given, else with what the seeker chose. */
  private async end(dc: DialogContext, state: State, line: string, chose: FollowUpOfferResult): Promise<DialogTurnResult> {
    await say(dc.context, line);
    return dc.endDialog(state.result ?? chose);
  }

  private async ask(context: TurnContext): Promise<void> {
    const { t } = turnOf(context, undefined, this.now());
    const f = t.followUp;
    const choices = [...FOLLOW_UP_DELAYS.map((days, i) => ({ value: String(days), label: LABELS(t)[i] })), { value: 'no', label: f.offerNo }];
    await say(context, { text: f.offerQuestion, choices });
  }
}
