// Follow-up after a referral, the sending side for src/app.ts: the scheduler that asks due
// follow-ups on WhatsApp (template) and Teams (proactively), on every instance (claims keep it to
// one sender per follow-up). Website follow-ups are asked by the answer dialog when the seeker returns.
import type { Config } from '../config';
import type { Db } from '../db/client';
import { followUpAddress, PrismaFollowUpStore } from '../db/followUpStore';
import { ChannelFollowUpDelivery } from '../channels/followUpDelivery';
import { FollowUpScheduler } from '../followup/scheduler';
import { localTime } from '../handoff';
import type { Logger } from '../logger';
import type { Channels } from './composeChannels';

export interface FollowUpSchedulerDeps {
  config: Config;
  db: Db;
  logger: Logger;
  channels: Channels;
  /** The scheduler's clock (tests move it). */
  now?: () => Date;
}

/** Builds the scheduler and starts it every FOLLOW_UP_INTERVAL_MS (0: not; tests call tick()). */
export function startFollowUpScheduler(d: FollowUpSchedulerDeps): FollowUpScheduler {
  const { config, db, logger, channels } = d;
  const delivery = new ChannelFollowUpDelivery({
    address: (row) => followUpAddress(db, row),
    whatsApp: channels.whatsApp ? { adapter: () => channels.whatsApp?.adapter, template: config.followUp.whatsAppTemplate } : undefined,
    teams: { cloud: () => channels.cloudAdapter, appId: config.microsoftApp.id },
  });
  const { hours } = config.followUp;
  const mayAsk = (now: Date) => {
    const { minutes } = localTime(now, config.handoff.timeZone);
    return minutes >= hours.from && minutes < hours.to;
  };
  const scheduler = new FollowUpScheduler({ store: new PrismaFollowUpStore(db), delivery, now: d.now, mayAsk, log: logger.child({ part: 'follow-up' }) });
  scheduler.start(config.followUp.intervalMs);
  return scheduler;
}
