// How well the vacancy's work fits the seeker (0..1), as ranking.ts judges occupations: skill fit
// from confirmed work (guessed work at half weight, never stated), the seeker's own past work and
// its ISCO group, named targets and the wish, and work that is learnt on the job.
import { missingEssentialSkills } from './explain';
import type { Localised, Notes, Pair } from './vacancyRules';
import { say } from './vacancyRules';
import { overlapWeight } from './vacancyPrepare';
import type { Exclusion } from './vacancyTexts';
import { textsEn } from './texts.en';
import { textsNl } from './texts.nl';
import type { Texts } from './texts';
import { isNoWish } from './wishes';

const GUESS_WEIGHT = 0.5;
/** Skill fit between related jobs is often 20–40% (docs/matching.md): scaled so 80% counts as full. */
const FIT_SCALE = 1.25;
const SAME_GROUP_BONUS = 0.15;
const GUESSED_OWN_WORK = 0.6;
const TARGET_FLOOR = 0.7;
const INTEREST_BONUS = 0.3;
/** Work learnt on the job fits anyone open to new work, a little. */
const LEARNABLE_FLOOR = 0.3;
/** Below this the work itself does not fit: no pair. */
export const MIN_WORK = 0.25;
const NAMED_MISSING = 2;
/** One collator per language: localeCompare builds one per call. */
const COLLATORS = { nl: new Intl.Collator('nl'), en: new Intl.Collator('en') };

const shared = (f: (t: Texts) => string): Localised => ({ nl: f(textsNl), en: f(textsEn) });

function learnable(p: Pair): number {
  const taught = p.vacancy.learnable || (p.vacancy.bbl && p.seeker.canWorkAndLearn);
  return taught && p.seeker.openToNewWork ? LEARNABLE_FLOOR : 0;
}

/** What the employer teaches: on the job, work-and-learn (BBL), a training budget. */
function explainLearning(p: Pair, learntOnTheJob: boolean, notes: Notes): void {
  const bbl = p.vacancy.bbl && p.seeker.canWorkAndLearn;
  if (bbl) notes.reasons.push(say((t) => t.workAndLearn));
  else if (learntOnTheJob) notes.reasons.push(say((t) => t.learnOnTheJob));
  if (p.data.learnOnTheJob.includes('training-budget')) notes.reasons.push(say((t) => t.trainingBudget));
}

/** "Je hebt 5 van de 8 belangrijkste vaardigheden…", and the missing ones by Dutch or English name. */
function explainSkills(p: Pair, o: number, notes: Notes): void {
  const { catalogue, seeker } = p;
  const total = catalogue.essentialCount[o];
  if (seeker.skills.length === 0 || total === 0) return;
  const missing = missingEssentialSkills(catalogue, o, new Set(seeker.skills)).map((s) => catalogue.skills[s]);
  const have = total - missing.length;
  if (have === 0) return;
  const label = catalogue.occupations[o].label;
  const confirmed = seeker.past.length > 0;
  if (have === total) {
    notes.reasons.push(shared((t) => (confirmed ? t.allEssentialSkills(label) : t.essentialSkills(have, total, label))));
    return;
  }
  notes.reasons.push(shared((t) => t.essentialSkills(have, total, label)));
  const named = (locale: 'nl' | 'en') =>
    missing
      .map((s) => (locale === 'nl' ? s.labelNl : s.labelEn))
      .filter((l): l is string => l !== undefined)
      .sort(COLLATORS[locale].compare)
      .slice(0, NAMED_MISSING);
  const text = (t: Texts, locale: 'nl' | 'en') => {
    const labels = named(locale);
    return labels.length === 0 ? t.missingSkillsNoLabel(missing.length) : t.missingSkills(labels, missing.length - labels.length);
  };
  notes.missing.push({ nl: text(textsNl, 'nl'), en: text(textsEn, 'en') });
}

/** Why this work, in words the seeker gave or confirmed; a guess is quoted, never stated as fact. */
function explainPast(p: Pair, o: number, notes: Notes): void {
  const { catalogue, seeker, vacancy } = p;
  const isco = catalogue.occupations[o].isco;
  if (seeker.targets.has(o)) notes.reasons.push(shared((t) => t.namedWish));
  else if (seeker.interests.has(o) && !isNoWish(p.profile.goals.interests)) notes.reasons.push(shared((t) => t.matchesInterest(p.profile.goals.interests!)));
  const close = seeker.past.find((x) => catalogue.occupations[x].isco === isco);
  if (seeker.past.includes(o) && !vacancy.guessed) notes.reasons.push(shared((t) => t.sameAsPastWork));
  else if (close !== undefined && close !== o) notes.reasons.push(shared((t) => t.closeToPastWork(catalogue.occupations[close].label)));
  else {
    const self = seeker.guessed.find((g) => g.occupation === o && g.words !== undefined);
    const alike = seeker.guessed.find((g) => g.words !== undefined && catalogue.occupations[g.occupation].isco === isco);
    if (self) notes.reasons.push(shared((t) => t.mentionedThisWork(self.words!)));
    else if (alike) notes.reasons.push(shared((t) => t.mentionedWork(alike.words!)));
  }
}

/** How well the work fits, 0..1, or why it does not; `notes` gets the words when given. */
export function workFit(p: Pair, notes?: Notes): number | Exclusion {
  const { catalogue, seeker, vacancy } = p;
  const o = vacancy.occupation;
  if (o === undefined) {
    const floor = learnable(p);
    if (notes) explainLearning(p, floor > 0, notes);
    return floor;
  }
  const isco = catalogue.occupations[o].isco;
  const target = seeker.targets.has(o);
  const interest = seeker.interests.get(o) ?? 0;
  if (p.profile.goals.direction === 'new' && !target && interest === 0 && seeker.pastMinorGroups.includes(isco.slice(0, 3))) return 'wants-new-work';
  const total = catalogue.occupationWeight[o];
  const own = seeker.skills.length > 0 ? overlapWeight(catalogue, seeker.skills, o) : 0;
  const guessed = seeker.guessedSkills.length > 0 ? overlapWeight(catalogue, seeker.guessedSkills, o) : 0;
  let w = total > 0 ? (FIT_SCALE * (own + GUESS_WEIGHT * guessed)) / total : 0;
  const same = seeker.past.includes(o);
  if (same) w = vacancy.guessed ? Math.max(w, 0.8) : 1;
  else if (seeker.pastGroups.includes(isco)) w += SAME_GROUP_BONUS;
  if (!same && seeker.guessed.some((g) => g.occupation === o)) w = Math.max(w, GUESSED_OWN_WORK);
  else if (!same && seeker.guessedGroups.includes(isco)) w += GUESS_WEIGHT * SAME_GROUP_BONUS;
  if (target) w = Math.max(w, TARGET_FLOOR);
  w += INTEREST_BONUS * interest;
  if (notes) {
    explainPast(p, o, notes);
    explainSkills(p, o, notes);
  }
  const floor = learnable(p);
  if (notes) explainLearning(p, w < floor, notes);
  w = Math.max(w, floor);
  return Math.min(1, w);
}

/** What the employer said that we cannot match: the words of a guessed occupation, other requirements. */
export function employerNotes(p: Pair, notes: Notes): void {
  const { catalogue, vacancy, data } = p;
  if (vacancy.guessed && vacancy.occupation !== undefined) {
    const label = catalogue.occupations[vacancy.occupation].label;
    notes.missing.push(say((t) => t.guessedWork(data.words, label)));
  }
  if (data.requirements.words !== undefined) notes.missing.push(say((t) => t.employerAlsoAsks(data.requirements.words!)));
}
