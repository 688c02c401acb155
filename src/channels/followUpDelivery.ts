// Writes a due follow-up question ("Is het gelukt bij …?") into the seeker's own channel, for the
// scheduler (src/followup/scheduler.ts): on WhatsApp as the approved template (it may be days since
// the seeker's last message), on Teams proactively as a card with the three answers. Each answer
// button brings { followUp, outcome } back as the activity's value, with its title as the text
// (see /work/coord/followup-activity.md). Both go through the channel's adapter, so the transcript
// keeps the question like any other message from Werkloket.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { FollowUpRow, Outcome } from '../followup/ports';
import { UndeliverableFollowUp, type FollowUpDelivery } from '../followup/scheduler';
import { textsFor, type Texts } from '../texts';
import { adaptiveCard } from './renderers/adaptiveCard';
import { TEAMS_CHANNEL } from './renderers/dispatch';
import { WHATSAPP_CHANNEL } from './whatsapp/adapter';
import { followUpTemplate, templateActivity, type TemplateChoice } from './whatsapp/template';

/** An in-process adapter that can write into one of its conversations (the WhatsApp adapter). */
export interface ProactiveChannel {
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export interface ChannelFollowUpDeliveryOptions {
  /** The stored reference to write into (src/db/followUpStore.ts followUpAddress). */
  address(row: FollowUpRow): Promise<unknown | undefined>;
  /** Absent, or without a template: WhatsApp follow-ups are not pushed. */
  whatsApp?: { adapter: () => ProactiveChannel | undefined; template?: TemplateChoice };
  /** Teams (and other Azure Bot Service channels) through the CloudAdapter. */
  teams?: { cloud: () => CloudAdapter | undefined; appId?: string };
}

type FollowUpTexts = Texts['followUp'];
const BUTTONS: [Outcome, keyof Pick<FollowUpTexts, 'done' | 'notYet' | 'failed'>][] = [
  ['done', 'done'],
  ['not-yet', 'notYet'],
  ['failed', 'failed'],
];

/** The question as the seeker reads it (and the transcript keeps it). */
export function followUpQuestion(t: FollowUpTexts, row: Pick<FollowUpRow, 'referralType' | 'subject' | 'providerName'>): string {
  return row.referralType === 'introduction' ? t.questionIntroduction(row.subject) : `${t.questionAbout(row.subject)}\n${t.question(row.providerName)}`;
}

export class ChannelFollowUpDelivery implements FollowUpDelivery {
  readonly channels: readonly string[];

  constructor(private readonly o: ChannelFollowUpDeliveryOptions) {
    this.channels = [...(o.whatsApp?.template ? [WHATSAPP_CHANNEL] : []), ...(o.teams ? [TEAMS_CHANNEL] : [])];
  }

  async deliver(row: FollowUpRow): Promise<void> {
    const reference = (await this.o.address(row)) as Partial<ConversationReference> | undefined;
    if (!reference?.channelId) throw new UndeliverableFollowUp('no-address');
    const t = textsFor(reference.locale).followUp;
    const text = followUpQuestion(t, row);
    if (row.channel === WHATSAPP_CHANNEL && this.o.whatsApp?.template) {
      const adapter = this.o.whatsApp.adapter();
      if (!adapter) throw new UndeliverableFollowUp('channel-off');
      const activity = templateActivity(followUpTemplate(this.o.whatsApp.template, row), text, { werkloketSender: 'system' });
      await surfaced((logic) => adapter.continueConversation(reference, logic), async (context) => void (await context.sendActivity(activity)));
      return;
    }
    const cloud = row.channel === TEAMS_CHANNEL ? this.o.teams?.cloud() : undefined;
    if (!cloud) throw new UndeliverableFollowUp('channel-off');
    await surfaced((logic) => cloud.continueConversationAsync(this.o.teams?.appId ?? '', reference, logic), async (context) => {
      // Registered after the transcript's handler: it kept the text; Teams gets the card alone (text
      // beside a card shows as two messages), and no replyToId (a proactive message answers nothing).
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) {
          delete a.replyToId;
          delete a.text;
        }
        return next();
      });
      await context.sendActivity({ type: 'message', text, summary: text.split('\n').at(-1), attachments: [teamsCard(t, row, text)], channelData: { werkloketSender: 'system' } });
    });
  }
}

/**
 * The question with three buttons. messageBack: the seeker sees the title as their message, the
 * bot gets it as text and { followUp, outcome } as value.
 */
function teamsCard(t: FollowUpTexts, row: FollowUpRow, text: string) {
  const body = text.split('\n').map((line, i) => ({ type: 'TextBlock', text: line, wrap: true, ...(i > 0 ? { spacing: 'Small', weight: 'Bolder' } : {}) }));
  const actions = BUTTONS.map(([outcome, key]) => {
    const value = { followUp: row.id, outcome };
    return { type: 'Action.Submit', title: t[key], data: { ...value, msteams: { type: 'messageBack', displayText: t[key], text: t[key], value: JSON.stringify(value) } } };
  });
  return adaptiveCard(body, actions, { msteams: { width: 'Full' } });
}

type Logic = (context: TurnContext) => Promise<void>;

/**
 * Runs `logic` in a proactive turn and throws what its send threw: the adapters hand a turn's error
 * to their turn-error handler (which apologises to the seeker) instead of to the caller, and the
 * scheduler must know that the question did not go out.
 */
async function surfaced(run: (logic: Logic) => Promise<void>, logic: Logic): Promise<void> {
  let failure: { error: unknown } | undefined;
  await run(async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}
