// An eligible instrument as a proposal: its own texts, plus small explained score boosts.
import type { Instrument } from './instruments';
import { dutchAtMost, type Profile } from './profile';
import { sourceFields } from './matchSources';
import { type Proposal, roundScore } from './proposal';
import type { Locale, Texts } from './texts';

export function instrumentProposal(instrument: Instrument, profile: Profile, texts: Texts, locale: Locale): Proposal {
  const reasons = [instrument.what[locale], texts.becauseIncome(texts.incomeExplained[profile.income.situation])];
  let score = instrument.baseScore;
  const tags = new Set(instrument.tags);
  if (tags.has('training') && profile.goals.training.willing) {
    score += 0.1;
    reasons.push(texts.boostTraining);
  }
  if (tags.has('language') && dutchAtMost(profile, 'A2')) {
    score += 0.25;
    reasons.push(texts.boostLanguage);
  }
  if (tags.has('work-experience') && profile.goals.start === 'now') {
    score += 0.05;
    reasons.push(texts.boostStartNow);
  }
  if (tags.has('guidance') && profile.barriers.length > 0) {
    score += 0.1;
    reasons.push(texts.boostSupport);
  }
  if (tags.has('employer-incentive') && profile.barriers.includes('health')) {
    score += 0.1;
    reasons.push(texts.boostHealth);
  }
  if (tags.has('advice') && (profile.goals.direction === 'new' || profile.goals.direction === 'unsure')) {
    score += 0.1;
    reasons.push(texts.boostDirection);
  }
  return {
    id: `instrument:${instrument.id}`,
    kind: instrument.kind,
    title: instrument.title[locale],
    provider: instrument.provider[locale],
    score: roundScore(score),
    reasons,
    eligibility: instrument.decides[locale],
    nextStep: instrument.nextStep[locale],
    whatToBring: instrument.whatToBring[locale],
    ...sourceFields(instrument.sources, locale),
  };
}
