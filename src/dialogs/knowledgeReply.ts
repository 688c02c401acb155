// How an answer from the knowledge base is said: the answer, who decides, the source by its name;
// or an honest "not sure" with who to ask, how to reach them and where that is written. Shared by
// the question route and by questions asked in the middle of another dialog. Also: what the bot
// knows of the person asking (their situation and age from the intake), so the knowledge base
// names the right organisation.
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Asker, KnowledgeResult, SourceLinkView } from '../knowledge';
import { IncomeSituationSchema } from '../matching';
import type { Texts } from '../texts';

export function replyLines(result: KnowledgeResult, t: Texts): string[] {
  if ('entry' in result) {
    const [source] = result.entry.sourceLinks;
    return [t.knowledge.answer(result.entry.answer, result.entry.organisation, namedLink(source))];
  }
  if (!result.organisation) return [t.knowledge.unsureNoOrganisation];
  const lines = [t.knowledge.unsure(result.organisation)];
  if (result.whoToAsk) lines.push(`${result.whoToAsk.how}\n${t.summary.labels.source}: ${namedLink(result.whoToAsk.source)}`);
  return lines;
}

/** The name people read, with the link after it: never a bare URL as the label. */
export function namedLink(source: SourceLinkView): string {
  return `${source.name} (${source.url})`;
}

const KnownSchema = z.object({ situation: IncomeSituationSchema.optional(), birthYear: z.number().int().optional() });

/** Situation and birth year in saved or in-progress intake answers, when there are any. */
export function askerFrom(answers: unknown, now: Date = new Date()): Asker | undefined {
  const parsed = KnownSchema.safeParse(answers);
  if (!parsed.success || (parsed.data.situation === undefined && parsed.data.birthYear === undefined)) return undefined;
  const { situation, birthYear } = parsed.data;
  const age = birthYear !== undefined && birthYear > 1900 ? now.getFullYear() - birthYear : undefined;
  return { ...(situation ? { situation } : {}), ...(age !== undefined && age > 0 ? { age } : {}) };
}

/**
 * What the running intake knows of the seeker: the deepest dialog with intake answers in its
 * state (a questionnaire holds the freshest answers, the intake loop the earlier topics').
 * `levels`: the running dialogs from the root inwards (stack.ts).
 */
export function askerOf(levels: readonly DialogContext[], now: Date = new Date()): Asker | undefined {
  let found: Asker | undefined;
  for (const level of levels) {
    for (const instance of level.stack) {
      const state = instance.state as { answers?: unknown; options?: { answers?: unknown } } | undefined;
      const asker = askerFrom(state?.answers, now) ?? askerFrom(state?.options?.answers, now);
      if (asker) {
        found = asker;
        break;
      }
    }
  }
  return found;
}
