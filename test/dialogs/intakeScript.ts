// One WW seeker's intake, scripted in pieces, shared by the corrections and "Klopt dit?" tests:
// up to the job question, and from the education question to the last question before "Klopt dit?".
import type { Step } from '../helpers/conversation';

/** Consent, WW until 1 September 2027, € 1.500: up to the job question. */
export const TO_JOB: Step[] = [
  ['Ik zoek werk', /bewaren/],
  ['ja', /Stap 1 van 7/],
  ['ww', /Tot wanneer/],
  ['tot 1 september 2027', /per maand/],
  ['1500 euro', /Stap 2 van 7[\s\S]*laatst gedaan/],
];

/** From the education question to the training question, the last before "Klopt dit?". */
export const TO_END: Step[] = [
  ['vmbo', /Nederlands/],
  ['moedertaal', /Hoe oud/],
  ['sla over', /rijbewijs/],
  ['ja', /gezondheid/],
  ['nee', /Stap 5 van 7/],
  ['hetzelfde werk', /Hoeveel uur/],
  ['32 uur', /postcode/],
  ['3511', /reizen/],
  ['maakt niet uit', /beginnen/],
  ['zo snel mogelijk', /opleiding/],
];

/** A WW seeker, orderpicker for 20 years (five proposals), from the start up to "Klopt dit?". */
export const TO_KLOPT_DIT: Step[] = [
  ...TO_JOB,
  ['20 jaar orderpicker', /beroep/],
  ['orderpicker', /orderpicker/],
  ['nee', /diploma/],
  ...TO_END,
  ['nee', /Klopt dit\?/],
];
