// The sentences a regional scheme's proposal adds to the scheme's own texts (Dutch B1, English the same).
const euros = (amount: number, locale: 'nl' | 'en') => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);

export const schemeTexts = {
  nl: {
    covers: (what: string, max: number) => `Het betaalt ${what}, tot ${euros(max, 'nl')} per persoon.`,
    applyHere: 'Je kunt het hier in de chat aanvragen: kies "Aanvragen" of typ "scholingsbudget aanvragen".',
  },
  en: {
    covers: (what: string, max: number) => `It pays for ${what}, up to ${euros(max, 'en')} per person.`,
    applyHere: 'You can apply here in the chat: choose "Apply" or type "apply for the training budget".',
  },
} as const;
