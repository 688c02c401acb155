// The dialogs' Matcher on top of the matching module's catalogue.
import { isOfficialSource, isSourcePage, matchProfile, regionOf, searchOccupations, type Catalogue, type OfficialDomains } from '../matching';
import { toProfileInput } from './intakeAnswers';
import type { Matcher } from './services';

/**
 * How the stated limits were used, when the matching module says so: `limitsApplied` as one B1
 * sentence per limit (`{ limit, changed, text }`), or plain strings. Read loosely: optional here.
 */
function limitsNote(result: object): string[] | undefined {
  const note = (result as { limitsApplied?: unknown }).limitsApplied;
  const lines = (Array.isArray(note) ? note : [note])
    .map((l) => (typeof l === 'string' ? l : l && typeof l === 'object' ? (l as { text?: unknown }).text : undefined))
    .filter((l): l is string => typeof l === 'string' && l.trim().length > 0);
  return lines.length ? lines : undefined;
}

/**
 * Every source a person may see, with a human name: its own, else the official domain it is on
 * ("uwv.nl"). A page on no official domain, or a data identifier (ESCO), is left out.
 */
export function namedSources(urls: string[], named: { url: string; name: string }[], domains: OfficialDomains): { url: string; name: string }[] {
  const all = [...named, ...urls.filter((url) => !named.some((n) => n.url === url)).map((url) => ({ url, name: '' }))];
  const hosts = [...domains.national, ...domains.gemeenten, ...domains.werkcentrum];
  return all.flatMap((link) => {
    if (!isOfficialSource(link.url, domains) || !isSourcePage(link.url)) return [];
    if (link.name.trim()) return [link];
    const host = new URL(link.url).hostname.toLowerCase();
    const domain = hosts.find((d) => host === d || host.endsWith(`.${d}`));
    return domain ? [{ url: link.url, name: domain }] : [];
  });
}

/** `regionId`: the installation's region for seekers without a postcode (its schemes, its offices). */
export function createMatcher(catalogue: Catalogue, o: { regionId?: string } = {}): Matcher {
  return {
    searchOccupations: (text, limit) => searchOccupations(catalogue, text, { limit }),
    regionOf: (postcode) => regionOf(catalogue, postcode),
    propose: (answers, now, locale, options = {}) => {
      const regionId = options.regionId ?? o.regionId;
      const result = matchProfile(catalogue, toProfileInput(answers), { now, locale, ...(regionId ? { regionId } : {}) });
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
          eligibility: p.eligibility,
          sources: p.sources,
          sourceLinks: namedSources(p.sources, p.sourceLinks, catalogue.officialDomains),
          ...(p.contact ? { contact: p.contact } : {}),
          ...(p.contacts?.length ? { contacts: p.contacts } : {}),
        })),
      };
    },
  };
}
