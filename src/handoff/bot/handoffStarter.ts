// The one entry point to start a human handoff from a dialog or middleware: creates the handoff
// (with a one-line summary, never a BSN), tells the seeker what happens next (place in the queue,
// expected wait, or office hours and the choice to leave a question or be called back), and sends
// the Bot Framework `handoff.initiate` event with the transcript so an external agent hub could
// take over instead.
import { conversationLocale } from '../../dialogs/turn';
import { ActivityTypes, EventFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  MAX_PRIORITY,
  PRIORITY_VALUE,
  officeStatus,
  priorityName,
  summarize,
  type HandoffService,
  type HandoffStarterPort,
  type ClosedOn,
  type OfficeHours,
  type StartHandoffOptions,
  type TranscriptLine,
} from '..';
import { textsFor } from '../../texts';
import { fill } from '../../texts/fill';
import { dayLabel, queueMessage } from './queueTexts';

export interface HandoffStarterOptions {
  handoffs: HandoffService;
  officeHours: OfficeHours;
  /** The OFFICE_HOURS setting as written, shown to seekers ("ma-vr 09:00-17:00"). */
  officeHoursLabel: string;
  timeZone: string;
  /** Holidays and operator closing days (none when left out). */
  closedOn?: ClosedOn;
  maskText: (text: string) => string;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export class HandoffStarter implements HandoffStarterPort<TurnContext> {
  private readonly now: () => Date;

  constructor(private readonly o: HandoffStarterOptions) {
    this.now = o.now ?? (() => new Date());
  }

  officeOpen(): boolean {
    return officeStatus(this.o.officeHours, this.now(), this.o.timeZone, this.o.closedOn).open;
  }

  async start(context: TurnContext, options: StartHandoffOptions): Promise<void> {
    const t = textsFor(conversationLocale(context));
    const conversationId = context.activity.conversation.id;
    const known = await this.o.handoffs.seekerContext(conversationId);
    const lastSeekerText = [...known.transcript].reverse().find((l) => l.direction === 'in' && l.type === 'message' && l.text)?.text ?? undefined;
    // An employer's summary is the business facts in `detail`; a seeker profile of the same chat does not belong in it.
    const employer = options.audience === 'employer';
    const priority = typeof options.priority === 'number' ? Math.max(0, Math.min(MAX_PRIORITY, Math.round(options.priority))) : PRIORITY_VALUE[options.priority ?? 'normal'];
    const summary = summarize({ reason: options.reason, detail: options.detail, profile: employer ? null : known.profile, lastSeekerText, priority, mask: this.o.maskText });
    const started = await this.o.handoffs.start({ conversationId, seekerId: known.seekerId, channel: context.activity.channelId, reason: options.reason, priority, summary, audience: options.audience ?? 'seeker' });
    const office = officeStatus(this.o.officeHours, this.now(), this.o.timeZone, this.o.closedOn);
    const tellPlace = async () => {
      await context.sendActivity(queueMessage(t, started.position, started.estimate));
      await this.o.handoffs.told(started.handoff, started);
    };

    if (!started.created) {
      // E.g. a crisis while waiting about debts: the seeker hears their new place at once.
      if (started.handoff.status === 'waiting' && office.open) await tellPlace();
      return;
    }
    if (office.open) {
      await context.sendActivity(t.handoff.intro);
      await tellPlace();
      await context.sendActivity(t.handoff.whileWaiting);
      await context.sendActivity(t.handoff.backToBotHint);
    } else {
      await context.sendActivity(fill(t.handoff.officeClosed, { hours: this.o.officeHoursLabel }));
      if (office.next) await context.sendActivity(fill(t.handoff.nextOpen, { day: dayLabel(t, office.next.inDays, office.next.day), time: office.next.time }));
      await context.sendActivity(t.handoff.leaveQuestion);
      await context.sendActivity(MessageFactory.suggestedActions([t.handoff.leaveQuestionButton, t.handoff.callBackButton, t.handoff.backToBotButton], t.handoff.callBackQuestion));
    }
    await this.sendInitiation(context, { handoffId: started.handoff.id, reason: options.reason, priority: priorityName(priority), summary }, known.transcript);
  }

  /** Bot Framework handoff protocol: an agent hub listening on the channel may take over. */
  private async sendInitiation(context: TurnContext, handoffContext: Record<string, unknown>, lines: TranscriptLine[]): Promise<void> {
    const activities = lines
      .filter((l) => l.type === ActivityTypes.Message)
      .map((l) => ({
        type: ActivityTypes.Message,
        id: l.activityId,
        text: l.text ?? '',
        timestamp: l.createdAt,
        from: { id: l.sender, name: l.sender, role: l.direction === 'in' ? 'user' : 'bot' },
      })) as Partial<Activity>[] as Activity[];
    try {
      const event = EventFactory.createHandoffInitiation(context, handoffContext, { activities });
      await context.sendActivity(event);
    } catch (error) {
      // Some channels refuse event activities; the handoff itself stands.
      this.o.onError?.(error);
    }
  }
}
