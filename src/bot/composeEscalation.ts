// Advisors in a Teams channel hear about new waiting chats (when TEAMS_ESCALATION_* and PUBLIC_URL
// are set): the notifier follows the handoff events and posts through the CloudAdapter. Part of
// src/app.ts's composition.
import { HANDOFF_EVENTS_TOPIC } from '../advisor/events';
import type { Config } from '../config';
import type { TranscriptStore } from '../db/transcriptStore';
import type { Logger } from '../logger';
import { EscalationNotifier } from '../channels/teams/escalationNotifier';
import type { WerkloketCloudAdapter } from './cloudAdapter';
import type { HandoffParts } from './composeHandoff';

export interface Escalation {
  /** Stops following the events, then waits for posts under way. */
  close(): Promise<void>;
}

export function teamsEscalation(d: { config: Config; logger: Logger; cloudAdapter: WerkloketCloudAdapter; transcripts: TranscriptStore; handoff: HandoffParts }): Escalation | undefined {
  const { config, cloudAdapter, handoff } = d;
  const escalation = config.teamsEscalation;
  if (!escalation || !config.publicUrl) return undefined;
  const notifier = new EscalationNotifier({
    target: escalation,
    botId: config.microsoftApp.id,
    consoleUrl: `${config.publicUrl}/advisor`,
    logger: d.logger,
    send: (reference, activity) =>
      cloudAdapter.continueConversationAsync(config.microsoftApp.id ?? '', reference, async (context) => {
        // A new post in the channel, not a reply to the synthetic continuation activity.
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const a of activities) delete a.replyToId;
          return next();
        });
        await context.sendActivity(activity);
      }),
    claim: (id, text) => d.transcripts.append({ conversationId: escalation.conversationId, channel: 'msteams', activityId: id, direction: 'out', sender: 'system', type: 'message', text }),
    handoff: (id) => handoff.handoffs.detail(id).catch(() => undefined),
  });
  const unsubscribe = handoff.bus.subscribe(HANDOFF_EVENTS_TOPIC, (event) => notifier.onEvent(event));
  return {
    async close() {
      unsubscribe();
      await notifier.idle();
    },
  };
}
