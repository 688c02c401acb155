// An eligible instrument as a proposal: its own texts, plus small explained score boosts.
import type { Instrument, InstrumentTag } from './instruments';
import { dutchAtMost, type Profile } from './profile';
import { sourceFields } from './matchSources';
import { type Proposal, roundScore } from './proposal';
import type { Locale, Texts } from './texts';

/** The base score plus small boosts, each with the reason it adds (instruments and regional schemes). */
export function boostedScore(tags: readonly InstrumentTag[], baseScore: number, profile: Profile, texts: Texts): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = baseScore;
  const has = new Set(tags);
  if (has.has('training') && profile.goals.training.willing) {
    score += 0.1;
    reasons.push(texts.boostTraining);
  }
  if (has.has('language') && dutchAtMost(profile, 'A2')) {
    score += 0.25;
    reasons.push(texts.boostLanguage);
  }
  if (has.has('work-experience') && profile.goals.start === 'now') {
    score += 0.05;
    reasons.push(texts.boostStartNow);
  }
  if (has.has('guidance') && profile.barriers.length > 0) {
    score += 0.1;
    reasons.push(texts.boostSupport);
  }
  if (has.has('employer-incentive') && profile.barriers.includes('health')) {
    score += 0.1;
    reasons.push(texts.boostHealth);
  }
  if (has.has('advice') && (profile.goals.direction === 'new' || profile.goals.direction === 'unsure')) {
    score += 0.1;
    reasons.push(texts.boostDirection);
  }
  return { score: roundScore(score), reasons };
}

export function instrumentProposal(instrument: Instrument, profile: Profile, texts: Texts, locale: Locale): Proposal {
  const boosted = boostedScore(instrument.tags, instrument.baseScore, profile, texts);
  return {
    id: `instrument:${instrument.id}`,
    kind: instrument.kind,
    title: instrument.title[locale],
    provider: instrument.provider[locale],
    score: boosted.score,
    reasons: [instrument.what[locale], texts.becauseIncome(texts.incomeExplained[profile.income.situation]), ...boosted.reasons],
    eligibility: instrument.decides[locale],
    nextStep: instrument.nextStep[locale],
    whatToBring: instrument.whatToBring[locale],
    ...sourceFields(instrument.sources, locale),
  };
}
