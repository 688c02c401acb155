// Who to ask: one decision table (content/who-to-ask.json, situation × topic → organisation, with a
// source per row). Proposals, knowledge answers and every "weet ik niet zeker" use it, so nobody on
// WW is sent to the gemeente for a WW question.
import { z } from 'zod';
import { DataFileError } from './dataError';
import { readJsonFile } from './jsonFile';
import { ProviderKindSchema, type ProviderKind } from '../region/schema';
import { IncomeSituationSchema, type IncomeSituation } from './profile';
import { SourceSchema, sourceLink } from './sources';

const Localised = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const WhoToAskTopicSchema = z.enum([
  'training-costs', // who pays for a course or training
  'benefit-while-studying', // may I keep my benefit while I study
  'language-course', // Dutch lessons
  'diploma-recognition', // foreign diploma: IDW / Nuffic, BIG
  'van-werk-naar-werk', // job at risk: to other work without unemployment
  'bbz', // zzp'er in financial trouble
  'reintegration', // help to find work
  'jobcoach',
  'transitievergoeding',
  'startkwalificatie', // young people without a starting qualification (RMC)
  'work-beside-benefit', // working while on a benefit
  'career-advice', // which direction, which course (leerwerkloket)
  'benefit-questions', // questions about one's own benefit
  'inburgering', // civic integration (DUO, gemeente)
  'big-registration', // BIG register for care professions (CIBG)
  'own-business', // starting, running or stopping a business (KVK)
]);
export type WhoToAskTopic = z.infer<typeof WhoToAskTopicSchema>;

/** Either a situation from the profile or "unknown" (the seeker did not say). */
export const AskSituationSchema = z.union([IncomeSituationSchema, z.literal('unknown')]);
export type AskSituation = z.infer<typeof AskSituationSchema>;

export const WhoToAskRowSchema = z.object({
  topic: WhoToAskTopicSchema,
  /** The situations this row is for; rows are read top to bottom, the first match wins. */
  situations: z.array(AskSituationSchema).min(1),
  /** Only for people younger than this (e.g. RMC: under 23). */
  maxAge: z.number().int().min(1).max(100).optional(),
  organisation: Localised,
  /** The regional offices this row sends the seeker to (first = who to contact); none for national bodies. */
  providerKinds: z.array(ProviderKindSchema).min(1).optional(),
  /** One or two B1 sentences: what to ask and how to reach them. */
  how: Localised,
  source: SourceSchema,
});
export type WhoToAskRow = z.infer<typeof WhoToAskRowSchema>;

export const WhoToAskFileSchema = z.object({ _about: z.string().optional(), rows: z.array(WhoToAskRowSchema).min(1) });

export interface WhoToAskAnswer {
  topic: WhoToAskTopic;
  organisation: string;
  how: string;
  source: { url: string; name: string };
  /** The row's regional offices (localise.ts turns them into the seeker's concrete contacts). */
  providerKinds?: ProviderKind[];
}

export class WhoToAskTable {
  constructor(readonly rows: readonly WhoToAskRow[]) {}

  /** The organisation for this topic and situation; `age` only narrows rows that have maxAge. */
  ask(topic: WhoToAskTopic, who: { situation?: IncomeSituation | 'unknown'; age?: number }, locale: 'nl' | 'en'): WhoToAskAnswer {
    const situation = who.situation ?? 'unknown';
    const row = this.rows.find((r) => r.topic === topic && r.situations.includes(situation) && (r.maxAge === undefined || (who.age !== undefined && who.age < r.maxAge)));
    if (!row) throw new Error(`who-to-ask: no row for ${topic} × ${situation}`); // load() guarantees one
    return { topic, organisation: row.organisation[locale], how: row.how[locale], source: sourceLink(row.source, locale), ...(row.providerKinds ? { providerKinds: row.providerKinds } : {}) };
  }
}

/** Loads and checks the table: every topic must have an answer for every situation (age unknown). */
export async function loadWhoToAsk(file: string): Promise<WhoToAskTable> {
  const parsed = WhoToAskFileSchema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(file, undefined, `${issue.path.join('.')}: ${issue.message}`);
  }
  const rows = parsed.data.rows;
  for (const topic of WhoToAskTopicSchema.options) {
    for (const situation of [...IncomeSituationSchema.options, 'unknown' as const]) {
      if (!rows.some((r) => r.topic === topic && r.situations.includes(situation) && r.maxAge === undefined)) {
        throw new DataFileError(file, undefined, `no row answers ${topic} for situation "${situation}"`);
      }
    }
  }
  const unused = unreachable(rows);
  if (unused) throw new DataFileError(file, undefined, unused);
  return new WhoToAskTable(rows);
}

/** A row (or one of its situations) that an earlier row always wins is a mistake: say which. */
function unreachable(rows: readonly WhoToAskRow[]): string | undefined {
  for (const [i, row] of rows.entries()) {
    for (const situation of row.situations) {
      const earlier = rows.findIndex((r, j) => j < i && r.topic === row.topic && r.situations.includes(situation) && (r.maxAge === undefined || (row.maxAge !== undefined && r.maxAge >= row.maxAge)));
      if (earlier !== -1) return `rows[${i}] (${row.topic}): situation "${situation}" is already answered by rows[${earlier}]`;
    }
  }
  return undefined;
}
