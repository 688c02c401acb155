// Configuration from the environment, parsed once into one typed object.
// A bad value stops start-up with a message that names the variable and what is expected.
import path from 'node:path';
import { z } from 'zod';
import { parseOfficeHours } from './handoff/officeHours';
import { parseClosedDays } from './handoff/holidays';
import { parseTrustedProxies, type TrustedProxies } from './clientAddress';

/** content/regions of this checkout (src/region/load.ts reads the same default). */
const DEFAULT_REGIONS_DIR = path.resolve(__dirname, '..', 'content', 'regions');

const port = z.coerce.number().int().min(0).max(65535);
/** A zod refinement from a parser that throws on a bad value (an absent value is fine). */
const parses =
  (parse: (value: string) => unknown) =>
  (value: string | undefined): boolean => {
    if (value === undefined) return true;
    try {
      parse(value);
      return true;
    } catch {
      return false;
    }
  };
const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));

export const ConfigSchema = z.object({
  PORT: port.default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Public base URL of this server (used in links and the Direct Line streamUrl). */
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'a file: URL (SQLite) or a postgresql:// URL')
    .default('file:./data/werkloket.db'),
  /** Conversations, transcripts and profiles are deleted this many months after the last message. */
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** Dialog state (e.g. an intake left halfway) is deleted after this many days without change. */
  STATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** PostgreSQL connections per process (ignored for SQLite); default 20 shared by the WEB_CONCURRENCY processes. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  /**
   * PostgreSQL for what needs a session of its own (LISTEN, advisory locks, migrations): the server
   * itself when DATABASE_URL goes through PgBouncer in transaction mode. Default: DATABASE_URL.
   */
  DATABASE_SESSION_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL').optional(),
  /** Worker processes per instance sharing the port (node:cluster); more than 1 needs PostgreSQL. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Directory with the reference data (ESCO, CBS, MBO, regelingen). */
  WERKLOKET_DATA_DIR: z.string().min(1).default('../shared/data'),
  /** Where the regions are read from (one folder per region); default content/regions of this checkout. */
  WERKLOKET_REGIONS_DIR: z.string().trim().min(1).optional(),
  /** The region (a folder name there) when neither the seeker's postcode nor the website's host name decides. */
  WERKLOKET_REGION: optionalText.refine((v) => v === undefined || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), 'a region id: a folder name of lower-case letters, digits and dashes, e.g. midden-utrecht'),
  /** Secret that signs Direct Line tokens; empty: generated into the database (not with an https PUBLIC_URL). */
  DIRECTLINE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, 'at least 32 characters'),
  /** Key of the seekers' pseudonyms (HMAC of channel + user id); generated into the database when empty. */
  SEEKER_KEY: optionalText.refine((v) => v === undefined || v.length >= 32, 'at least 32 characters'),
  /** Direct Line token lifetime in seconds. */
  DIRECTLINE_TOKEN_TTL: z.coerce.number().int().min(60).max(86400).default(3600),
  /** Longest a website conversation keeps getting tokens (seconds), across refreshes. */
  DIRECTLINE_TOKEN_MAX_LIFETIME: z.coerce.number().int().min(60).max(30 * 86400).default(86400),
  /** Open WebSocket streams per conversation; a newer one closes the oldest. */
  DIRECTLINE_STREAMS_PER_CONVERSATION: z.coerce.number().int().min(1).max(100).default(3),
  /** Open WebSocket streams per client address (raise it behind a shared NAT); more are refused (429). */
  DIRECTLINE_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  /** Tokens one IP may generate per minute. */
  DIRECTLINE_TOKENS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Messages one conversation may send per minute (a person types far fewer). */
  DIRECTLINE_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).default(40),
  /** Direct Line requests one IP address may make per minute (all its conversations together). */
  DIRECTLINE_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /** When advisors answer chats, e.g. "ma-vr 09:00-17:00" or "ma-do 09:00-17:00; vr 09:00-12:00". */
  OFFICE_HOURS: z
    .string()
    .default('ma-vr 09:00-17:00')
    .refine(parses(parseOfficeHours), 'days and times like "ma-vr 09:00-17:00" (days: ma di wo do vr za zo; several ranges separated by ";")'),
  /** Extra days the office is closed, e.g. "2026-12-24, 2026-12-31" (local dates). */
  OFFICE_CLOSED_DAYS: z
    .string()
    .default('')
    .refine(parses(parseClosedDays), 'dates like "2026-12-24, 2026-12-31" (YYYY-MM-DD, separated by commas)'),
  /** Public holidays on which the office is closed: "nl" (Dutch national holidays) or "none". */
  OFFICE_HOLIDAYS: z.enum(['nl', 'none']).default('nl'),
  /** Time zone of the office hours and the dashboard's "today". */
  TIMEZONE: z
    .string()
    .default('Europe/Amsterdam')
    .refine(parses((v) => new Intl.DateTimeFormat('en', { timeZone: v })), 'an IANA time zone such as Europe/Amsterdam'),
  /** How long an advisor stays logged in. */
  ADVISOR_SESSION_HOURS: z.coerce.number().min(0.1).max(24 * 30).default(10),
  /** Advisor log-in attempts per IP address per minute. */
  ADVISOR_LOGINS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Wrong passwords in a row per (e-mail address, client) before a pause that doubles each round. */
  ADVISOR_LOGIN_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Wrong passwords per e-mail address per 15 minutes from clients that never logged in to it. */
  ADVISOR_LOGIN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(100),
  /** Seconds between the console stream's heartbeats, each of which also checks the session. */
  ADVISOR_HEARTBEAT_SECONDS: z.coerce.number().min(0.1).max(300).default(20),
  /** WhatsApp Cloud API (Meta). All four set: /api/whatsapp is on; none set: it answers 503. */
  WHATSAPP_VERIFY_TOKEN: optionalText,
  WHATSAPP_APP_SECRET: optionalText,
  WHATSAPP_PHONE_NUMBER_ID: optionalText,
  WHATSAPP_ACCESS_TOKEN: optionalText,
  /** Graph API base (a local fake in tests). */
  WHATSAPP_GRAPH_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  /** Key for the phone-number hash and encryption; empty: generated into the database (not with an https PUBLIC_URL). */
  WHATSAPP_KEY: optionalText.refine((v) => v === undefined || v.length >= 32, 'at least 32 characters'),
  /**
   * Follow-up after a referral: the name of the approved WhatsApp message template that asks "Is het
   * gelukt bij {{1}}?" (about {{2}}) with three quick-reply buttons (done, not yet, failed; see
   * README "Follow-up on WhatsApp"). Empty: WhatsApp seekers are asked when they write again.
   */
  WHATSAPP_FOLLOW_UP_TEMPLATE: optionalText.refine((v) => v === undefined || /^[a-z0-9_]{1,512}$/.test(v), 'a template name: lower-case letters, digits and underscores'),
  /** The language code the template was approved in (nl, en, en_US, …). */
  WHATSAPP_FOLLOW_UP_LANGUAGE: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a language code such as nl or en_US')
    .default('nl'),
  /** When follow-ups may be pushed (local time in TIMEZONE): nobody gets a WhatsApp at 3 at night. */
  FOLLOW_UP_HOURS: z
    .string()
    .trim()
    .default('09:00-20:00')
    .refine(parses(parseDayWindow), 'a time window such as 09:00-20:00 (00:00-24:00: any time)'),
  /** How often due follow-ups are sent (milliseconds); 0: never (tests send them themselves). */
  FOLLOW_UP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  /** Teams channel where advisors hear of new escalations (proactive message with a console link). */
  TEAMS_ESCALATION_SERVICE_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), 'a URL such as https://smba.trafficmanager.net/emea/'),
  TEAMS_ESCALATION_CONVERSATION_ID: optionalText,
  TEAMS_ESCALATION_TENANT_ID: optionalText,
  /** Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed. */
  TRUST_PROXY: z
    .string()
    .optional()
    .refine(parses(parseTrustedProxies), 'IP addresses or CIDR ranges separated by commas, e.g. "10.0.0.0/8, 127.0.0.1"'),
  /** Local Bot Framework Emulator without MICROSOFT_APP_ID: /api/messages from loopback only. */
  EMULATOR_MODE: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  /** Who runs this Werkloket: shown in the website's header and footer, the overview and the Teams app. */
  ORGANISATION_NAME: z.string().trim().min(1).max(120).default('Werkcentrum'),
  /** Logo in the header (an https URL, or a path on this server such as /logo.svg); none: the name only. */
  ORGANISATION_LOGO_URL: optionalText.refine((v) => v === undefined || v.startsWith('/') || /^https:\/\//.test(v), 'an https:// URL or a path starting with /'),
  /** Phone number seekers can call, with hours, e.g. "088 123 45 67 (ma-vr 9-17 uur)". */
  ORGANISATION_PHONE: optionalText,
  /** The organisation's own website. */
  ORGANISATION_URL: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), 'a URL such as https://www.werkcentrum-regio.nl'),
  /** /api/messages: activities one conversation may send per minute. */
  BOT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** /api/messages: requests one client address may make per minute (Bot Framework posts from few addresses). */
  BOT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(3000),
});

const WHATSAPP_REQUIRED = ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN'] as const;

/** Settings that only make sense together: WhatsApp all or nothing; the Teams notice needs its link. */
function channelIssues(e: z.infer<typeof ConfigSchema>): string[] {
  const issues: string[] = [];
  const whatsApp = WHATSAPP_REQUIRED.filter((name) => e[name] !== undefined);
  if (whatsApp.length && whatsApp.length < WHATSAPP_REQUIRED.length) {
    for (const name of WHATSAPP_REQUIRED.filter((n) => e[n] === undefined)) issues.push(`${name}="": expected a value (WhatsApp needs all of ${WHATSAPP_REQUIRED.join(', ')})`);
  }
  const teams = [e.TEAMS_ESCALATION_SERVICE_URL, e.TEAMS_ESCALATION_CONVERSATION_ID];
  if (teams.some(Boolean)) {
    if (!e.TEAMS_ESCALATION_SERVICE_URL) issues.push('TEAMS_ESCALATION_SERVICE_URL="": expected the serviceUrl of the Teams channel (set together with TEAMS_ESCALATION_CONVERSATION_ID)');
    if (!e.TEAMS_ESCALATION_CONVERSATION_ID) issues.push('TEAMS_ESCALATION_CONVERSATION_ID="": expected the Teams channel\'s conversation id (19:…@thread.tacv2)');
    if (!e.PUBLIC_URL) issues.push('PUBLIC_URL="": expected the public URL: the Teams escalation notice links to the advisor console');
  }
  return issues;
}

/**
 * In production (PUBLIC_URL is https) the keys that sign tokens and pseudonymise or encrypt
 * personal data come from the environment: kept in the database they protect, anyone with a copy
 * of it (a backup, a dump) could forge tokens and reverse the pseudonyms.
 */
function productionIssues(e: z.infer<typeof ConfigSchema>): string[] {
  if (!e.PUBLIC_URL?.startsWith('https:')) return [];
  const required = ['DIRECTLINE_SECRET', 'SEEKER_KEY', ...(WHATSAPP_REQUIRED.some((n) => e[n] !== undefined) ? (['WHATSAPP_KEY'] as const) : [])] as const;
  return required
    .filter((name) => e[name] === undefined)
    .map((name) => `${name}="": expected a secret of at least 32 characters (required in production, PUBLIC_URL is https; e.g. openssl rand -base64 48)`);
}

/** Prisma's pool per instance when DATABASE_POOL_SIZE is not set: divided over its processes. */
const DEFAULT_POOL_SIZE = 20;

/**
 * SQLite has one writer, and its event bus, rate limits and conversation lock live in one process's
 * memory: a second process would show replies to nobody, count limits twice and race on turns.
 */
function processIssues(e: z.infer<typeof ConfigSchema>): string[] {
  if (!e.DATABASE_URL.startsWith('file:')) return [];
  const issues = e.DATABASE_SESSION_URL ? ['DATABASE_SESSION_URL: expected no value with SQLite (it is for PostgreSQL behind PgBouncer)'] : [];
  if (e.WEB_CONCURRENCY === 1) return issues;
  return [...issues, `WEB_CONCURRENCY=${JSON.stringify(String(e.WEB_CONCURRENCY))}: expected 1 with SQLite (one process writes the file; several processes need PostgreSQL)`];
}

type Env = z.infer<typeof ConfigSchema>;

function followUpConfig(e: Env): Config['followUp'] {
  const template = e.WHATSAPP_FOLLOW_UP_TEMPLATE;
  return { intervalMs: e.FOLLOW_UP_INTERVAL_MS, hours: parseDayWindow(e.FOLLOW_UP_HOURS), whatsAppTemplate: template ? { name: template, language: e.WHATSAPP_FOLLOW_UP_LANGUAGE } : undefined };
}

/** "09:00-20:00" → minutes after local midnight, from (inclusive) to (exclusive). */
export function parseDayWindow(value: string): { from: number; to: number } {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(value);
  const [from, to] = m ? [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] : [NaN, NaN];
  if (!m || Number(m[2]) > 59 || Number(m[4]) > 59 || !(from < to) || to > 24 * 60) throw new Error(`not a time window: ${value}`);
  return { from, to };
}

export interface Config {
  port: number;
  host: string;
  publicUrl?: string;
  databaseUrl: string;
  database: 'sqlite' | 'postgresql';
  /** PostgreSQL connections of Prisma's pool, per process. */
  databasePoolSize: number;
  /** For LISTEN, advisory locks and migrations (DATABASE_SESSION_URL; default databaseUrl). */
  databaseSessionUrl: string;
  /** Worker processes of this instance (WEB_CONCURRENCY). */
  webConcurrency: number;
  retention: { months: number; stateDays: number };
  microsoftApp: { id?: string; password?: string; tenantId?: string; type: Env['MICROSOFT_APP_TYPE'] };
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  /** Regions this installation serves: where they are read, and the one used when nothing else decides. */
  regions: { dir: string; fallbackId?: string };
  directLine: { secret?: string; tokenTtlSeconds: number; tokenMaxLifetimeSeconds: number; streamsPerConversation: number; streamsPerAddress: number } & DirectLineLimits;
  /** SEEKER_KEY; absent: generated once into the database (local development only). */
  seekerKey?: string;
  handoff: { officeHours: string; timeZone: string; closedDays: string[]; holidays: 'nl' | 'none' };
  advisor: { sessionHours: number; loginsPerMinute: number; loginFailures: number; accountFailures: number; heartbeatSeconds: number };
  /** Absent when WhatsApp is not configured. */
  whatsApp?: { verifyToken: string; appSecret: string; phoneNumberId: string; accessToken: string; graphUrl: string; key?: string };
  /** Follow-up after a referral: how often due ones are sent (0: never), when (minutes of the local day), WhatsApp's template. */
  followUp: { intervalMs: number; hours: { from: number; to: number }; whatsAppTemplate?: { name: string; language: string } };
  /** Absent when no Teams channel is configured for escalation notices. */
  teamsEscalation?: { serviceUrl: string; conversationId: string; tenantId?: string };
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); empty: the socket peer is the client. */
  trustedProxies: TrustedProxies;
  /** EMULATOR_MODE: /api/messages without an app id, for loopback callers and service URLs only. */
  emulatorMode: boolean;
  /** Rate limits of /api/messages. */
  apiMessages: { messagesPerMinute: number; requestsPerMinute: number };
  /** Who runs this Werkloket (ORGANISATION_*). */
  organisation: Organisation;
}

export interface Organisation {
  name: string;
  logoUrl?: string;
  phone?: string;
  url?: string;
}

export interface DirectLineLimits {
  tokensPerMinute: number;
  messagesPerMinute: number;
  requestsPerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(env[name] ?? '')}: expected ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const combined = [...channelIssues(e), ...productionIssues(e), ...processIssues(e)];
  if (combined.length) throw new ConfigError(combined);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    database: e.DATABASE_URL.startsWith('file:') ? 'sqlite' : 'postgresql',
    databasePoolSize: e.DATABASE_POOL_SIZE ?? Math.max(5, Math.ceil(DEFAULT_POOL_SIZE / e.WEB_CONCURRENCY)),
    webConcurrency: e.WEB_CONCURRENCY,
    databaseSessionUrl: e.DATABASE_SESSION_URL ?? e.DATABASE_URL,
    retention: { months: e.RETENTION_MONTHS, stateDays: e.STATE_RETENTION_DAYS },
    microsoftApp: {
      id: e.MICROSOFT_APP_ID,
      password: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      type: e.MICROSOFT_APP_TYPE,
    },
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.WERKLOKET_DATA_DIR),
    regions: { dir: e.WERKLOKET_REGIONS_DIR ? path.resolve(e.WERKLOKET_REGIONS_DIR) : DEFAULT_REGIONS_DIR, fallbackId: e.WERKLOKET_REGION },
    directLine: {
      secret: e.DIRECTLINE_SECRET,
      tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL,
      tokenMaxLifetimeSeconds: e.DIRECTLINE_TOKEN_MAX_LIFETIME,
      streamsPerConversation: e.DIRECTLINE_STREAMS_PER_CONVERSATION,
      streamsPerAddress: e.DIRECTLINE_STREAMS_PER_ADDRESS,
      tokensPerMinute: e.DIRECTLINE_TOKENS_PER_MINUTE,
      messagesPerMinute: e.DIRECTLINE_MESSAGES_PER_MINUTE,
      requestsPerMinute: e.DIRECTLINE_REQUESTS_PER_MINUTE,
    },
    seekerKey: e.SEEKER_KEY,
    handoff: { officeHours: e.OFFICE_HOURS, timeZone: e.TIMEZONE, closedDays: parseClosedDays(e.OFFICE_CLOSED_DAYS), holidays: e.OFFICE_HOLIDAYS },
    advisor: {
      sessionHours: e.ADVISOR_SESSION_HOURS,
      loginsPerMinute: e.ADVISOR_LOGINS_PER_MINUTE,
      loginFailures: e.ADVISOR_LOGIN_FAILURES,
      accountFailures: e.ADVISOR_LOGIN_ACCOUNT_FAILURES,
      heartbeatSeconds: e.ADVISOR_HEARTBEAT_SECONDS,
    },
    whatsApp:
      e.WHATSAPP_VERIFY_TOKEN && e.WHATSAPP_APP_SECRET && e.WHATSAPP_PHONE_NUMBER_ID && e.WHATSAPP_ACCESS_TOKEN
        ? {
            verifyToken: e.WHATSAPP_VERIFY_TOKEN,
            appSecret: e.WHATSAPP_APP_SECRET,
            phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID,
            accessToken: e.WHATSAPP_ACCESS_TOKEN,
            graphUrl: e.WHATSAPP_GRAPH_URL.replace(/\/$/, ''),
            key: e.WHATSAPP_KEY,
          }
        : undefined,
    followUp: followUpConfig(e),
    teamsEscalation:
      e.TEAMS_ESCALATION_SERVICE_URL && e.TEAMS_ESCALATION_CONVERSATION_ID
        ? { serviceUrl: e.TEAMS_ESCALATION_SERVICE_URL, conversationId: e.TEAMS_ESCALATION_CONVERSATION_ID, tenantId: e.TEAMS_ESCALATION_TENANT_ID }
        : undefined,
    trustedProxies: parseTrustedProxies(e.TRUST_PROXY),
    emulatorMode: e.EMULATOR_MODE,
    apiMessages: { messagesPerMinute: e.BOT_MESSAGES_PER_MINUTE, requestsPerMinute: e.BOT_REQUESTS_PER_MINUTE },
    organisation: { name: e.ORGANISATION_NAME, logoUrl: e.ORGANISATION_LOGO_URL, phone: e.ORGANISATION_PHONE, url: e.ORGANISATION_URL },
  };
}
