// Checks every golden persona must pass, whatever its own expectations (issue 13).
import { type Catalogue, hasStartQualification, isOfficialSource, nlqfOf, type MatchResult, type OfficialDomains, type Profile, type Proposal, ProposalSchema } from '../../src/matching';

/** Statutory minimum wage per hour from 2026-01-01 (21+, rijksoverheid.nl). Any job figure below it is wrong. */
export const MIN_WAGE_PER_HOUR_2026 = 14.71;

const PAST_WORK = /eerder deed|eerder hebt gedaan|je vorige werk|work you did before|your previous work/i;
const ALL_SKILLS = /alle belangrijkste vaardigheden|all (the )?(most )?important skills|vaardigheden (heb je )?al\b/i;
const SOME_SKILLS = /je hebt ([1-9]\d*) van de|you have ([1-9]\d*) of the/i;
// The wish claim about this occupation only ("Je zei dat je dit werk graag wilt doen"); "you said
// you have no licence" or a quote of the seeker's own wish words is fine.
const NAMED_WISH = /je zei[^.]*\b(dit|deze) (werk|baan|beroep)|you said you[^.]*\b(like|want)[^.]*\bthis (work|job|occupation)/i;
const MONEY = /€\s*(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s*(?:euro|EUR)\b/gi;
const HOURLY = /per uur|uurloon|an hour|per hour|hourly/i;
const YEAR = /\b20\d{2}\b/;

/** Occupations the seeker confirmed: an occupationUri that is not marked unconfirmed. */
export function confirmedOccupations(profile: Profile): Set<string> {
  const uris = profile.workHistory.filter((w) => w.occupationUri !== undefined && w.confirmed !== false).map((w) => w.occupationUri!);
  return new Set(uris);
}

function textsOf(p: Proposal): string[] {
  const all: unknown[] = [p.title, p.provider, ...(p.reasons ?? []), p.eligibility, p.nextStep, ...(p.whatToBring ?? [])];
  return all.filter((t): t is string => typeof t === 'string');
}

/** The proposal as the schema promises it (the JSON contract of `npm run match`). */
function shapeProblems(p: Proposal): string[] {
  const parsed = ProposalSchema.safeParse(p);
  return parsed.success ? [] : parsed.error.issues.map((i) => `does not match ProposalSchema: ${i.path.join('.')}: ${i.message}`);
}

function claimProblems(p: Proposal, profile: Profile): string[] {
  const confirmed = confirmedOccupations(profile);
  const targets = new Set(profile.goals.targetOccupationUris);
  const problems: string[] = [];
  for (const r of p.reasons) {
    if (PAST_WORK.test(r) && !(p.occupation && confirmed.has(p.occupation.uri))) problems.push(`says past work without a confirmed occupation: "${r}"`);
    if (ALL_SKILLS.test(r) && confirmed.size === 0 && profile.skills.length === 0) problems.push(`claims all skills without a confirmed occupation: "${r}"`);
    if (SOME_SKILLS.test(r) && confirmed.size === 0 && profile.skills.length === 0) problems.push(`claims skills the seeker never stated: "${r}"`);
    if (NAMED_WISH.test(r) && !(p.occupation && targets.has(p.occupation.uri))) problems.push(`"you said" without a named target: "${r}"`);
  }
  return problems;
}

function sourceProblems(p: Proposal, domains: OfficialDomains): string[] {
  const problems: string[] = [];
  const urls = [...(p.sources ?? []), ...(p.sourceLinks ?? []).map((l) => l.url)];
  for (const url of new Set(urls)) {
    if (/data\.europa\.eu\/esco/i.test(url)) problems.push(`ESCO URI as a source: ${url}`);
    else if (!isOfficialSource(url, domains)) problems.push(`source not on an official domain: ${url}`);
  }
  for (const link of p.sourceLinks ?? []) {
    let host = '';
    try {
      host = new URL(link.url).hostname;
    } catch {
      /* reported above */
    }
    if (link.name === host || /^https?:\/\//.test(link.name)) problems.push(`source without a human name: ${link.name}`);
  }
  return problems;
}

function wageProblems(p: Proposal): string[] {
  const problems: string[] = [];
  for (const text of textsOf(p)) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      for (const m of sentence.matchAll(MONEY)) {
        const value = Number((m[1] ?? m[2]).replace(',', '.'));
        if (!YEAR.test(sentence)) problems.push(`money figure without a year: "${sentence}"`);
        if (HOURLY.test(sentence) && value < MIN_WAGE_PER_HOUR_2026) problems.push(`hourly figure below the minimum wage: "${sentence}"`);
      }
    }
  }
  return problems;
}

/** NLQF a job usually asks for, from its ISCO major group (ISCO skill levels 4, 3, 2, 1). */
function usualNlqf(isco: string): number {
  const major = isco[0];
  if (major === '1' || major === '2') return 6;
  if (major === '3') return 4;
  if (major === '9') return 1;
  return 2;
}

/**
 * A job clearly above the seeker's education (a skilled job, two NLQF levels or more above; a
 * foreign diploma counts as unknown until valued) is never "look for vacancies", unless the seeker confirmed work in that
 * ISCO unit group.
 */
function levelProblems(p: Proposal, profile: Profile, catalogue: Catalogue): string[] {
  if (p.kind !== 'job-direction' || !p.occupation || !/vacature|vacanc|solliciteer|apply/i.test(p.nextStep)) return [];
  const index = catalogue.occupationByUri.get(p.occupation.uri);
  if (index === undefined) return [];
  const isco = catalogue.occupations[index].isco;
  const confirmedGroups = [...confirmedOccupations(profile)].map((uri) => catalogue.occupations[catalogue.occupationByUri.get(uri) ?? -1]?.isco);
  if (confirmedGroups.includes(isco)) return [];
  // Unvalued foreign diploma: enough for ordinary work (NLQF 2), unknown above that.
  const seeker = profile.education.foreignDiploma ? Math.min(nlqfOf(profile), 2) : nlqfOf(profile);
  const needed = usualNlqf(isco);
  return needed >= 4 && needed - seeker >= 2 ? [`"look for vacancies" for work usually at NLQF ${needed} (ISCO ${isco}) while the seeker's level is ${profile.education.foreignDiploma ? 'unknown (foreign diploma)' : `NLQF ${seeker}`}`] : [];
}

/**
 * An mbo 1 or 2 course is not the route to a professional occupation (ISCO major groups 1 and 2 ask
 * for hbo or wo): "Mbo-opleiding Logistiek medewerker (niveau 2)" toward "logistiek analist"
 * misleads. Level 4 is left out: in the Netherlands it leads to some ISCO-2 work (systeembeheer).
 */
function schoolingLevelProblems(p: Proposal, catalogue: Catalogue): string[] {
  const level = /\b(?:mbo[- ]?)?(?:niveau|level) ([12])\b/i.exec(p.title);
  if (p.kind !== 'schooling' || !p.occupation || !level || !/\bmbo\b/i.test(p.title)) return [];
  const index = catalogue.occupationByUri.get(p.occupation.uri);
  const isco = index === undefined ? undefined : catalogue.occupations[index].isco;
  return isco !== undefined && (isco[0] === '1' || isco[0] === '2')
    ? [`an mbo level ${level[1]} course presented as the route to ${p.occupation.label} (ISCO ${isco}, hbo/wo work)`]
    : [];
}

/**
 * A route to an occupation says who pays; a named course also says how long it takes (issue 13:
 * "with the training, its length and who pays"). A recognition route cannot know the length yet.
 */
function routeProblems(p: Proposal): string[] {
  if (p.kind !== 'schooling' || !p.occupation) return [];
  const text = textsOf(p).join(' ');
  const problems: string[] = [];
  if (/opleiding|course/i.test(p.title) && !/\d+\s*(tot\s*\d+\s*)?(jaar|maand|week|weken|year|month|week)|(half|anderhalf)\s*jaar|(a|one|two|three)\s+years?/i.test(text)) problems.push('a route without how long the training takes');
  if (!/betaal|betaalt|kosten|lesgeld|krediet|vergoed|\bpays?\b|paid|cost|fund/i.test(text)) problems.push('a route without who pays');
  return problems;
}

const NO_UWV_SITUATIONS = new Set(['none', 'employed', 'self-employed', 'flex']);
const YOUTH_ROUTE = /\bRMC\b|jongerenloket|jongerenpunt|startkwalificatie/i;

/** Rules of the issue that follow from the profile alone (situation, age, startkwalificatie). */
function profileProblems(result: MatchResult, profile: Profile, now: Date): string[] {
  const problems: string[] = [];
  if (NO_UWV_SITUATIONS.has(profile.income.situation)) {
    result.proposals.forEach((p, i) => {
      if ((p.kind === 'reintegration' || p.kind === 'schooling') && /\bUWV\b/.test(p.provider ?? '')) {
        problems.push(`#${i + 1} ${p.title}: a UWV instrument for someone without a UWV benefit (${profile.income.situation})`);
      }
    });
  }
  const age = profile.birthYear === undefined ? undefined : now.getUTCFullYear() - profile.birthYear;
  if (age !== undefined && age < 23 && hasStartQualification(profile) === false) {
    const text = (p: Proposal) => [p.title, p.provider, ...(p.reasons ?? []), p.nextStep].join(' ');
    if (!result.proposals.some((p) => YOUTH_ROUTE.test(text(p)))) problems.push(`no RMC / jongerenloket route for someone of ${age} without a startkwalificatie`);
  }
  return problems;
}

/**
 * All invariant violations, one line per distinct problem, with the first proposal that has it
 * (rank and title) and how many proposals share it.
 */
export function invariantProblems(result: MatchResult, profile: Profile, domains: OfficialDomains, catalogue: Catalogue, now: Date): string[] {
  const seen = new Map<string, { first: string; count: number }>();
  result.proposals.forEach((p, i) => {
    const problems = [...shapeProblems(p), ...claimProblems(p, profile), ...sourceProblems(p, domains), ...wageProblems(p), ...levelProblems(p, profile, catalogue), ...schoolingLevelProblems(p, catalogue), ...routeProblems(p)];
    if ((p.nextStep ?? '').trim().split(/\s+/).length < 4) problems.push(`no real next step: "${p.nextStep}"`);
    for (const problem of new Set(problems)) {
      const entry = seen.get(problem);
      if (entry) entry.count++;
      else seen.set(problem, { first: `#${i + 1} ${p.title}`, count: 1 });
    }
  });
  const perProposal = [...seen].map(([problem, { first, count }]) => `${first}${count > 1 ? ` (+${count - 1} more)` : ''}: ${problem}`);
  return [...profileProblems(result, profile, now), ...perProposal];
}
