// Public API of the knowledge base (pure: no botbuilder, restify or Prisma).
export {
  KnowledgeBase,
  CONFIDENCE_THRESHOLD,
  questionConfidence,
  ORGANISATION_FLOOR,
  SIBLING_FLOOR,
  type KnowledgeResult,
  type KnowledgeAnswerView,
  type KnowledgeBaseOptions,
  type SourceLinkView,
  type WhoToAskView,
} from './knowledgeBase';
export { namedSituation, loadKnowledgeTopics, topicOf, type Asker, type KnowledgeTopics } from './situation';
export { loadKnowledgeEntries, DEFAULT_KNOWLEDGE_DIR } from './load';
export { KnowledgeEntrySchema, KnowledgeFileSchema, FollowUpSchema, type KnowledgeEntry, type FollowUp } from './schema';
export { questionForm, type QuestionForm } from './question';
export { questionTerms } from './questionTerms';
