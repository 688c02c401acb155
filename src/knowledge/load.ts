// Reads and validates the knowledge base (content/knowledge/*.json) once at start-up. Any problem
// stops start-up with a DataFileError that names the file and the entry.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { DataFileError, normalise } from '../matching';
import { readJsonFile } from '../matching/jsonFile';
import { KnowledgeFileSchema, type KnowledgeEntry } from './schema';

export const DEFAULT_KNOWLEDGE_DIR = path.resolve(__dirname, '..', '..', 'content', 'knowledge');

/** "entries[3] (ww-aanvragen).answer.nl": the path inside the file, with the entry's id when known. */
function where(issue: z.core.$ZodIssue, raw: unknown): string {
  const parts = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
  const [top, index] = issue.path;
  if (top === 'entries' && typeof index === 'number') {
    const id = (raw as { entries?: { id?: unknown }[] })?.entries?.[index]?.id;
    if (typeof id === 'string') parts[1] += ` (${id})`;
  }
  return parts.join('').replace(/^\./, '') || '(file)';
}

export async function loadKnowledgeEntries(dir: string = DEFAULT_KNOWLEDGE_DIR): Promise<KnowledgeEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    throw new DataFileError(dir, undefined, `cannot read the knowledge directory (${(err as Error).message})`);
  }
  if (names.length === 0) throw new DataFileError(dir, undefined, 'no knowledge files (*.json)');

  const entries: KnowledgeEntry[] = [];
  const idFile = new Map<string, string>();
  const phrasingOwner = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const raw = await readJsonFile(file);
    const parsed = KnowledgeFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataFileError(file, undefined, `${where(issue, raw)}: ${issue.message}`);
    }
    for (const entry of parsed.data.entries) {
      const earlier = idFile.get(entry.id);
      if (earlier) throw new DataFileError(file, undefined, `entry "${entry.id}": duplicate id (also in ${path.basename(earlier)})`);
      idFile.set(entry.id, file);
      // The same phrasing under two entries would make the answer depend on file order.
      for (const q of [...entry.questions.nl, ...entry.questions.en]) {
        const key = normalise(q);
        const owner = phrasingOwner.get(key);
        if (owner && owner !== entry.id) throw new DataFileError(file, undefined, `entry "${entry.id}": phrasing "${q}" is also a phrasing of "${owner}"`);
        phrasingOwner.set(key, entry.id);
      }
      entries.push(entry);
    }
  }
  return entries;
}
