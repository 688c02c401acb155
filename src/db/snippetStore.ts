// Canned answers ("standaardtekst") for the advisor console. Not personal data: an erase leaves them.
import { isUniqueViolation, type Db } from './client';

export interface SnippetRow {
  id: string;
  title: string;
  text: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
}

/** The title is taken by another snippet (unique). */
export class SnippetTitleTaken extends Error {}

export class SnippetStore {
  constructor(private readonly db: Db) {}

  list(): Promise<SnippetRow[]> {
    return this.db.snippet.findMany({ orderBy: { title: 'asc' }, take: 500 });
  }

  async create(input: { title: string; text: string; by: string }): Promise<SnippetRow> {
    return this.db.snippet.create({ data: { title: input.title, text: input.text, updatedBy: input.by } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new SnippetTitleTaken(input.title) : error;
    });
  }

  /** undefined when there is no such snippet. */
  async update(id: string, input: { title?: string; text?: string; by: string }): Promise<SnippetRow | undefined> {
    const { count } = await this.db.snippet
      .updateMany({ where: { id }, data: { ...(input.title !== undefined ? { title: input.title } : {}), ...(input.text !== undefined ? { text: input.text } : {}), updatedBy: input.by } })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new SnippetTitleTaken(input.title ?? '') : error;
      });
    return count ? ((await this.db.snippet.findUnique({ where: { id } })) ?? undefined) : undefined;
  }

  /** The deleted snippet, or undefined when there was none. */
  async delete(id: string): Promise<SnippetRow | undefined> {
    const row = await this.db.snippet.findUnique({ where: { id } });
    if (!row) return undefined;
    const { count } = await this.db.snippet.deleteMany({ where: { id } });
    return count ? row : undefined;
  }
}
