// The employer's questions, as a table (like the intake's topics): need → sector → postcode →
// size → the vacancy or the number of people at risk. Business facts only.
import { findNumbers, matchChoice, parsePostcode } from '../language';
import type { CompanySize, EmployerNeed, EmployerSector } from '../matching';
import type { EmployerAnswers } from './employerAnswers';
import { mentionsEmployeeData } from './employeeData';
import type { Question, QuestionContext, Understood } from './questionnaire';
import { choiceQuestion, type Option } from './questions';

type Q = Question<EmployerAnswers>;

const NEED_SYNONYMS: Record<EmployerNeed, string[]> = {
  vacancy: ['vacature', 'vacatures', 'personeel', 'personeel zoeken', 'iemand zoeken', 'nieuwe medewerker', 'vacancy', 'staff', 'hire', 'hiring'],
  inclusive: ['banenafspraak', 'beperking', 'arbeidsbeperking', 'afstand tot de arbeidsmarkt', 'doelgroepregister', 'participatiewet', 'loonkostensubsidie', 'jobcoach', 'inclusief', 'extra steun', 'disability', 'support'],
  training: ['opleiden', 'opleiding', 'scholing', 'cursus', 'training', 'slim', 'leren', 'bijscholen', 'train'],
  'at-risk': ['ontslag', 'ontslagen', 'reorganisatie', 'boventallig', 'van werk naar werk', 'transitievergoeding', 'collectief ontslag', 'sluiting', 'dismissal', 'redundancy', 'layoffs'],
};

const SECTOR_SYNONYMS: Record<EmployerSector, string[]> = {
  zorg: ['zorg', 'welzijn', 'thuiszorg', 'ziekenhuis', 'verpleeghuis', 'zorginstelling', 'zorgorganisatie', 'gehandicaptenzorg', 'kinderopvang', 'care', 'healthcare'],
  horeca: ['horeca', 'restaurant', 'hotel', 'cafe', 'recreatie', 'camping', 'catering', 'hospitality'],
  bouw: ['bouw', 'bouwbedrijf', 'aannemer', 'installatiebedrijf', 'construction'],
  industrie: ['industrie', 'fabriek', 'productie', 'techniek', 'metaal', 'machinebouw', 'factory', 'manufacturing'],
  logistiek: ['logistiek', 'transport', 'vervoer', 'distributiecentrum', 'magazijn', 'logistics'],
  detailhandel: ['winkel', 'detailhandel', 'retail', 'bakkerij', 'bakker', 'slagerij', 'supermarkt', 'ambacht', 'kapper', 'shop', 'bakery'],
  landbouw: ['landbouw', 'tuinbouw', 'boerderij', 'kwekerij', 'groen', 'hovenier', 'agriculture'],
  zakelijk: ['kantoor', 'ict', 'zakelijke dienstverlening', 'administratie', 'office'],
  publiek: ['onderwijs', 'school', 'overheid', 'education', 'government'],
  overig: ['anders', 'iets anders', 'overig', 'other'],
};

const NEEDS = Object.keys(NEED_SYNONYMS) as EmployerNeed[];
const SECTORS = Object.keys(SECTOR_SYNONYMS) as EmployerSector[];
const SIZES: CompanySize[] = ['1-9', '10-49', '50-249', '250+'];

function sizeOf(count: number): CompanySize {
  return count < 10 ? '1-9' : count < 50 ? '10-49' : count < 250 ? '50-249' : '250+';
}

/** "we zijn met 12 mensen" → 10-49. A number in the answer beats the button positions. */
function sizeFromNumber(text: string): CompanySize | undefined {
  const numbers = findNumbers(text).map((n) => n.value).filter((v) => Number.isInteger(v) && v > 0 && v < 1_000_000);
  return numbers.length === 1 ? sizeOf(numbers[0]) : undefined;
}

function refuse(q: QuestionContext<EmployerAnswers>): Understood<EmployerAnswers> {
  return { ok: false, hint: q.t.employer.noPersonalData };
}

export const employerQuestions: Q[] = [
  choiceQuestion<EmployerNeed, EmployerAnswers>({
    id: 'need',
    when: (a) => !a.need,
    text: (q) => q.t.employer.needQuestion,
    options: NEEDS.map((value): Option<EmployerNeed> => ({ value, label: (t) => t.employer.needs[value], synonyms: NEED_SYNONYMS[value] })),
    apply: (a, value) => {
      a.need = value;
      if (value !== 'at-risk') delete a.atRisk;
      if (value !== 'vacancy' && value !== 'inclusive') delete a.vacancy;
    },
    help: (q) => q.t.employer.needHelp,
  }),
  choiceQuestion<EmployerSector, EmployerAnswers>({
    id: 'sector',
    text: (q) => q.t.employer.sectorQuestion,
    options: SECTORS.map((value): Option<EmployerSector> => ({ value, label: (t) => t.employer.sectors[value], synonyms: SECTOR_SYNONYMS[value] })),
    apply: (a, value) => (a.sector = value),
  }),
  {
    id: 'postcode',
    ask: (q) => [{ text: q.t.employer.postcodeQuestion }],
    understand: (text, q) => {
      const postcode = parsePostcode(text);
      if (!postcode) return { ok: false, hint: q.t.employer.postcodeHint };
      return { ok: true, apply: (a) => (a.postcode = postcode) };
    },
  },
  choiceQuestion<CompanySize, EmployerAnswers>({
    id: 'size',
    text: (q) => q.t.employer.sizeQuestion,
    options: SIZES.map((value): Option<CompanySize> => ({ value, label: (t) => t.employer.sizes[value] })),
    first: (text) => sizeFromNumber(text),
    apply: (a, value) => (a.size = value),
  }),
  {
    id: 'vacancy',
    when: (a) => a.need === 'vacancy' || a.need === 'inclusive',
    freeText: true,
    ask: (q) => [{ text: q.t.employer.vacancyQuestion }],
    understand: (text, q) => {
      if (mentionsEmployeeData(text)) return refuse(q);
      const vacancy = text.trim().replace(/\s+/g, ' ').slice(0, 300);
      if (vacancy.length < 2) return { ok: false };
      return { ok: true, apply: (a) => (a.vacancy = vacancy) };
    },
  },
  {
    id: 'atRisk',
    when: (a) => a.need === 'at-risk',
    ask: (q) => [{ text: q.t.employer.atRiskQuestion }],
    understand: (text, q) => {
      if (mentionsEmployeeData(text)) return refuse(q);
      const numbers = findNumbers(text, { locale: q.locale }).map((n) => n.value).filter((v) => Number.isInteger(v) && v > 0 && v <= 100_000);
      if (numbers.length !== 1) return { ok: false, hint: q.t.employer.atRiskHint };
      return { ok: true, apply: (a) => (a.atRisk = numbers[0]) };
    },
  },
];

/** The need in what an employer typed at the menu ("wij hebben een vacature" → vacancy), if clear. */
export function needFromMenuText(text: string): EmployerNeed | undefined {
  const choices = NEEDS.map((value) => ({ value, labels: NEED_SYNONYMS[value] }));
  return matchChoice(text, choices)?.value as EmployerNeed | undefined;
}
