// The dialogs' Matcher on top of the matching module's catalogue.
import { matchProfile, regionOf, searchOccupations, type Catalogue } from '../matching';
import { toProfileInput } from './intakeAnswers';
import type { Matcher } from './services';

/** The note on how stated limits were used, when the matching module gives one (a string or lines). */
function limitsNote(result: object): string[] | undefined {
  const note = (result as { limitsApplied?: unknown }).limitsApplied;
  const lines = (Array.isArray(note) ? note : [note]).filter((l): l is string => typeof l === 'string' && l.trim().length > 0);
  return lines.length ? lines : undefined;
}

export function createMatcher(catalogue: Catalogue): Matcher {
  return {
    searchOccupations: (text, limit) => searchOccupations(catalogue, text, { limit }),
    regionOf: (postcode) => regionOf(catalogue, postcode),
    propose: (answers, now, locale) => {
      const result = matchProfile(catalogue, toProfileInput(answers), { now, locale });
      const limitsApplied = limitsNote(result);
      return {
        complex: result.complexCase.complex,
        ...(limitsApplied ? { limitsApplied } : {}),
        proposals: result.proposals.map((p) => ({
          id: p.id,
          kind: p.kind,
          title: p.title,
          provider: p.provider,
          score: p.score,
          reasons: p.reasons,
          nextStep: p.nextStep,
          whatToBring: p.whatToBring,
          sources: p.sources,
          sourceLinks: p.sourceLinks ?? p.sources.map((url) => ({ url, name: new URL(url).hostname })),
        })),
      };
    },
  };
}
