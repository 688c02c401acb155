// The channels of the app, each with the one turn pipeline (src/bot/pipeline.ts): the CloudAdapter
// (Teams and Azure channels), the website's in-process Direct Line, and WhatsApp when configured.
// Part of src/app.ts's composition.
import type { ActivityHandler } from 'botbuilder';
import type { Config } from '../config';
import { DirectLineStore } from '../db/directLineStore';
import { InboundSeenStore } from '../db/inboundSeen';
import { secretFor } from '../db/settings';
import type { Logger } from '../logger';
import { StreamHub } from '../channels/directline/hub';
import { DirectLineService } from '../channels/directline/service';
import { UnansweredMessages } from '../db/unansweredMessages';
import { TokenService } from '../channels/directline/tokens';
import { SeekerCookies, retentionSeconds } from '../channels/directline/seekerCookie';
import { ChannelRenderMiddleware } from '../channels/renderers';
import { TeamsInboundMiddleware } from '../channels/teams/inbound';
import { WhatsAppChannel } from '../channels/whatsapp/channel';
import { conversationLocale } from '../dialogs/turn';
import { createCloudAdapter, turnErrorHandler, type WerkloketCloudAdapter } from './cloudAdapter';
import type { HandoffParts } from './composeHandoff';
import type { Storage } from './composeDatabase';
import type { BotParts } from './createBot';
import { useTurnPipeline, type TurnSteps } from './pipeline';

export interface Channels {
  cloudAdapter: WerkloketCloudAdapter;
  /** This instance's Direct Line streams (shared with other instances through the handoff's bus). */
  hub: StreamHub;
  directLine: DirectLineService;
  whatsApp?: WhatsAppChannel;
}

export interface ChannelDeps {
  config: Config;
  logger: Logger;
  storage: Storage;
  parts: BotParts;
  /** What runs the turns: Werkloket's bot, or a replacement (benchmarks). */
  bot: ActivityHandler;
  handoff: HandoffParts;
}

type TurnError = ReturnType<typeof turnErrorHandler>;

export async function composeChannels(d: ChannelDeps): Promise<Channels> {
  const steps: TurnSteps = { locale: d.parts.bot.localeMiddleware, transcript: d.parts.transcript, handoff: d.handoff.middleware };
  const cloudAdapter = createCloudAdapter(d.config, d.logger);
  // Teams mentions and card inputs read as plain text before anything else sees the message; Teams
  // cards (and any other channel's form) after the transcript stored the neutral message.
  useTurnPipeline(cloudAdapter, steps, { inbound: new TeamsInboundMiddleware(), render: new ChannelRenderMiddleware() });

  const hub = new StreamHub();
  d.handoff.shareHub(hub);
  const onTurnError = turnErrorHandler(d.logger);
  const directLine = directLineChannel(d, hub, steps, onTurnError);
  const whatsApp = d.config.whatsApp ? await whatsAppChannel(d, d.config.whatsApp, steps, onTurnError) : undefined;
  return { cloudAdapter, hub, directLine, whatsApp };
}

/** The website's chat: Direct Line in-process, proposals as Adaptive Cards. */
function directLineChannel(d: ChannelDeps, hub: StreamHub, steps: TurnSteps, onTurnError: TurnError): DirectLineService {
  const { config, logger, storage } = d;
  const directLine = new DirectLineService({
    store: new DirectLineStore(storage.db),
    tokens: new TokenService(storage.secret, config.directLine.tokenTtlSeconds, config.directLine.tokenMaxLifetimeSeconds),
    seekers: new SeekerCookies(storage.secret, retentionSeconds(config.retention.months)),
    hub,
    runTurn: (context) => d.bot.run(context),
    maskText: d.parts.maskText,
    onTurnError: (error, conversationId) => logger.error({ err: error, conversationId }, 'direct line turn failed'),
    lock: storage.lock,
    unanswered: new UnansweredMessages(storage.db),
    // The seeker's transcript row goes with the message as it is stored: one commit less per turn.
    recordOnArrival: (activity) => d.parts.transcript.onArrival(activity),
  });
  // Proposals as Adaptive Cards on the website, after the transcript stored the neutral message.
  useTurnPipeline(directLine.adapter, steps, { render: new ChannelRenderMiddleware() });
  directLine.adapter.onTurnError = onTurnError;
  // "Gesprek afsluiten": a waiting or held handoff closes too, so no advisor writes into a closed chat.
  directLine.onEnded((conversationId) => {
    d.handoff.handoffs.seekerGone([conversationId], 'ended').catch((error: unknown) => logger.warn({ err: error, conversationId }, 'handoff not closed after the chat ended'));
  });
  return directLine;
}

/** WhatsApp Cloud API: same pipeline and bot, its own adapter (which renders for WhatsApp) and webhook. */
async function whatsAppChannel(d: ChannelDeps, config: NonNullable<Config['whatsApp']>, steps: TurnSteps, onTurnError: TurnError): Promise<WhatsAppChannel> {
  const whatsApp = new WhatsAppChannel({
    config,
    secret: await secretFor(d.storage.db, 'whatsapp.key', config.key),
    logger: d.logger,
    ledger: new InboundSeenStore(d.storage.db),
    runTurn: (context) => d.bot.run(context),
    localeOf: (context) => conversationLocale(context),
    documents: (url) => d.parts.overview.document(url),
    lock: d.storage.lock,
  });
  useTurnPipeline(whatsApp.adapter, steps);
  whatsApp.adapter.onTurnError = onTurnError;
  return whatsApp;
}
