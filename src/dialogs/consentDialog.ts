// Before the intake: what is stored, why, how long, how to delete it; then ask for consent.
// Without consent the seeker can still do the intake, but nothing is stored.
import { QuestionnaireDialog } from './questionnaire';
import { choiceQuestion, yesNoQuestion } from './questions';

export const CONSENT_DIALOG = 'consent';
export const RETURNING_DIALOG = 'returning';
export const CONSENT_TEXT_VERSION = 'consent-v1';

export class ConsentDialog extends QuestionnaireDialog {
  constructor(now: () => Date) {
    super(
      CONSENT_DIALOG,
      [
        yesNoQuestion({
          id: 'consent',
          intro: (q) => [...q.t.consent.explain],
          text: (q) => q.t.consent.question,
          apply: (a, value) => (a.consent = value === 'yes'),
          reply: (q, value) => (value === 'yes' ? q.t.consent.thanks : q.t.consent.refused),
        }),
      ],
      now,
    );
  }
}

/** A returning seeker: continue where they were, change answers, or see the proposals. */
export class ReturningDialog extends QuestionnaireDialog {
  constructor(now: () => Date) {
    super(
      RETURNING_DIALOG,
      [
        choiceQuestion({
          id: 'resume',
          text: (q) => q.t.returning.question,
          options: (['continue', 'update', 'proposals'] as const).map((value) => ({ value, label: (t) => t.returning[value] })),
          apply: (a, value) => (a.resume = value),
        }),
      ],
      now,
    );
  }
}
