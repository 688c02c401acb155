import { Choice, ChoiceMatch, matchChoice } from './choices';
// The values are the profile's own (one schema per shape): this file only maps words onto them.
import {
  IncomeSituationSchema,
  NLQF_BY_EDUCATION,
  type DutchLevel,
  type EducationLevel as ProfileEducationLevel,
  type IncomeSituation,
} from '../matching/profile';

export { IncomeSituationSchema, type IncomeSituation, type DutchLevel };

/**
 * Synonym tables for the intake's closed questions, Dutch and English, in one place.
 * Labels are matched by matchChoice (typos, partial words, extra words tolerated).
 */


export const INCOME_SITUATIONS: readonly (Choice & { value: IncomeSituation })[] = [
  { value: 'employed', labels: ['werk in loondienst', 'loondienst', 'vast contract', 'vaste baan', 'tijdelijk contract', 'ik heb werk', 'ik heb een baan', 'werkend', 'in dienst', 'werknemer', 'salaris', 'employed', 'i have a job', 'permanent contract', 'fixed contract'] },
  { value: 'flex', labels: ['uitzendbureau', 'werk via uitzendbureau', 'uitzendwerk', 'uitzendkracht', 'via een uitzendbureau', 'nul-urencontract', 'nulurencontract', '0-urencontract', 'oproepkracht', 'oproepcontract', 'invalkracht', 'min-max contract', 'flexwerk', 'flexcontract', 'flexwerker', 'payroll', 'temp agency', 'agency work', 'zero hours contract', 'on call'] },
  { value: 'self-employed', labels: ['zzp', 'zzp-er', 'zzper', 'zelfstandige', 'zelfstandig ondernemer', 'eigen bedrijf', 'ondernemer', 'freelancer', 'freelance', 'self-employed', 'self employed', 'own business', 'tozo', 'bbz'] },
  { value: 'ww', labels: ['ww', 'ww-uitkering', 'werkloosheidsuitkering', 'werkloosheidswet', 'uitkering van uwv', 'uwv uitkering', 'werkloos', 'unemployment benefit', 'unemployment benefits'] },
  { value: 'bijstand', labels: ['bijstand', 'bijstandsuitkering', 'uitkering van de gemeente', 'gemeente uitkering', 'participatiewet', 'sociale dienst', 'welfare', 'social assistance', 'benefit from the municipality'] },
  { value: 'wia', labels: ['wia', 'wga', 'iva', 'wao', 'arbeidsongeschikt', 'arbeidsongeschiktheidsuitkering', 'disability benefit', 'incapacity benefit'] },
  { value: 'wajong', labels: ['wajong', 'wajong-uitkering', 'wajonger'] },
  { value: 'other-benefit', labels: ['andere uitkering', 'een andere uitkering', 'anw', 'nabestaandenuitkering', 'ioaw', 'ioaz', 'aow', 'studiefinanciering', 'other benefit', 'another benefit', 'pension',
    // Ziektewet is sickness pay for up to two years, not the WIA that may follow it.
    'ziektewet', 'ziektewetuitkering', 'ziektewet-uitkering', 'zw', 'zw-uitkering', 'sick leave benefit', 'sickness benefit', 'sick pay'] },
  { value: 'none', labels: ['geen uitkering', 'geen inkomen', 'geen ww', 'geen bijstand', 'geen', 'niks', 'niets', 'no income', 'no benefit', 'no benefits', 'none', 'nothing', 'partner verdient', 'mijn partner werkt', 'spaargeld', 'savings'] },
];

/** The profile's levels, plus "mbo" without a level: the dialog decides what to do with it. */
export type EducationLevel = ProfileEducationLevel | 'mbo';

/** NLQF levels come from the profile's table; "mbo" without a level has none, a master is 7. */
export const EDUCATION_LEVELS: readonly (Choice & { value: EducationLevel })[] = [
  { value: 'none', labels: ['geen diploma', 'geen opleiding', 'geen', 'niks', 'niet afgemaakt', 'no diploma', 'no degree', 'none', 'no education'] },
  { value: 'primary', labels: ['basisonderwijs', 'basisschool', 'lagere school', 'primary school', 'elementary school'] },
  { value: 'vmbo', labels: ['vmbo', 'vmbo-tl', 'vmbo tl', 'vmbo-kb', 'vmbo kader', 'vmbo-bb', 'vmbo basis', 'mavo', 'lbo', 'vbo', 'mulo', 'lts', 'huishoudschool', 'praktijkonderwijs', 'secondary school'] },
  { value: 'mbo', labels: ['mbo', 'vocational', 'vocational training'] },
  { value: 'mbo-1', labels: ['mbo 1', 'mbo niveau 1', 'mbo1', 'entree', 'entreeopleiding', 'niveau 1'] },
  { value: 'mbo-2', labels: ['mbo 2', 'mbo niveau 2', 'mbo2', 'niveau 2', 'basisberoepsopleiding', 'startkwalificatie'] },
  { value: 'mbo-3', labels: ['mbo 3', 'mbo niveau 3', 'mbo3', 'niveau 3', 'vakopleiding'] },
  { value: 'mbo-4', labels: ['mbo 4', 'mbo niveau 4', 'mbo4', 'niveau 4', 'middenkaderopleiding', 'specialistenopleiding'] },
  { value: 'havo', labels: ['havo', 'high school'] },
  { value: 'vwo', labels: ['vwo', 'atheneum', 'gymnasium', 'pre-university'] },
  { value: 'hbo', labels: ['hbo', 'hogeschool', 'hbo bachelor', 'associate degree', 'university of applied sciences', 'bachelor', 'hts', 'heao', 'pabo'] },
  { value: 'wo', labels: ['wo', 'universiteit', 'university', 'universitair', 'master', 'masters', 'doctoraal', 'phd', 'promotie', 'academic'] },
];


/** Dutch language ability, CEFR levels. Everyday words map to the level they usually mean. */
export const DUTCH_LEVELS: readonly (Choice & { value: DutchLevel })[] = [
  { value: 'A0', labels: ['geen', 'helemaal niet', 'niet', 'nee', 'spreek geen nederlands', 'none', 'not at all', 'no dutch', 'i dont speak dutch'] },
  { value: 'A1', labels: ['a1', 'heel weinig', 'bijna niet', 'een paar woorden', 'very little', 'a few words', 'beginner', 'niet goed', 'slecht', 'not good', 'bad', 'poor', 'not well'] },
  { value: 'A2', labels: ['a2', 'een beetje', 'beetje', 'basis', 'inburgering', 'inburgeringsexamen', 'a little', 'a bit', 'basic', 'niet zo goed', 'niet zo best', 'matig', 'not so good', 'not very good', 'not so well', 'not great', 'so so'] },
  { value: 'B1', labels: ['b1', 'redelijk', 'gaat wel', 'voldoende', 'staatsexamen programma 1', 'nt2 programma 1', 'reasonable', 'okay', 'fair', 'intermediate', 'niet slecht', 'not bad'] },
  { value: 'B2', labels: ['b2', 'goed', 'prima', 'staatsexamen programma 2', 'nt2 programma 2', 'good', 'well'] },
  { value: 'C1', labels: ['c1', 'heel goed', 'zeer goed', 'vloeiend', 'very good', 'very well', 'fluent', 'fluently'] },
  { value: 'C2', labels: ['c2', 'perfect', 'uitstekend', 'near native', 'excellent'] },
  { value: 'native', labels: ['moedertaal', 'nederlands is mijn moedertaal', 'native', 'native speaker', 'mother tongue', 'eerste taal', 'first language', 'ik ben nederlands', 'geboren in nederland'] },
];

export const parseIncomeSituation = (text: string): (ChoiceMatch & { value: IncomeSituation }) | undefined =>
  matchChoice(text, INCOME_SITUATIONS) as (ChoiceMatch & { value: IncomeSituation }) | undefined;

export function parseEducationLevel(text: string): { value: EducationLevel; nlqf: number | undefined; confidence: number } | undefined {
  const match = matchChoice(text, EDUCATION_LEVELS);
  if (!match) return undefined;
  const value = match.value as EducationLevel;
  const nlqf = /\b(master|masters|phd|promotie|doctoraal)\b/i.test(text) ? 7 : value === 'mbo' ? undefined : NLQF_BY_EDUCATION[value];
  return { value, nlqf, confidence: match.confidence };
}

export const parseDutchLevel = (text: string): (ChoiceMatch & { value: DutchLevel }) | undefined =>
  matchChoice(text, DUTCH_LEVELS) as (ChoiceMatch & { value: DutchLevel }) | undefined;

// --- Bemiddeling (issue 17): what an employer says about a vacancy or a van werk naar werk group ---

/** What can be learned on the job (src/mediation/vacancy.ts LearnOnTheJobSchema). */
export const LEARN_ON_THE_JOB: readonly Choice[] = [
  { value: 'bbl', labels: ['bbl', 'leren en werken', 'werkend leren', 'beroepsbegeleidende leerweg', 'leerbaan', 'work and learn', 'apprenticeship'] },
  { value: 'training-budget', labels: ['opleidingsbudget', 'scholingsbudget', 'opleiding betalen', 'cursus betalen', 'cursussen', 'training budget', 'courses'] },
  { value: 'inwerken', labels: ['inwerken', 'werken in', 'werken we in', 'werken iemand in', 'werken we iemand in', 'werken hem in', 'werken haar in', 'inwerkperiode', 'meelopen', 'on the job', 'induction', 'train them'] },
];

/** Support an employer is open to (src/mediation/vacancy.ts SupportOpennessSchema). */
export const SUPPORT_OPENNESS: readonly Choice[] = [
  { value: 'banenafspraak', labels: ['banenafspraak', 'doelgroepregister', 'beperking', 'disability'] },
  { value: 'loonkostensubsidie', labels: ['loonkostensubsidie', 'loonsubsidie', 'wage subsidy', 'wage cost subsidy'] },
  { value: 'jobcoach', labels: ['jobcoach', 'job coach', 'begeleiding op het werk'] },
  { value: 'proefplaatsing', labels: ['proefplaatsing', 'proberen', 'trial placement', 'work trial'] },
];

/** When the work is done (requirements.times). */
export const WORK_TIMES: readonly Choice[] = [
  { value: 'nights', labels: ['nacht', 'nachten', 'nachtdienst', 'nachtdiensten', 'nights', 'night shift'] },
  { value: 'shifts', labels: ['ploegendienst', 'ploegen', 'diensten', 'wisselende diensten', 'shifts', 'shift work'] },
  { value: 'weekends', labels: ['weekend', 'weekenden', 'zaterdag', 'zondag', 'weekends'] },
  { value: 'evenings', labels: ['avond', 'avonden', 'avonddienst', 'evenings', 'evening'] },
  { value: 'daytime', labels: ['overdag', 'kantoortijden', 'dagdienst', 'daytime', 'office hours'] },
];

/** A driving licence, physically heavy work. */
export const DRIVING_LICENCE_WORDS: readonly string[] = ['rijbewijs', 'rijbewijs b', 'rijbewijs c', 'auto rijden', 'driving licence', 'driving license', 'drivers licence'];
export const HEAVY_WORK_WORDS: readonly string[] = ['zwaar werk', 'zwaar', 'tillen', 'sjouwen', 'lichamelijk zwaar', 'fysiek zwaar', 'heavy work', 'heavy', 'lifting'];

/** When someone can start (vacancy start). */
export const VACANCY_STARTS: readonly Choice[] = [
  { value: 'now', labels: ['zo snel mogelijk', 'per direct', 'direct', 'meteen', 'nu', 'zsm', 'asap', 'as soon as possible', 'immediately', 'right away', 'now'] },
  { value: 'within-3-months', labels: ['binnen 3 maanden', 'binnen drie maanden', 'binnenkort', 'over een maand', 'over twee maanden', 'within 3 months', 'soon'] },
  { value: 'later', labels: ['later', 'na de zomer', 'volgend jaar', 'over een half jaar', 'next year'] },
];

/** What an employer offers a van werk naar werk group (src/mediation/group.ts). */
export const GROUP_OFFERS: readonly Choice[] = [
  { value: 'training-paid', labels: ['opleiding betaald', 'opleiding betalen', 'wij betalen een opleiding', 'scholing betalen', 'cursus betalen', 'training paid', 'we pay training', 'pay for training'] },
  { value: 'transition-fee', labels: ['transitievergoeding', 'transitievergoeding voor scholing', 'transition fee', 'severance'] },
  { value: 'time-off', labels: ['vrij om te solliciteren', 'vrij voor sollicitaties', 'sollicitatieverlof', 'tijd om te solliciteren', 'time off', 'time off to apply'] },
  { value: 'outplacement', labels: ['outplacement', 'outplacementbureau', 'loopbaanbegeleiding', 'career coaching'] },
];

/** Which part of a vacancy or group the employer wants to change ("de uren kloppen niet"). */
export const MEDIATION_FIELDS: readonly Choice[] = [
  { value: 'work', labels: ['werk', 'beroep', 'functie', 'baan', 'work', 'job', 'occupation'] },
  { value: 'hours', labels: ['uren', 'uur', 'aantal uren', 'hours'] },
  { value: 'postcode', labels: ['postcode', 'plaats', 'plek', 'waar', 'place', 'location'] },
  { value: 'start', labels: ['begin', 'beginnen', 'start', 'startdatum', 'wanneer'] },
  { value: 'education', labels: ['diploma', 'opleiding', 'niveau', 'education'] },
  { value: 'dutch', labels: ['nederlands', 'taal', 'dutch', 'language'] },
  { value: 'extra', labels: ['rijbewijs', 'zwaar werk', 'tijden', 'eisen', 'verder nodig', 'requirements'] },
  { value: 'learn', labels: ['leren', 'bbl', 'opleidingsbudget', 'inwerken', 'learning'] },
  { value: 'support', labels: ['steun', 'extra steun', 'jobcoach', 'support'] },
  { value: 'organisation', labels: ['organisatie', 'bedrijf', 'bedrijfsnaam', 'organisation', 'company'] },
  { value: 'contact', labels: ['contact', 'contactpersoon', 'e-mail', 'email', 'telefoon', 'telefoonnummer', 'contact person', 'phone'] },
  { value: 'headcount', labels: ['aantal', 'aantal medewerkers', 'hoeveel', 'number'] },
  { value: 'ends', labels: ['einddatum', 'stopt', 'wanneer stopt', 'ends', 'end date'] },
  { value: 'offer', labels: ['aanbod', 'aanbieden', 'offer'] },
];

/** "nee, niets", "nog niets": nothing more is needed, learned or offered. */
export const NOTHING_PHRASES: readonly string[] = ['nee', 'niets', 'niks', 'nee niets', 'nee, niets', 'nog niets', 'helemaal niets', 'geen', 'no', 'nothing', 'no, nothing', 'nothing yet', 'none'];
/** "geen diploma nodig": no diploma is required. */
export const NO_DIPLOMA_PHRASES: readonly string[] = ['geen diploma nodig', 'geen diploma', 'geen eisen', 'geen opleiding nodig', 'diploma niet nodig', 'no diploma needed', 'no diploma', 'no requirements'];
/** "iets aanpassen", "dat wil ik veranderen": something in the summary is to be changed. */
export const CHANGE_PHRASES: readonly string[] = ['aanpassen', 'iets aanpassen', 'veranderen', 'wijzigen', 'klopt niet', 'change', 'change something', 'not correct', 'wrong'];
