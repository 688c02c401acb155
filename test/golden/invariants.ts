// Checks every golden persona must pass, whatever its own expectations (issue 13).
import { isOfficialSource, type MatchResult, type OfficialDomains, type Profile, type Proposal } from '../../src/matching';

/** Statutory minimum wage per hour from 2026-01-01 (21+, rijksoverheid.nl). Any job figure below it is wrong. */
export const MIN_WAGE_PER_HOUR_2026 = 14.71;

const PAST_WORK = /eerder deed|eerder hebt gedaan|je vorige werk|work you did before|your previous work/i;
const ALL_SKILLS = /alle belangrijkste vaardigheden|all (the )?(most )?important skills|vaardigheden (heb je )?al\b/i;
const SOME_SKILLS = /je hebt ([1-9]\d*) van de|you have ([1-9]\d*) of the/i;
const NAMED_WISH = /je zei (dat )?je dit|you said you/i;
const MONEY = /€\s*(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s*(?:euro|EUR)\b/gi;
const HOURLY = /per uur|uurloon|an hour|per hour|hourly/i;
const YEAR = /\b20\d{2}\b/;

/** Occupations the seeker confirmed: an occupationUri that is not marked unconfirmed. */
export function confirmedOccupations(profile: Profile): Set<string> {
  const uris = profile.workHistory.filter((w) => w.occupationUri !== undefined && w.confirmed !== false).map((w) => w.occupationUri!);
  return new Set(uris);
}

function textsOf(p: Proposal): string[] {
  return [p.title, p.provider, ...p.reasons, p.eligibility, p.nextStep, ...p.whatToBring];
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
  const urls = [...p.sources, ...p.sourceLinks.map((l) => l.url)];
  for (const url of new Set(urls)) {
    if (/data\.europa\.eu\/esco/i.test(url)) problems.push(`ESCO URI as a source: ${url}`);
    else if (!isOfficialSource(url, domains)) problems.push(`source not on an official domain: ${url}`);
  }
  for (const link of p.sourceLinks) {
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

/** All invariant violations, one line each, prefixed with the proposal's rank and title. */
export function invariantProblems(result: MatchResult, profile: Profile, domains: OfficialDomains): string[] {
  const lines: string[] = [];
  result.proposals.forEach((p, i) => {
    const problems = [...claimProblems(p, profile), ...sourceProblems(p, domains), ...wageProblems(p)];
    if (p.nextStep.trim().split(/\s+/).length < 4) problems.push(`no real next step: "${p.nextStep}"`);
    for (const problem of problems) lines.push(`#${i + 1} ${p.title}: ${problem}`);
  });
  return lines;
}
