// Issue 18: with a configured region, a referral names the concrete office. Every golden persona
// (and every example profile) is matched again with a postcode in the example region — in the
// city of Utrecht and in Nieuwegein (another gemeente, another werk & inkomen desk) — and every
// who-to-ask answer is asked there too. The test fails when a referral text names an
// organisation type without a concrete contact of that type, when the contact is not named in the
// text, or when a gemeente desk is not the seeker's own gemeente.
// The organisation-type patterns below are written apart from src/matching/localise.ts on purpose.
import assert from 'node:assert/strict';
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Catalogue, matchProfile, type Proposal, type ProfileInput, WhoToAskTopicSchema, IncomeSituationSchema } from '../../src/matching';
import { desksFor, localAnswer, type LocalAnswer } from '../../src/matching/localise';
import type { ProviderContact, ProviderKind } from '../../src/region';
import { sharedCatalogue } from '../matching/helpers';
import { PERSONAS } from './personas';
import { GOLDEN_NOW } from './personas/types';

/** An organisation type as a seeker reads it, and the office kinds that count as "that one". */
const ORGANISATION_TYPES: { name: string; pattern: RegExp; kinds: ProviderKind[] }[] = [
  { name: 'UWV', pattern: /\bUWV\b/, kinds: ['uwv'] },
  { name: 'gemeente', pattern: /\bgemeenten?\b|\bmunicipality\b/i, kinds: ['gemeente-werk-inkomen', 'gemeente-schuldhulp', 'jongerenloket'] },
  { name: 'leerwerkloket', pattern: /\bleer-?werkloket/i, kinds: ['leerwerkloket'] },
  { name: 'werkgeversservicepunt', pattern: /werkgeversservicepunt|employer service point/i, kinds: ['werkgeversservicepunt'] },
  { name: 'RMC/jongerenloket', pattern: /\bRMC\b|jongerenloket|youth desk/i, kinds: ['jongerenloket'] },
  { name: 'schuldhulp', pattern: /schuldhulp|debt help/i, kinds: ['gemeente-schuldhulp'] },
  { name: 'Taalhuis', pattern: /\btaalhuis/i, kinds: ['taalhuis'] },
  { name: 'Werkcentrum', pattern: /\bwerkcentrum/i, kinds: ['werkcentrum'] },
  { name: 're-integratiebedrijf', pattern: /re-?integratiebedrijf|re-?integration company/i, kinds: ['reintegration'] },
];

/**
 * Sentences that name an organisation without sending the seeker there: it is NOT involved
 * ("UWV en de gemeente gaan hier niet over"), or carries the work out for another office that
 * the seeker contacts ("UWV, uitgevoerd door een re-integratiebedrijf"), or is another region's
 * name for the same desk ("Leerwerkloket (in sommige regio's: Werkcentrum)").
 */
const NOT_A_REFERRAL = [
  /UWV en de gemeente gaan hier niet over|UWV and the municipality do not decide on this/i,
  /betalen UWV en de gemeente meestal niet|UWV and the municipality usually do not pay/i,
  /niets te melden bij UWV of de gemeente|do not need to report anything to UWV or the municipality/i,
  /uitgevoerd door een re-integratiebedrijf|carried out by a re-integration company/i,
  /in sommige regio's: Werkcentrum|in some regions: Werkcentrum/i,
];

const sentences = (text: string) => text.split(/(?<=[.!?])\s+|;\s+/);
function referralsIn(text: string): typeof ORGANISATION_TYPES {
  const referring = sentences(text).map((s) => NOT_A_REFERRAL.reduce((rest, phrase) => rest.replace(phrase, ''), s));
  return ORGANISATION_TYPES.filter((t) => referring.some((s) => t.pattern.test(s)));
}

/** What sends the seeker somewhere: who carries it out, who decides, the next step, who pays. */
function referralTexts(p: Proposal): string[] {
  const whoPays = p.reasons.filter((r) => /^(Wie betaalt|Who pays)/.test(r));
  return [p.provider, p.eligibility, p.nextStep, ...whoPays, ...(p.route ? [p.route.whoPays.organisation, p.route.whoPays.how] : [])];
}

function contactsOf(p: Proposal): ProviderContact[] {
  return [...(p.contact ? [p.contact] : []), ...(p.contacts ?? []), ...(p.route?.whoPays.contact ? [p.route.whoPays.contact] : [])];
}

interface Seeker {
  postcode: string;
  gemeente: string;
}
const SEEKERS: Seeker[] = [
  { postcode: '3511', gemeente: 'utrecht' },
  { postcode: '3431', gemeente: 'nieuwegein' },
];

/** Problems with the offices of one set of texts and contacts, for a seeker in `seeker.gemeente`. */
function officeProblems(catalogue: Catalogue, texts: string[], contacts: ProviderContact[], seeker: Seeker): string[] {
  const region = catalogue.directory.byPostcode(seeker.postcode)!.region;
  const problems: string[] = [];
  for (const type of referralsIn(texts.join('\n'))) {
    const fitting = contacts.filter((c) => type.kinds.includes(c.kind));
    if (!fitting.length) problems.push(`names ${type.name} without a concrete office (contacts: ${contacts.map((c) => c.name).join(', ') || 'none'})`);
  }
  for (const c of contacts) {
    const provider = region.providers.find((p) => p.id === c.providerId);
    if (!provider) problems.push(`${c.name} is not a provider of ${region.id}`);
    else if (provider.gemeenten && !provider.gemeenten.includes(seeker.gemeente)) problems.push(`${c.name} does not serve gemeente ${seeker.gemeente}`);
    if (!/^https:\/\/www\.openstreetmap\.org\/search\?query=/.test(c.mapUrl)) problems.push(`${c.name}: no map link`);
    if (!c.address || !c.phone) problems.push(`${c.name}: no address or phone`);
  }
  return problems;
}

function proposalProblems(catalogue: Catalogue, p: Proposal, seeker: Seeker): string[] {
  const problems = officeProblems(catalogue, referralTexts(p), contactsOf(p), seeker).map((l) => `${p.id}: ${l}`);
  const said = referralTexts(p).join('\n');
  for (const c of contactsOf(p)) if (!said.includes(c.name)) problems.push(`${p.id}: contact ${c.name} is not named in the text`);
  if (p.contact && !(p.nextStep.includes(p.contact.name) || said.includes(p.contact.name))) problems.push(`${p.id}: the next step does not name ${p.contact.name}`);
  return problems;
}

function exampleProfiles(): { id: string; profile: ProfileInput }[] {
  const dir = path.join(__dirname, '..', '..', 'examples', 'profiles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id: `example ${f}`, profile: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ProfileInput }));
}

const withPostcode = (profile: ProfileInput, postcode: string): ProfileInput => ({ ...profile, goals: { ...profile.goals, postcode } });

describe('regional referrals name the concrete office (issue 18)', function () {
  this.timeout(120_000);
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await sharedCatalogue();
    assert.ok(catalogue.directory.get('midden-utrecht'), 'the example region content/regions/midden-utrecht is loaded');
  });

  const cases = [...PERSONAS.map((p) => ({ id: p.id, profile: p.profile, locale: p.locale ?? ('nl' as const), now: p.now ?? GOLDEN_NOW })), ...exampleProfiles().map((e) => ({ ...e, locale: 'nl' as const, now: GOLDEN_NOW }))];

  for (const seeker of SEEKERS) {
    it(`every persona and example profile in ${seeker.gemeente} (${seeker.postcode}): each referral names its office`, () => {
      const problems: string[] = [];
      let localised = 0;
      for (const c of cases) {
        for (const locale of [c.locale, c.locale === 'nl' ? ('en' as const) : ('nl' as const)]) {
          const result = matchProfile(catalogue, withPostcode(c.profile, seeker.postcode), { now: c.now, locale });
          for (const p of result.proposals) {
            problems.push(...proposalProblems(catalogue, p, seeker).map((l) => `${c.id} [${locale}] ${l}`));
            if (p.contact) localised++;
          }
        }
      }
      assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
      assert.ok(localised > cases.length, `only ${localised} proposals with a contact`);
    });
  }

  it('a gemeente desk is the seeker’s own: Utrecht and Nieuwegein get different werk & inkomen desks', () => {
    const bijstand = exampleProfiles().find((e) => e.id.includes('bijstand-long-term'))!.profile;
    const desk = (postcode: string) =>
      matchProfile(catalogue, withPostcode(bijstand, postcode), { now: GOLDEN_NOW })
        .proposals.flatMap(contactsOf)
        .find((c) => c.kind === 'gemeente-werk-inkomen');
    const utrecht = desk('3511');
    const nieuwegein = desk('3431');
    assert.ok(utrecht && nieuwegein, 'both seekers get a gemeente desk');
    assert.match(utrecht.name, /Utrecht/);
    assert.match(nieuwegein.address, /Nieuwegein/);
    assert.notEqual(utrecht.providerId, nieuwegein.providerId);
  });

  it('outside every configured region nothing changes: the same honest generic text, no contact', () => {
    for (const c of cases.slice(0, 12)) {
      const away = matchProfile(catalogue, withPostcode(c.profile, '9999'), { now: c.now, locale: c.locale });
      const none = matchProfile(catalogue, { ...c.profile, goals: { ...c.profile.goals, postcode: undefined } }, { now: c.now, locale: c.locale });
      assert.deepEqual(away.proposals, none.proposals, c.id);
      assert.ok(away.proposals.every((p) => p.contact === undefined && p.contacts === undefined), c.id);
    }
  });

  it('a region id alone (website host, configuration) names the regional offices but no gemeente desk', () => {
    const bijstand = exampleProfiles().find((e) => e.id.includes('bijstand-long-term'))!.profile;
    const result = matchProfile(catalogue, { ...bijstand, goals: { ...bijstand.goals, postcode: undefined } }, { now: GOLDEN_NOW, regionId: 'midden-utrecht' });
    const contacts = result.proposals.flatMap(contactsOf);
    assert.ok(contacts.some((c) => c.kind === 'leerwerkloket'), 'the leerwerkloket is named');
    assert.ok(!contacts.some((c) => c.kind === 'gemeente-werk-inkomen' || c.kind === 'gemeente-schuldhulp'), 'no gemeente desk without a postcode');
  });

  it('proposals from other sources (a regional scheme) get the office their caller names', () => {
    const ww = exampleProfiles().find((e) => e.id.includes('ww-laid-off'))!.profile;
    const plain = matchProfile(catalogue, withPostcode(ww, '3511'), { now: GOLDEN_NOW });
    const job = plain.proposals.find((p) => p.kind === 'job-direction')!;
    expect(job.contact?.kind).to.equal('leerwerkloket');
    const told = matchProfile(catalogue, withPostcode(ww, '3511'), { now: GOLDEN_NOW, providerKinds: new Map([[job.id, ['werkcentrum'] as const]]) });
    const same = told.proposals.find((p) => p.id === job.id)!;
    expect(same.contact?.name).to.equal('Werkcentrum Midden-Utrecht');
    expect(same.nextStep).to.include('Werkcentrum Midden-Utrecht');
  });

  it('every who-to-ask answer for a seeker in the region names its office', () => {
    const problems: string[] = [];
    for (const seeker of SEEKERS) {
      for (const locale of ['nl', 'en'] as const) {
        const desks = desksFor(catalogue.directory, { postcode: seeker.postcode }, locale);
        assert.ok(desks, `${seeker.postcode} is in a configured region`);
        for (const topic of WhoToAskTopicSchema.options) {
          for (const situation of [...IncomeSituationSchema.options, 'unknown' as const]) {
            for (const age of [undefined, 19]) {
              const answer: LocalAnswer = localAnswer(catalogue.whoToAsk.ask(topic, { situation, age }, locale), desks);
              const where = `${seeker.gemeente} [${locale}] ${topic} × ${situation}${age ? ` (age ${age})` : ''}`;
              problems.push(...officeProblems(catalogue, [answer.organisation, answer.how], answer.contacts ?? [], seeker).map((l) => `${where}: ${l}`));
            }
          }
        }
      }
    }
    assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
  });
});
