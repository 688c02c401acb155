// Reusable meanings for persona expectations. Regexes on meaning, not on today's wording.
import type { ProposalPattern } from './types';

export const RE = {
  diplomaValuation: /\bIDW\b|diploma ?waardering|waardering van (je|jouw|het) diploma|diploma (laten )?(waarderen|erkennen|vergelijken)|nuffic|credential evaluation|diploma (evaluation|recognition)/i,
  // Case-sensitive: the English word "big" is not the register.
  big: /\bBIG\b|BIG-?regist|bigregister|CIBG/,
  teachingQualification: /lesbevoegdheid|onderwijsbevoegdheid|bevoegd(heid)? (om|voor) les|teaching qualification|zij-?instroom/i,
  teachingRecognition: /lesbevoegdheid|onderwijsbevoegdheid|erkenning|diplomawaardering|\bIDW\b|DUO[^.]*(erken|diploma|bevoegd)|(erken|diploma|bevoegd)[^.]*DUO/i,
  vacancySearch: /vacature|solliciteer|apply for (jobs|vacancies)|job openings/i,
  heavyWork: /orderpicker|inpakker|magazijn|pakhuis|verhuizer|sjouwer|stratenmaker|metselaar|bouwvakker|sloper|betonstaal|laad- en los|bagage|schappenvuller|vuilnis|huisvuil|grondwerker|stukadoor|dakdekker|steigerbouwer|bouwen, wonen|bouwplaats|bouwhelper/i,
  driving: /(?<!fiets)koerier|(?<!heftruck)chauffeur|bezorger|taxi(?!planner)|rijinstructeur|vrachtwagen|bestel(bus|wagen)/i,
  nightOrEvening: /nacht|ploegen|avond|barman|barkeeper|barista|kok\b|horeca|beveilig|portier/i,
  youthRoute: /\bRMC\b|jongerenloket|startkwalificatie|jongerenpunt|leerplicht/i,
  leerwerkloket: /leerwerkloket|lerenenwerken/i,
  // "werkgever" only next to paying or training: every vacancy names employers as provider.
  lloOrFunds: /Leven Lang Ontwikkelen|\bLLO\b|\bDUO\b|O&O|opleidingsfonds|sectorfonds|\bSLIM\b|werkgever[^.]*(betaal|opleiding|scholing|cursus)|(betaal|opleiding|scholing|cursus)[^.]*werkgever/i,
  bbz: /\bBbz\b|bijstand(verlening)? (voor|aan) zelfstandigen|zelfstandigen ?regeling/i,
  languageCourse: /Nederlands (leren|les)|taal(les|cursus|traject|huis)|inburger|NT2|Dutch (lessons|course|classes)|learn Dutch/i,
  debtHelp: /schuld(hulp|en|hulpverlening)|geldzorgen|budgetcoach|debt/i,
  care: /\bzorg(?!artikel)|verpleeg|verzorg|thuiszorg|begeleid|helpende|kraam/i,
  heatPump: /warmtepomp|verwarming|koel|klimaat|installat|duurzame energie|ventilatie/i,
  // "Vraag het je gemeente" without UWV as the alternative; "UWV of de gemeente" is vague, not wrong.
  sentToGemeenteForWw: /(?<!UWV (?:of|or) (?:de |je |the |your )?)(?:gemeente|municipality) (?:beslist|betaalt|helpt|decides|pays|helps)|(vraag|ask)(?![^.]*\bUWV\b)[^.]*\b(de|je|your|the) (gemeente|municipality)/i,
  /** A reason that offers BBL (mentions it without saying it is not possible). */
  bblOffered: /^(?!.*\b(niet|not)\b).*\bBBL\b/i,
  dutchLessonsEn: /learn(ing)? Dutch|(practi[sc]e|improve) (your )?Dutch|Dutch (lessons|course|classes)|language (course|lessons|classes)|Taalhuis/i,
  workAtRisk: /van.werk.naar.werk|work.to.work|transitievergoeding|dreigend ontslag|je (werk|baan) (stopt|verdwijnt)/i,
} as const;

/** Someone without a benefit must not get UWV benefit-type help (re-integration, UWV schooling). */
export const NO_UWV_INSTRUMENT: ProposalPattern = {
  what: 'a UWV instrument for someone without a UWV benefit',
  kind: ['reintegration', 'schooling'],
  provider: /\bUWV\b/,
};

/** A bijstand-only gemeente instrument for someone not on bijstand. */
export const NO_BIJSTAND_INSTRUMENT: ProposalPattern = {
  what: 'a gemeente bijstand instrument for someone not on bijstand',
  kind: 'reintegration',
  provider: /gemeente/i,
  text: /bijstand|werk en inkomen/i,
};

/** Someone on WW sent to the gemeente for a WW matter (inburgering is the gemeente's for everyone). */
export const NOT_TO_GEMEENTE_FOR_WW: ProposalPattern = {
  what: 'sent to the gemeente with a WW question',
  text: RE.sentToGemeenteForWw,
  notText: /inburger|civic integration/i,
};

export const NO_HEAVY_WORK: ProposalPattern = {
  what: 'physically heavy work for someone who cannot lift',
  subject: RE.heavyWork,
};

/** Vacancies that need a licence; a route that includes getting one is an advisor's call. */
export const NO_DRIVING_JOB: ProposalPattern = {
  what: 'a job that needs a driving licence, as a vacancy, for someone without one',
  kind: 'job-direction',
  subject: RE.driving,
};

/** A job or schooling route whose title or occupation is about `subject`. */
export const routeTo = (subject: RegExp, what: string, kind: ProposalPattern['kind'] = ['job-direction', 'schooling']): ProposalPattern => ({
  what,
  kind,
  subject,
});

export const vacanciesFor = (subject: RegExp, what: string): ProposalPattern => ({
  what: `${what} offered as "look for vacancies"`,
  subject,
  nextStep: RE.vacancySearch,
});
