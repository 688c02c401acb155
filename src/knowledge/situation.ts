// Whose question is it? The seeker's known situation (from the intake) decides who to ask, unless
// the question itself names one ("mag ik studeren met bijstand?" is about bijstand, whoever asks).
// Entries say which who-to-ask topic they are about, and optionally for which situations they are
// written; content/knowledge-topics.json says it for entries whose own file does not.
import path from 'node:path';
import { z } from 'zod';
import { DataFileError } from '../matching';
import { readJsonFile } from '../matching/jsonFile';
import { DEFAULT_CONTENT_DIR } from '../matching/rawData';
import { AskSituationSchema, WhoToAskTopicSchema, type AskSituation, type WhoToAskTopic } from '../matching/whoToAsk';
import type { KnowledgeEntry } from './schema';

/** What the bot knows of the person asking. */
export interface Asker {
  situation?: AskSituation;
  /** Age in years, when known (only narrows rows such as RMC: under 23). */
  age?: number;
  /** 4-digit postcode area: in a configured region the answer names the seeker's own office. */
  postcode?: string;
  /** The region when the postcode does not say it (website host, configuration). */
  regionId?: string;
}

/** Words that name a situation in the question itself. Employed and flex are not named reliably. */
const NAMED: [AskSituation, RegExp][] = [
  ['ww', /\bww\b|ww-uitkering|werkloosheidsuitkering|werkloosheidswet|unemployment benefit/],
  ['bijstand', /bijstand|participatiewet|social assistance|welfare/],
  ['wia', /\b(wia|wga|iva)\b|arbeidsongeschikt|disability benefit/],
  ['wajong', /wajong/],
  ['self-employed', /\bzzp|zelfstandige|ondernemer|freelancer|self-employed|\bbbz\b|eigen bedrijf|own business/],
  ['none', /geen uitkering|zonder uitkering|no benefit|without (a )?benefit/],
];

/** The one situation the question names, if it names exactly one. */
export function namedSituation(question: string): AskSituation | undefined {
  const text = question.toLowerCase();
  const named = NAMED.filter(([, pattern]) => pattern.test(text)).map(([situation]) => situation);
  return named.length === 1 ? named[0] : undefined;
}

const EntryTopicSchema = z.object({
  topic: WhoToAskTopicSchema,
  /** The situations the entry is written for (its answer is about WW, say); absent: everyone. */
  situations: z.array(AskSituationSchema).min(1).optional(),
});
export type EntryTopic = z.infer<typeof EntryTopicSchema>;

const KnowledgeTopicsFileSchema = z.object({ _about: z.string().optional(), entries: z.record(z.string(), EntryTopicSchema) });
export type KnowledgeTopics = Readonly<Record<string, EntryTopic>>;

export const DEFAULT_KNOWLEDGE_TOPICS_FILE = path.join(DEFAULT_CONTENT_DIR, 'knowledge-topics.json');

/** Reads content/knowledge-topics.json; ids of entries that do not exist (yet) are harmless. */
export async function loadKnowledgeTopics(file: string = DEFAULT_KNOWLEDGE_TOPICS_FILE): Promise<KnowledgeTopics> {
  const parsed = KnowledgeTopicsFileSchema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(file, undefined, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.entries;
}

/** The entry's topic and situations: its own fields win over the topics file. */
export function topicOf(entry: KnowledgeEntry, topics: KnowledgeTopics): { topic?: WhoToAskTopic; situations?: readonly AskSituation[] } {
  const listed = Object.hasOwn(topics, entry.id) ? topics[entry.id] : undefined;
  const topic = entry.topic ?? listed?.topic;
  const situations = entry.situations ?? (listed?.topic === topic ? listed?.situations : undefined);
  return { ...(topic ? { topic } : {}), ...(topic && situations ? { situations } : {}) };
}

/** Whether an entry written for some situations answers this asker. */
export function fits(situations: readonly AskSituation[] | undefined, asked: AskSituation): boolean {
  return !situations || asked === 'unknown' || situations.includes(asked);
}
