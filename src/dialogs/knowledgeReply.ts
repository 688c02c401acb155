// How an answer from the knowledge base is said: the answer, who decides, the source by its name;
// or an honest "not sure" with who to ask, how to reach them and where that is written. Shared by
// the question route and by questions asked in the middle of another dialog. Also: what the bot
// knows of the person asking (their situation and age from the intake), so the knowledge base
// names the right organisation.
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { Asker, KnowledgeResult, SourceLinkView } from '../knowledge';
import { IncomeSituationSchema } from '../matching';
import { contactSentence, type ProviderContact } from '../region';
import type { Locale, Texts } from '../texts';

/**
 * `locale` names the offices in the seeker's language; with a configured region for the asker's
 * postcode every answer, and every "weet ik niet zeker", ends with their own office and its map.
 */
export function replyLines(result: KnowledgeResult, t: Texts, locale: Locale = 'nl'): string[] {
  if ('entry' in result) {
    const [source] = result.entry.sourceLinks;
    return [t.knowledge.answer(result.entry.answer, result.entry.organisation, namedLink(source)), ...officeLines(result.entry.contacts, t, locale)];
  }
  if (!result.organisation) return [t.knowledge.unsureNoOrganisation, ...officeLines(result.contacts, t, locale)];
  const lines = [t.knowledge.unsure(result.organisation)];
  if (result.whoToAsk) lines.push(`${result.whoToAsk.how}\n${t.summary.labels.source}: ${namedLink(result.whoToAsk.source)}`);
  return [...lines, ...officeLines(result.contacts, t, locale)];
}

/** "Bij jou in de buurt: UWV Utrecht, Daalseplein 2, … Bekijk op de kaart: UWV Utrecht (https://…)". */
function officeLines(contacts: readonly ProviderContact[] | undefined, t: Texts, locale: Locale): string[] {
  return (contacts ?? []).map((c) => t.knowledge.office(contactSentence(c, locale), namedLink({ name: c.name, url: c.mapUrl })));
}

/** The name people read, with the link after it: never a bare URL as the label. */
export function namedLink(source: SourceLinkView): string {
  return `${source.name} (${source.url})`;
}

const KnownSchema = z.object({
  situation: IncomeSituationSchema.optional(),
  birthYear: z.number().int().optional(),
  postcode: z.string().regex(/^[1-9]\d{3}$/).optional().catch(undefined),
});

/** Situation, birth year and postcode in saved or in-progress intake answers, when there are any. */
export function askerFrom(answers: unknown, now: Date = new Date()): Asker | undefined {
  const parsed = KnownSchema.safeParse(answers);
  if (!parsed.success) return undefined;
  const { situation, birthYear, postcode } = parsed.data;
  if (situation === undefined && birthYear === undefined && postcode === undefined) return undefined;
  const age = birthYear !== undefined && birthYear > 1900 ? now.getFullYear() - birthYear : undefined;
  return { ...(situation ? { situation } : {}), ...(age !== undefined && age > 0 ? { age } : {}), ...(postcode ? { postcode } : {}) };
}

/** The region the server chose for this conversation, for an asker whose postcode does not say it. */
export function withRegion(asker: Asker | undefined, regionId: string | undefined): Asker | undefined {
  return regionId === undefined ? asker : { ...asker, regionId };
}

/**
 * What the running intake knows of the seeker: per level the dialog with intake answers in its
 * state, deeper levels winning (a questionnaire holds the freshest answers, the intake loop the
 * earlier topics': the postcode of one and the situation of the other both count).
 * `levels`: the running dialogs from the root inwards (stack.ts).
 */
export function askerOf(levels: readonly DialogContext[], now: Date = new Date()): Asker | undefined {
  let found: Asker | undefined;
  for (const level of levels) {
    for (const instance of level.stack) {
      const state = instance.state as { answers?: unknown; options?: { answers?: unknown } } | undefined;
      const asker = askerFrom(state?.answers, now) ?? askerFrom(state?.options?.answers, now);
      if (asker) {
        found = { ...found, ...asker };
        break;
      }
    }
  }
  return found;
}
