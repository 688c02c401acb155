// How an answer from the knowledge base is said: the answer, who decides, the source; or an
// honest "not sure" with the organisation to ask. Shared by the question route and by questions
// asked in the middle of another dialog.
import type { KnowledgeResult } from '../knowledge';
import type { Texts } from '../texts';

export function replyLines(result: KnowledgeResult, t: Texts): string[] {
  if ('entry' in result) return [t.knowledge.answer(result.entry.answer, result.entry.organisation, result.entry.sources[0])];
  return [result.organisation ? t.knowledge.unsure(result.organisation) : t.knowledge.unsureNoOrganisation];
}
