// The dialogs' Matcher on top of the matching module's catalogue.
import { matchProfile, regionOf, searchOccupations, type Catalogue } from '../matching';
import { toProfileInput } from './intakeAnswers';
import type { Matcher } from './services';

export function createMatcher(catalogue: Catalogue): Matcher {
  return {
    searchOccupations: (text, limit) => searchOccupations(catalogue, text, { limit }),
    regionOf: (postcode) => regionOf(catalogue, postcode),
    propose: (answers, now, locale) => {
      const result = matchProfile(catalogue, toProfileInput(answers), { now, locale });
      return { complex: result.complexCase.complex, proposals: result.proposals.map((p) => ({
        kind: p.kind,
        title: p.title,
        provider: p.provider,
        score: p.score,
        reasons: p.reasons,
        nextStep: p.nextStep,
        whatToBring: p.whatToBring,
        sources: p.sources,
      })) };
    },
  };
}
