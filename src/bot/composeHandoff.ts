// Builds the handoff and advisor parts for src/app.ts: event bus, handoff service, the starter the
// dialogs call, the middleware for both adapters, and the advisor routes' dependencies.
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { AdvisorStore } from '../db/advisorStore';
import { AuditStore } from '../db/auditStore';
import { SnippetStore } from '../db/snippetStore';
import { DirectLineStore } from '../db/directLineStore';
import { createEventBus, type EventBus } from '../db/eventBus';
import { PrismaHandoffRepository } from '../db/handoffStore';
import { ProposalOversight } from '../db/seekerStore';
import { DEFAULT_PRESENCE_WINDOW_MS, HandoffService, QueueWatch, closedDays, localTime, parseOfficeHours, type SeekerMessenger } from '../handoff';
import { AdvisorAuth } from '../advisor/auth';
import { AdvisorEventStream } from '../advisor/events';
import { AccountService } from '../advisor/accounts';
import { LoginThrottle } from '../advisor/throttle';
import type { AdvisorRouteDeps } from '../advisor/routes';
import type { MediationDeps } from '../advisor/mediationRoutes';
import type { BudgetDeps } from '../advisor/budgetGate';
import { schemeCatalogOf } from '../budget/ledger';
import { BudgetStore } from '../db/budgetStore';
import { GroupMembers } from '../db/groupMembers';
import { MatchableSeekers } from '../db/matchableSeekers';
import { MediationStore } from '../db/mediationStore';
import type { DirectLineAdapter } from '../channels/directline/adapter';
import type { StreamHub } from '../channels/directline/hub';
import type { Logger } from '../logger';
import type { RateLimits } from '../db/rateLimits';
import type { Channels } from './composeChannels';
import { sharedCatalogue, sharedKnowledgeBase } from './content';
import type { BotParts } from './createBot';
import { HandoffMiddleware } from '../handoff/bot/handoffMiddleware';
import { HandoffStarter } from '../handoff/bot/handoffStarter';
import { ChannelMessenger, type ChannelMessengerOptions } from '../handoff/bot/seekerMessenger';
import type { RegionChoice } from '../regionChoice';
import { regionGate } from './composeRegions';
import { PrismaFollowUpStore } from '../db/followUpStore';

export interface HandoffParts {
  bus: EventBus;
  handoffs: HandoffService;
  starter: HandoffStarter;
  middleware: HandoffMiddleware;
  /** Queue updates and closing-time notices to waiting seekers (runs every `queueIntervalMs`). */
  queueWatch: QueueWatch;
  advisor: AdvisorRouteDeps;
  /** Lets this instance's Direct Line streams receive what other instances deliver. */
  shareHub(hub: StreamHub): void;
  close(): Promise<void>;
}

export interface HandoffSetupOptions {
  config: Config;
  db: Db;
  logger: Logger;
  rateLimits: RateLimits;
  maskText: (text: string) => string;
  /** Asks the seeker's current question again after "terug naar de bot" (late-bound: the bot is built later). */
  onResume?: (context: TurnContext) => Promise<void>;
  /** Whether the seeker is confirming "verwijder mijn gegevens" (late-bound like onResume). */
  confirmingErase?: (context: TurnContext) => Promise<boolean>;
  /** Late-bound: the adapters are built after the bot that needs the starter. */
  directLine: () => DirectLineAdapter;
  cloud: () => CloudAdapter;
  /** Other in-process channels for advisor messages, e.g. { whatsapp: () => adapter }. */
  channels?: ChannelMessengerOptions['channels'];
  /** The handoff rules' clock (tests move it); default the real one. */
  now?: () => Date;
  /** How often waiting seekers are checked for updates; 0: never (tests call queueWatch.tick()). Default 30 s. */
  queueIntervalMs?: number;
  /** Several regions: each region's chats go to its console team (region.json consoleTeam). */
  regions?: RegionChoice;
}

export async function setupHandoff(o: HandoffSetupOptions): Promise<HandoffParts> {
  const { config, db, logger } = o;
  const now = o.now ?? (() => new Date());
  const bus = await createEventBus(config.databaseSessionUrl, logger);
  const { advisors, auth, events, presenceWindowMs } = advisorAccess(o, bus, now);
  const channelMessenger = new ChannelMessenger({ directLine: o.directLine, cloud: o.cloud, appId: config.microsoftApp.id, channels: o.channels });
  const messenger = maskingMessenger(channelMessenger, o.maskText);
  const repo = new PrismaHandoffRepository(db);
  const handoffs = new HandoffService({ repo, messenger, events, now, presenceWindowMs, regionGate: o.regions && regionGate(o.regions) });
  const officeHours = parseOfficeHours(config.handoff.officeHours);
  const closedOn = closedDays({ holidays: config.handoff.holidays, extra: config.handoff.closedDays });
  const starter = new HandoffStarter({
    handoffs,
    officeHours,
    officeHoursLabel: config.handoff.officeHours,
    timeZone: config.handoff.timeZone,
    closedOn,
    maskText: o.maskText,
    now,
    onError: (error) => logger.warn({ err: error }, 'handoff.initiate event not sent'),
  });
  const middleware = new HandoffMiddleware({ handoffs, starter, onResume: o.onResume, confirmingErase: o.confirmingErase, knowledge: await sharedKnowledgeBase(), now });
  const queueWatch = new QueueWatch({
    repo,
    messenger,
    office: { hours: officeHours, label: config.handoff.officeHours, timeZone: config.handoff.timeZone, closedOn },
    now,
    presenceWindowMs,
    onError: (error, handoffId) => logger.warn({ err: error, handoffId }, 'queue update not sent'),
  });
  queueWatch.start(o.queueIntervalMs ?? 30_000);
  let unshare: (() => void) | undefined;
  const directLineStore = new DirectLineStore(db);
  return {
    bus,
    handoffs,
    starter,
    middleware,
    queueWatch,
    advisor: {
      ...advisorRouteDeps(config, db, { auth, handoffs, events, advisors, audit: new AuditStore(db) }),
      mediation: mediationDeps(config, db, channelMessenger, now),
      budget: await budgetDeps(config, db, channelMessenger, now, o.regions),
      regions: o.regions,
    },
    shareHub(hub) {
      unshare = hub.share(bus, async (conversationId, watermark) => (await directLineStore.since(conversationId, watermark - 1, 1)).find((r) => r.watermark === watermark)?.activity);
    },
    async close() {
      await queueWatch.stop();
      events.close();
      unshare?.();
      await bus.close();
    },
  };
}

/** What the handoff needs from parts built after it (the bot and the adapters), filled in by src/app.ts. */
export interface LateParts {
  parts?: BotParts;
  channels?: Channels;
}

/** setupHandoff's late-bound options, read from `late` only when a turn or an advisor needs them. */
export function boundLater(late: LateParts) {
  return {
    maskText: (text: string) => late.parts!.maskText(text),
    onResume: (context: TurnContext) => late.parts!.bot.reprompt(context),
    confirmingErase: (context: TurnContext) => late.parts!.bot.confirmingErase(context),
    directLine: () => late.channels!.directLine.adapter,
    cloud: () => late.channels!.cloudAdapter,
    channels: { whatsapp: () => late.channels?.whatsApp?.adapter },
  };
}

/** The console's accounts, throttled log-in and live events. */
function advisorAccess(o: HandoffSetupOptions, bus: EventBus, now: () => Date) {
  const rules = o.config.advisor;
  const advisors = new AdvisorStore(o.db);
  const throttle = new LoginThrottle(o.rateLimits, { clientPerMinute: rules.loginsPerMinute, pairFailures: rules.loginFailures, accountFailures: rules.accountFailures });
  const auth = new AdvisorAuth(advisors, { sessionHours: rules.sessionHours, throttle });
  const heartbeatMs = rules.heartbeatSeconds * 1000;
  const events = new AdvisorEventStream(bus, {
    heartbeatMs,
    validSessions: (hashes) => auth.validSessions(hashes),
    touch: (hashes) => advisors.touchSessions(hashes, now()),
  });
  // A console counts as online until it missed a couple of heartbeats.
  return { advisors, auth, events, presenceWindowMs: Math.max(DEFAULT_PRESENCE_WINDOW_MS, 3 * heartbeatMs) };
}

/** What the advisor console's routes need besides log-in, handoffs and events. */
function advisorRouteDeps(config: Config, db: Db, d: Pick<AdvisorRouteDeps, 'auth' | 'handoffs' | 'events' | 'audit'> & { advisors: AdvisorStore }): AdvisorRouteDeps {
  const { auth, handoffs, events, audit } = d;
  return {
    auth,
    handoffs,
    events,
    accounts: new AccountService({ store: d.advisors, audit, sessionEnded: (ended) => events.sessionEnded(ended) }),
    audit,
    oversight: new ProposalOversight(db),
    snippets: new SnippetStore(db),
    organisationName: config.organisation.name,
    publicUrl: config.publicUrl,
    trustedProxies: config.trustedProxies,
    dayStart: () => startOfDay(new Date(), config.handoff.timeZone),
    followUps: new PrismaFollowUpStore(db),
  };
}

/** Bemiddeling in the console: its stores, the shared matching catalogue and the channels to tell people. */
function mediationDeps(config: Config, db: Db, messenger: MediationDeps['messenger'], now: () => Date): MediationDeps {
  return {
    store: new MediationStore(db),
    seekers: new MatchableSeekers(db),
    members: new GroupMembers(db),
    catalogue: () => sharedCatalogue(config.dataDir, config.regions.dir),
    messenger,
    timeZone: config.handoff.timeZone,
    now,
  };
}

/** The regional budget in the console: its store on the regions' schemes from the shared catalogue. */
async function budgetDeps(config: Config, db: Db, messenger: BudgetDeps['messenger'], now: () => Date, regions?: RegionChoice): Promise<BudgetDeps> {
  const catalogue = await sharedCatalogue(config.dataDir, config.regions.dir);
  const schemes = schemeCatalogOf(() => catalogue.schemes);
  return { store: new BudgetStore(db, schemes, config.handoff.timeZone), schemes, seekers: new MatchableSeekers(db), messenger, now, ...(regions ? { regions } : {}) };
}

/** An advisor's message reaches the seeker (and the website's chat history) with identifiers masked. */
function maskingMessenger(messenger: SeekerMessenger, mask: (text: string) => string): SeekerMessenger {
  return {
    send: (reference, text, advisor) => messenger.send(reference, mask(text), advisor),
    notice: (reference, notice, advisor) => messenger.notice(reference, notice, advisor),
    inform: (reference, info) => messenger.inform(reference, info),
    typing: (reference, advisor) => messenger.typing?.(reference, advisor) ?? Promise.resolve(),
  };
}

/** Midnight of `now`'s day in `timeZone` (to the minute; time zones shift by whole minutes). */
export function startOfDay(now: Date, timeZone: string): Date {
  const { minutes } = localTime(now, timeZone);
  return new Date(now.getTime() - minutes * 60_000 - now.getUTCSeconds() * 1000 - now.getUTCMilliseconds());
}
