// The sentences a regional scheme's proposal adds to the scheme's own texts (Dutch B1, English the same).
const euros = (amount: number, locale: 'nl' | 'en') => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);

export const schemeTexts = {
  nl: {
    covers: (what: string) => `Het betaalt ${what}.`,
    /** With who decides (not among the reasons, which never hold amounts). */
    atMost: (max: number) => `Je krijgt hoogstens ${euros(max, 'nl')}.`,
    applyHere: 'Je kunt het hier in de chat aanvragen: kies "Aanvragen" of typ "scholingsbudget aanvragen".',
  },
  en: {
    covers: (what: string) => `It pays for ${what}.`,
    atMost: (max: number) => `You get at most ${euros(max, 'en')}.`,
    applyHere: 'You can apply here in the chat: choose "Apply" or type "apply for the training budget".',
  },
} as const;
