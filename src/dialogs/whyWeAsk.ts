// "Waarom vraag je dit?" at an intake question: the specific reason, from the knowledge base's
// "waarom-…" entries (one home for those words), instead of the general help for the question.
const WHY = /\b(waarom|why)\b/i;

/** Intake question id → the knowledge entry that says why we ask it. */
const WHY_ENTRY: Readonly<Record<string, string>> = {
  situation: 'waarom-situatie',
  wiaType: 'waarom-situatie',
  wwEnd: 'waarom-einddatum',
  amount: 'waarom-bedrag',
  job: 'waarom-werkervaring',
  pickOccupation: 'waarom-werkervaring',
  earlierJob: 'waarom-werkervaring',
  pickEarlierOccupation: 'waarom-werkervaring',
  education: 'waarom-opleiding',
  foreignDiploma: 'waarom-opleiding',
  dutch: 'waarom-nederlands',
  age: 'waarom-leeftijd',
  licence: 'waarom-rijbewijs',
  health: 'waarom-gezondheid',
  limits: 'waarom-gezondheid',
  limitsMore: 'waarom-gezondheid',
  hours: 'waarom-uren',
  postcode: 'waarom-postcode',
  travel: 'waarom-postcode',
  start: 'waarom-start',
  training: 'waarom-leren',
  trainingMonths: 'waarom-leren',
};

/** The knowledge entry that answers "why do you ask this?" for this question, if the message asks that. */
export function whyEntryFor(text: string, questionId: string | undefined): string | undefined {
  return questionId !== undefined && WHY.test(text) ? WHY_ENTRY[questionId] : undefined;
}
