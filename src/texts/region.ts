// Texts that name the organisation of the seeker's region ("Werkcentrum Midden-Utrecht") where the
// general texts (nl.ts, en.ts) say "het Werkcentrum in jouw regio": used when the server knows the
// region (src/dialogs/region.ts). Same structure in both languages.
import type { Locale } from './index';

export interface RegionTexts {
  /** The welcome's first line: who the bot is. */
  whoAmI: (organisation: string) => string;
}

const nl: RegionTexts = {
  whoAmI: (organisation) => `Hallo! Ik ben Werkloket, de digitale hulp van ${organisation}.`,
};

const en: RegionTexts = {
  whoAmI: (organisation) => `Hello! I am Werkloket, the digital assistant of ${organisation}.`,
};

export function regionTexts(locale: Locale): RegionTexts {
  return locale === 'en' ? en : nl;
}
