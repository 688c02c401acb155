// Regulated professions (content/regulated-professions.json): protected titles such as BIG
// professions, teachers and lawyers. A regulated occupation always comes with its recognition
// step (who decides, the concrete next step), and with a realistic stepping stone when the level
// gap is large, the seeker's Dutch is below what the work needs, or the seeker named the stone.
import type { Catalogue } from './catalogue';
import { normalise } from './dutchText';
import { type Desks, localAnswer, officesOf, withOffices } from './localise';
import { DUTCH_LEVEL_ORDER, nlqfOf, type Profile } from './profile';
import type { Proposal } from './proposal';
import type { RegulatedProfession, SteppingStone } from './regulatedData';
import { regulatedTextsFor, type RegulatedTexts } from './regulatedTexts';
import { sourceFields } from './matchSources';
import type { Source } from './sources';
import { textsFor, type Locale } from './texts';

export interface Regulation {
  /** Stable id from the curated list, e.g. "big-apotheker". */
  id: string;
  /** Who registers or recognises, e.g. "CIBG (BIG-register)". */
  authority: string;
  /** The protected title, e.g. "apotheker". */
  title?: string;
}

/** Scores: the recognition step belongs at the top; a stone the seeker named even above it. */
const RECOGNITION_SCORE = 0.85;
const STONE_SCORE = 0.8;
const NAMED_STONE_SCORE = 0.9;
/** A level gap of this many NLQF levels or more calls for a stepping stone. */
const LARGE_LEVEL_GAP = 2;

const MBO_SOURCE = 'https://wetten.overheid.nl/BWBR0036352';
const LERENENWERKEN_SOURCE = 'https://www.lerenenwerken.nl/leerwerkloketten';

function professionOf(catalogue: Catalogue, occupation: number): RegulatedProfession | undefined {
  const i = catalogue.regulated.byOccupation.get(occupation);
  return i === undefined ? undefined : catalogue.regulated.professions[i];
}

/** The regulation of an occupation (catalogue index), if its title is protected. */
export function regulationOf(catalogue: Catalogue, occupation: number, locale: Locale = 'nl'): Regulation | undefined {
  const p = professionOf(catalogue, occupation);
  return p && { id: p.id, authority: p.procedure.authority[locale], title: p.title[locale] };
}

function withSources(sources: readonly Source[], locale: Locale, extra?: { url: string; name: string }): Pick<Proposal, 'sources' | 'sourceLinks'> {
  return sourceFields(extra ? [...sources, extra] : sources, locale);
}

const fill = (text: string, title: string) => {
  const filled = text.replaceAll('{title}', title);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
};

function dutchBelow(profile: Profile, needed: RegulatedProfession['dutchNeeded']): boolean {
  return DUTCH_LEVEL_ORDER.indexOf(profile.dutchLevel) < DUTCH_LEVEL_ORDER.indexOf(needed);
}

/** A foreign diploma's level is unknown until valued, so it never counts as a level gap. */
function largeLevelGap(profile: Profile, p: RegulatedProfession): boolean {
  return profile.education.foreignDiploma !== true && p.minNlqf - nlqfOf(profile) >= LARGE_LEVEL_GAP;
}

function recognitionProposal(p: RegulatedProfession, profile: Profile, locale: Locale, t: RegulatedTexts): Proposal {
  const title = p.title[locale];
  const foreign = profile.education.foreignDiploma === true;
  const reasons = [fill(p.procedure.protection[locale], title)];
  if (foreign) reasons.push(t.foreignDiploma, ...p.procedure.foreignSteps[locale]);
  if (dutchBelow(profile, p.dutchNeeded)) reasons.push(t.dutchNeeded(p.dutchNeeded));
  if (largeLevelGap(profile, p)) reasons.push(t.levelGap);
  return {
    id: `recognition:${p.id}`,
    kind: 'referral',
    title: foreign ? t.recognitionTitleForeign(title) : t.recognitionTitleDomestic(title),
    provider: p.procedure.authority[locale],
    score: RECOGNITION_SCORE,
    reasons,
    eligibility: p.procedure.decides[locale],
    nextStep: foreign ? p.procedure.foreignNextStep[locale] : largeLevelGap(profile, p) ? t.trainingFirstNextStep : p.procedure.domesticNextStep[locale],
    whatToBring: foreign ? p.procedure.whatToBring[locale] : [],
    ...withSources(foreign ? [...p.foreignSources, ...p.sources] : p.sources, locale),
  };
}

/** Trained in the Netherlands and confirmed work in this profession: already registered or qualified. */
function qualifiedHere(catalogue: Catalogue, profile: Profile, p: RegulatedProfession): boolean {
  if (profile.education.foreignDiploma === true) return false;
  return profile.workHistory.some((w) => {
    if (w.occupationUri === undefined || w.confirmed === false) return false;
    const o = catalogue.occupationByUri.get(w.occupationUri);
    return o !== undefined && p.occupations.includes(o);
  });
}

/** Whether the seeker named this stone: as a wished occupation, or in their own words. */
function named(catalogue: Catalogue, profile: Profile, stone: SteppingStone): boolean {
  const uri = stone.occupation === undefined ? undefined : catalogue.occupations[stone.occupation].uri;
  if (uri !== undefined && profile.goals.targetOccupationUris.includes(uri)) return true;
  const words = normalise(profile.goals.interests ?? '');
  if (words === '') return false;
  const labels = [
    stone.occupation === undefined ? undefined : catalogue.occupations[stone.occupation].label,
    stone.qualification === undefined ? undefined : catalogue.qualifications[stone.qualification].name,
  ];
  return labels.some((label) => label !== undefined && words.includes(normalise(label)));
}

function stoneProposal(catalogue: Catalogue, p: RegulatedProfession, stone: SteppingStone, profile: Profile, locale: Locale, t: RegulatedTexts, desks: Desks | undefined): Proposal {
  const o = stone.occupation === undefined ? undefined : catalogue.occupations[stone.occupation];
  const q = stone.qualification === undefined ? undefined : catalogue.qualifications[stone.qualification];
  const isNamed = named(catalogue, profile, stone);
  const stoneName = q?.name ?? o!.label;
  const reasons = [t.stoneWhy(stoneName.charAt(0).toLowerCase() + stoneName.slice(1), p.title[locale])];
  let paysLink: { url: string; name: string } | undefined;
  let offices: ReturnType<typeof officesOf> = {};
  if (isNamed) reasons.push(t.stoneBecauseNamed);
  if (dutchBelow(profile, p.dutchNeeded)) reasons.push(t.stoneBecauseDutch);
  else if (largeLevelGap(profile, p)) reasons.push(t.stoneBecauseLevel);
  if (q) {
    reasons.push(t.stoneDuration(q.name, q.level, q.minYears, q.maxYears));
    if (q.learningPaths.includes('BBL')) reasons.push(t.stoneWorkAndLearn);
    const pays = localAnswer(catalogue.whoToAsk.ask('training-costs', { situation: profile.income.situation }, locale), desks);
    reasons.push(withOffices(t.stoneWhoPays(pays.organisation, pays.how), pays, textsFor(locale), locale));
    paysLink = pays.source;
    offices = officesOf(pays);
  }
  if (profile.education.foreignDiploma === true) reasons.push(t.stoneIdw);
  const sources: Source[] = q
    ? [{ url: MBO_SOURCE, name: { nl: regulatedTextsFor('nl').mboSourceName, en: regulatedTextsFor('en').mboSourceName } }]
    : [];
  sources.push({ url: LERENENWERKEN_SOURCE, name: { nl: regulatedTextsFor('nl').lerenenwerkenName, en: regulatedTextsFor('en').lerenenwerkenName } });
  return {
    id: `stepping-stone:${p.id}:${q ? q.crebo : o!.uri}`,
    kind: q ? 'schooling' : 'job-direction',
    title: q ? t.stoneTitleQualification(q.name, q.level) : t.stoneTitleOccupation(o!.label),
    provider: q ? t.stoneProviderQualification : t.stoneProviderOccupation,
    score: isNamed ? NAMED_STONE_SCORE : STONE_SCORE,
    reasons,
    eligibility: q ? t.stoneEligibilityQualification : t.stoneEligibilityOccupation,
    nextStep: q ? t.stoneNextStepQualification(q.name) : t.stoneNextStepOccupation(o!.label),
    whatToBring: t.stoneWhatToBring,
    ...withSources(sources, locale, paysLink),
    ...(o ? { occupation: { uri: o.uri, label: o.label } } : {}),
    ...offices,
  };
}

/**
 * The recognition step (diploma recognition, registration) for a regulated occupation this seeker
 * aims at or did abroad, and a realistic stepping stone when the level gap is large, Dutch is
 * below what the work needs, or the seeker named the stone. Empty when the title is not protected,
 * or when a Dutch-trained seeker confirmed work in the profession (already qualified here).
 * `options.stones` caps the stepping stones (default: the first two that apply).
 */
export function recognitionProposals(catalogue: Catalogue, profile: Profile, occupation: number, locale: Locale, options: { stones?: number; desks?: Desks } = {}): Proposal[] {
  const p = professionOf(catalogue, occupation);
  if (!p || qualifiedHere(catalogue, profile, p)) return [];
  const t = regulatedTextsFor(locale);
  const proposals = [recognitionProposal(p, profile, locale, t)];
  const needStone = largeLevelGap(profile, p) || dutchBelow(profile, p.dutchNeeded);
  const stones = p.steppingStones.filter((s) => needStone || named(catalogue, profile, s));
  // Named stones first, so a cap never drops the one the seeker asked for.
  stones.sort((a, b) => Number(named(catalogue, profile, b)) - Number(named(catalogue, profile, a)));
  for (const stone of stones.slice(0, options.stones ?? 2)) proposals.push(stoneProposal(catalogue, p, stone, profile, locale, t, options.desks));
  return proposals;
}

/**
 * recognitionProposals for several occupations at once (past work, wishes, ranked directions):
 * each profession once, and a stepping stone shared by two professions (e.g. advocaat and
 * rechter → juridisch-administratief dienstverlener) once, with its best score.
 */
export function recognitionProposalsFor(catalogue: Catalogue, profile: Profile, occupations: Iterable<number>, locale: Locale, desks?: Desks): Proposal[] {
  const professions = new Set<number>();
  const byKey = new Map<string, Proposal>();
  for (const o of occupations) {
    const i = catalogue.regulated.byOccupation.get(o);
    if (i === undefined || professions.has(i)) continue;
    professions.add(i);
    for (const proposal of recognitionProposals(catalogue, profile, o, locale, { desks })) {
      // Stones are keyed by what they lead to, not by the profession they come from.
      const key = proposal.id.startsWith('stepping-stone:') ? proposal.id.split(':').slice(2).join(':') : proposal.id;
      const previous = byKey.get(key);
      if (!previous || proposal.score > previous.score) byKey.set(key, proposal);
    }
  }
  return [...byKey.values()];
}
