// Assembles the bot with its dialogs, state and transcript on a database: used by the app and by
// the conversation tests (which drive it through botbuilder's TestAdapter).
import { ConversationState, UserState, type Storage } from 'botbuilder';
import type { Db } from '../db/client';
import { MediationStore } from '../db/mediationStore';
import { OverviewStore } from '../db/overviewStore';
import { SeekerStore } from '../db/seekerStore';
import { secretFor } from '../db/settings';
import { PrismaStateStore } from '../db/stateStore';
import { TranscriptStore } from '../db/transcriptStore';
import { createEmployerMatcher } from '../dialogs/employerMatcher';
import { createMatcher } from '../dialogs/matcher';
import { RootDialog } from '../dialogs/rootDialog';
import type { FollowUpPort } from '../dialogs/followUpServices';
import type { HandoffStarter } from '../dialogs/services';
import { maskPii } from '../language';
import type { KnowledgeBase } from '../knowledge';
import type { Catalogue, EmployerCatalogue } from '../matching';
import { sharedEmployerOptions, sharedKnowledgeBase } from './content';
import { TranscriptMiddleware } from './transcriptMiddleware';
import { OverviewService, type OverviewOptions } from '../overview/service';
import { WerkloketBot } from './werkloketBot';
import { RegionTurns } from './regionTurn';
import type { RegionChoice } from '../regionChoice';
import { createSeekerMediation } from './composeMediation';
import { createEmployerDesk } from './employerDesk';
import { createSeekerBudget } from './composeBudget';
import type { BudgetApplications } from '../budget/ports';
import { schemeCatalogOf } from '../budget/ledger';
import { BudgetStore } from '../db/budgetStore';

export interface BotParts {
  bot: WerkloketBot;
  transcript: TranscriptMiddleware;
  /** The one transcript store (and its cache of known conversations) of this app. */
  transcripts: TranscriptStore;
  seekers: SeekerStore;
  /** "Neem je overzicht mee": snapshots, links, share codes (also used by its routes and WhatsApp). */
  overview: OverviewService<OverviewStore>;
  maskText: (text: string) => string;
}

export interface CreateBotOptions {
  handoff?: HandoffStarter;
  now?: () => Date;
  /** Default: content/knowledge, loaded once per process. */
  knowledge?: KnowledgeBase;
  /** Default: content/employer-options.json, checked against the catalogue's fact sheet. */
  employerOptions?: EmployerCatalogue;
  /** Before "verwijder mijn gegevens" erases: e.g. close the seeker's open handoffs. */
  beforeErase?: (conversationIds: string[]) => Promise<void>;
  /** SEEKER_KEY; absent: the key generated into the database (local development). */
  seekerKey?: string;
  /** The overview's links and contact block; default: links on http://localhost. */
  overview?: Partial<OverviewOptions>;
  /** Dialog and user state; default: the database (bench/dialogTurn.ts measures the dialogs alone with MemoryStorage). */
  storage?: Storage;
  /** The regions this installation serves: the turn's region, and the seeker's region stored with consent and postcode. */
  regions?: RegionChoice;
  /** Follow-up after a referral (issue 18); absent: not offered (the app passes PrismaFollowUpStore). */
  followUps?: FollowUpPort;
  /**
   * Applications for a region's schemes ("Aanvragen" in the chat); default: the budget store on this
   * database when the catalogue has schemes; false: no applying in the chat.
   */
  budget?: BudgetApplications | false;
  /** The installation's region for seekers without a postcode (WERKLOKET_REGION). */
  regionId?: string;
}

export async function createBot(db: Db, catalogue: Catalogue, options: CreateBotOptions = {}): Promise<BotParts> {
  const seekerKey = await secretFor(db, 'seeker.key', options.seekerKey);
  const regions = options.regions;
  const seekers = new SeekerStore(db, seekerKey, { regionOfPostcode: regions && ((postcode) => regions.ofPostcode(postcode)?.id) });
  const overview = new OverviewService(new OverviewStore(db), seekerKey, { baseUrl: () => 'http://localhost', now: options.now, ...options.overview });
  const storage = options.storage ?? new PrismaStateStore(db);
  const maskText = (text: string) => maskPii(text).text;
  // The employer's group link points at the chat page of this server (as seekers reach it).
  const desk = createEmployerDesk(new MediationStore(db), (channel, userId) => seekers.userKey(channel, userId), options.overview?.baseUrl ?? (() => 'http://localhost'));
  const applications = options.budget ?? (catalogue.schemes.size ? new BudgetStore(db, schemeCatalogOf(() => catalogue.schemes)) : false);
  const root = new RootDialog({
    matcher: createMatcher(catalogue, { regionId: options.regionId }),
    records: seekers,
    handoff: options.handoff,
    knowledge: options.knowledge ?? (await sharedKnowledgeBase()),
    employers: createEmployerMatcher(options.employerOptions ?? (await sharedEmployerOptions(catalogue.dataDir))),
    desk,
    setLocale: (context, locale) => bot.setLocale(context, locale),
    forgetState: (context) => bot.forgetState(context),
    beforeErase: options.beforeErase,
    overview,
    mediation: createSeekerMediation(db, catalogue, { userKey: (channel, userId) => seekers.userKey(channel, userId) }),
    followUps: options.followUps,
    ...(applications ? { budget: createSeekerBudget(catalogue, seekers, applications, { regionId: options.regionId }) } : {}),
    now: options.now,
  });
  const conversationState = new ConversationState(storage);
  const regionTurns = regions && new RegionTurns(conversationState, regions);
  const bot: WerkloketBot = new WerkloketBot(conversationState, new UserState(storage), root, regionTurns && ((context) => regionTurns.beforeTurn(context)));
  const transcripts = new TranscriptStore(db);
  return { bot, transcript: new TranscriptMiddleware(transcripts, maskText), transcripts, seekers, overview, maskText };
}
