// What the seeker and a chatting employer are told when an advisor introduces a candidate. The
// seeker learns only what a seeker may know before the advisor calls: the work and the place they
// were shown, never the employer's name or contact. Seekers: "je", B1 (/work/shared/taal.md);
// employers: "u", like the employer route.
import { fill } from '../texts/fill';

const TEXTS = {
  nl: {
    seeker:
      'Goed nieuws! Een adviseur heeft je voorgesteld aan een werkgever. Het gaat om het werk {work}.\n\n' +
      'De werkgever wil graag meer over je weten. Een adviseur neemt binnen een paar werkdagen contact met je op.\n\n' +
      'Jullie bespreken dan samen de volgende stap, bijvoorbeeld een kennismakingsgesprek. Wil je dit toch niet? Zeg het tegen de adviseur.',
    employer:
      'Er is een kandidaat voor uw vacature "{title}". Een adviseur heeft deze persoon aan u voorgesteld.\n\n' +
      'De adviseur neemt binnen een paar werkdagen contact met u op om een kennismaking af te spreken.',
  },
  en: {
    seeker:
      'Good news! An advisor has introduced you to an employer. It is about the work {work}.\n\n' +
      'The employer would like to know more about you. An advisor will contact you within a few working days.\n\n' +
      'Together you will talk about the next step, for example a first meeting. Do you not want this after all? Tell the advisor.',
    employer:
      'There is a candidate for your vacancy "{title}". An advisor has introduced this person to you.\n\n' +
      'The advisor will contact you within a few working days to arrange a first meeting.',
  },
} as const;

const lang = (locale: string | undefined) => (locale?.toLowerCase().startsWith('en') ? 'en' : 'nl');

/** "heftruckchauffeur in Nieuwegein": the title and place the seeker could see in the proposal. */
export function seekerIntroductionText(locale: string | undefined, vacancy: { title: string; place?: string }): string {
  const l = lang(locale);
  const work = vacancy.place ? `${vacancy.title} in ${vacancy.place}` : vacancy.title;
  return fill(TEXTS[l].seeker, { work });
}

export function employerIntroductionText(locale: string | undefined, vacancy: { title: string }): string {
  return fill(TEXTS[lang(locale)].employer, { title: vacancy.title });
}
