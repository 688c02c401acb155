// Official sources for job directions and schooling, with human names (content/official-domains.json
// lists the allowed domains). ESCO identifiers stay in `occupation.uri`, never here.
import type { Source } from './sources';
import type { Locale } from './texts';

export const MATCH_SOURCES = {
  werkVacancies: {
    url: 'https://www.werk.nl/vacatures/',
    name: { nl: 'werk.nl: vacatures zoeken', en: 'werk.nl: search vacancies' },
  },
  leerwerkloket: {
    url: 'https://www.lerenenwerken.nl/leerwerkloketten',
    name: { nl: 'Leren en Werken: leerwerkloketten', en: 'Leren en Werken: learning and work desks' },
  },
  mboQualifications: {
    url: 'https://wetten.overheid.nl/BWBR0036352',
    name: { nl: 'Overheid.nl: Regeling kwalificatiedossiers mbo', en: 'Overheid.nl: MBO qualification regulation' },
  },
  web: {
    url: 'https://wetten.overheid.nl/BWBR0007625',
    name: { nl: 'Overheid.nl: Wet educatie en beroepsonderwijs (WEB)', en: 'Overheid.nl: Adult and Vocational Education Act (WEB)' },
  },
  bbl: {
    url: 'https://www.s-bb.nl/',
    name: { nl: 'SBB: leerbedrijven en beroepsonderwijs', en: 'SBB: work-based learning companies' },
  },
  higherEducation: {
    url: 'https://www.rijksoverheid.nl/onderwerpen/hoger-onderwijs',
    name: { nl: 'Rijksoverheid: hoger onderwijs', en: 'Dutch government: higher education' },
  },
  drivingLicence: {
    url: 'https://www.rijksoverheid.nl/onderwerpen/rijbewijs',
    name: { nl: 'Rijksoverheid: rijbewijs', en: 'Dutch government: driving licence' },
  },
} as const satisfies Record<string, Source>;

/** `sources` (URLs) and `sourceLinks` (named) of a proposal, in the same order, without duplicates. */
export function sourceFields(sources: ReadonlyArray<Source | { url: string; name: string }>, locale: Locale) {
  const links: Array<{ url: string; name: string }> = [];
  for (const s of sources) {
    if (links.some((l) => l.url === s.url)) continue;
    links.push({ url: s.url, name: typeof s.name === 'string' ? s.name : s.name[locale] });
  }
  return { sources: links.map((l) => l.url), sourceLinks: links };
}
