// The knowledge base's content bar (issue 13), stricter than the loader so main keeps loading while
// files are converted: at least six Dutch and three English phrasings per entry, sources with a
// human name, and topics that the who-to-ask table knows.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeEntrySchema, loadKnowledgeTopics } from '../../src/knowledge';
import { SourceSchema, WhoToAskTopicSchema } from '../../src/matching';
import { jsonFiles } from './contentUrls';

const Phrasings = z.array(z.string().trim().min(3));
/** The entry as the issue wants it: the loader's schema, with the content bar on top. */
export const StrictKnowledgeEntrySchema = KnowledgeEntrySchema.extend({
  questions: z.object({
    nl: Phrasings.min(6, 'at least six Dutch phrasings'),
    en: Phrasings.min(3, 'at least three English phrasings'),
  }),
  sources: z.array(SourceSchema, 'sources as {url, name}: a bare URL has no human name').min(1),
});

/** What is below the bar, one line per entry and problem. */
export function belowTheBar(entries: unknown[], file: string): string[] {
  return entries.flatMap((raw, i) => {
    const parsed = StrictKnowledgeEntrySchema.safeParse(raw);
    if (parsed.success) return [];
    const id = (raw as { id?: string }).id ?? `entries[${i}]`;
    return parsed.error.issues.map((issue) => `${file}: ${id}: ${issue.path.join('.')}: ${issue.message}`);
  });
}

describe('content: the knowledge base meets the bar of issue 13', () => {
  const files = jsonFiles(DEFAULT_KNOWLEDGE_DIR);

  it('every entry has ≥ 6 Dutch and ≥ 3 English phrasings and named sources', () => {
    const problems = files.flatMap((file) => belowTheBar((JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries, path.basename(file)));
    expect(problems, `${problems.length} problems:\n${problems.join('\n')}`).to.deep.equal([]);
  });

  it('the bar refuses an entry with five Dutch or two English phrasings, or a bare URL (a fixture)', () => {
    const good = {
      id: 'voorbeeld',
      questions: { nl: ['Vraag een?', 'Vraag twee?', 'Vraag drie?', 'Vraag vier?', 'Vraag vijf?', 'Vraag zes?'], en: ['One?', 'Two?', 'Three?'] },
      answer: { nl: 'Dit is een antwoord van een hele zin, zonder bedragen.', en: 'This is an answer of one whole sentence, without amounts.' },
      organisation: { nl: 'UWV', en: 'UWV' },
      sources: [{ url: 'https://www.uwv.nl/nl/ww', name: { nl: 'UWV: WW', en: 'UWV: WW' } }],
    };
    expect(belowTheBar([good], 'f')).to.deep.equal([]);
    expect(belowTheBar([{ ...good, questions: { ...good.questions, nl: good.questions.nl.slice(1) } }], 'f')).to.match(/voorbeeld: questions\.nl: at least six Dutch/);
    expect(belowTheBar([{ ...good, questions: { ...good.questions, en: good.questions.en.slice(1) } }], 'f')).to.match(/questions\.en: at least three English/);
    expect(belowTheBar([{ ...good, sources: ['https://www.uwv.nl/nl/ww'] }], 'f').join()).to.match(/sources\.0/);
  });

  it('the topics file names only who-to-ask topics, and entries own topics agree with it', async () => {
    const topics = await loadKnowledgeTopics();
    for (const [id, t] of Object.entries(topics)) expect(WhoToAskTopicSchema.safeParse(t.topic).success, id).to.equal(true);
    for (const file of files) {
      for (const raw of (JSON.parse(readFileSync(file, 'utf8')) as { entries: { id: string; topic?: string }[] }).entries) {
        if (raw.topic && Object.hasOwn(topics, raw.id)) expect(raw.topic, `${raw.id}: its own topic and knowledge-topics.json differ`).to.equal(topics[raw.id].topic);
      }
    }
  });
});
