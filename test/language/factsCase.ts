import type { Facts, IntakeQuestionId, NonAnswer } from '../../src/language';

/** One readFacts case: the question asked (or none), the answer, the whole Facts expected, and the non-answer kind. */
export type FactCase = [asked: IntakeQuestionId | undefined, text: string, facts: Facts, nonAnswer?: NonAnswer];
