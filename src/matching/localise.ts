// The concrete office behind a referral. With a configured region (src/region, content/regions)
// for the seeker's postcode (or a given region id), "vraag het leerwerkloket" also names which
// one: name, address, phone and how to make an appointment, with a map link on the card. Without
// such a region nothing changes: the generic text is the honest one.
import { contactSentence, type ProviderContact } from '../region/contact';
import type { RegionDirectory } from '../region/directory';
import type { ProviderKind } from '../region/schema';
import type { Proposal } from './proposal';
import type { Locale, Texts } from './texts';
import type { WhoToAskAnswer } from './whoToAsk';

/** What localisation reads of the region directory. */
export type ProviderDirectory = Pick<RegionDirectory, 'byPostcode' | 'get' | 'provider' | 'contact'>;

/** The offices for one seeker: their region, their gemeente when the postcode says it. */
export interface Desks {
  regionId: string;
  gemeente?: { id: string; name: string };
  locale: Locale;
  contact(kind: ProviderKind): ProviderContact | undefined;
}

/**
 * The seeker's desks: by postcode when it lies in a configured region, else by an explicit region
 * id. Never "the only region there is": a seeker from elsewhere must not get Utrecht's address.
 */
export function desksFor(directory: ProviderDirectory | undefined, at: { postcode?: string; regionId?: string }, locale: Locale): Desks | undefined {
  if (!directory) return undefined;
  const found = at.postcode ? directory.byPostcode(at.postcode) : undefined;
  const regionId = found?.region.id ?? (at.regionId !== undefined && directory.get(at.regionId) ? at.regionId : undefined);
  if (regionId === undefined) return undefined;
  // Without the postcode the gemeente is unknown: directory.provider() then names no gemeente desk.
  const where = found ? { regionId, postcode: at.postcode } : { regionId };
  const cache = new Map<ProviderKind, ProviderContact | undefined>();
  return {
    regionId,
    ...(found ? { gemeente: found.gemeente } : {}),
    locale,
    contact(kind) {
      if (!cache.has(kind)) {
        const provider = directory.provider(kind, where);
        // A desk that lists the gemeenten it serves is never named to someone from another one.
        const serves = provider && (!provider.gemeenten || !found || provider.gemeenten.includes(found.gemeente.id));
        cache.set(kind, provider && serves ? directory.contact(provider, locale) : undefined);
      }
      return cache.get(kind);
    },
  };
}

/** Each contact once (two kinds may be one office), in order. */
export function uniqueContacts(contacts: Iterable<ProviderContact | undefined>): ProviderContact[] {
  const seen = new Map<string, ProviderContact>();
  for (const c of contacts) if (c && !seen.has(c.providerId)) seen.set(c.providerId, c);
  return [...seen.values()];
}

export function contactsFor(desks: Desks | undefined, kinds: readonly ProviderKind[] | undefined): ProviderContact[] {
  return desks && kinds ? uniqueContacts(kinds.map((k) => desks.contact(k))) : [];
}

/** "Bij jou in de buurt: UWV Utrecht, Daalseplein 2, … Bel …": the offices as sentences. */
export function nearYou(texts: Texts, contacts: readonly ProviderContact[], locale: Locale): string {
  return texts.nearYou(contacts.map((c) => contactSentence(c, locale)));
}

/** A who-to-ask answer with the seeker's offices: `contact` first, `contacts` all of them. */
export type LocalAnswer = WhoToAskAnswer & { contact?: ProviderContact; contacts?: ProviderContact[] };

export function localAnswer(answer: WhoToAskAnswer, desks: Desks | undefined): LocalAnswer {
  const contacts = contactsFor(desks, answer.providerKinds);
  return contacts.length ? { ...answer, contact: contacts[0], contacts } : answer;
}

/**
 * The organisation types our own texts name, in order of appearance: for texts that have no
 * providerKinds of their own (knowledge entries, regulated-profession steps, generated next steps).
 */
const NAMED_KINDS: [ProviderKind, RegExp][] = [
  ['uwv', /\bUWV\b/],
  ['gemeente-schuldhulp', /schuldhulp|debt (help|counselling)/i],
  ['jongerenloket', /jongerenloket|\bRMC\b|youth desk/i],
  ['gemeente-werk-inkomen', /gemeente|municipality|\bBbz\b/i],
  ['leerwerkloket', /leerwerkloket|learning and work desk/i],
  ['werkgeversservicepunt', /werkgeversservicepunt|employer service(s)? (point|desk)/i],
  ['werkcentrum', /werkcentrum|work cent(re|er)/i],
  ['taalhuis', /taalhuis/i],
  ['reintegration', /re-?integratiebedrijf|re-?integration company/i],
];

export function kindsNamedIn(text: string): ProviderKind[] {
  const found = NAMED_KINDS.map(([kind, pattern]) => ({ kind, at: text.search(pattern) })).filter((k) => k.at >= 0);
  // "het RMC van je gemeente", "schuldhulp van je gemeente": the gemeente's own desk is meant.
  const gemeenteDesk = found.some((k) => k.kind === 'jongerenloket' || k.kind === 'gemeente-schuldhulp');
  return found.filter((k) => !(gemeenteDesk && k.kind === 'gemeente-werk-inkomen')).sort((a, b) => a.at - b.at).map((k) => k.kind);
}

/**
 * Every proposal with its offices: the kinds `kindsOf` gives (instruments.json, a regional
 * scheme's providerKind), else the organisation types its next step, provider or decider names.
 */
export function localiseProposals(proposals: readonly Proposal[], desks: Desks, texts: Texts, kindsOf: (p: Proposal) => readonly ProviderKind[] | undefined = () => undefined): Proposal[] {
  return proposals.map((p) => localiseProposal(p, kindsOf(p) ?? kindsNamedIn(`${p.nextStep} ${p.provider} ${p.eligibility}`), desks, texts));
}

/**
 * A proposal with its offices: the kinds its next step sends the seeker to come first (`contact`),
 * then the ones its texts already carry (who pays). The next step says where they are.
 */
export function localiseProposal(p: Proposal, kinds: readonly ProviderKind[], desks: Desks, texts: Texts): Proposal {
  const first = contactsFor(desks, kinds);
  const contacts = uniqueContacts([...first, ...(p.contacts ?? [])]);
  if (!contacts.length) return p;
  const nextStep = first.length ? `${p.nextStep} ${nearYou(texts, first, desks.locale)}` : p.nextStep;
  return { ...p, contact: contacts[0], contacts, nextStep };
}

/** "Wie betaalt? Vraag het aan UWV. …", then where that office is for this seeker. */
export function withOffices(text: string, answer: LocalAnswer, texts: Texts, locale: Locale): string {
  return answer.contacts?.length ? `${text} ${nearYou(texts, answer.contacts, locale)}` : text;
}

/** The proposal fields for the offices of a who-to-ask answer (who pays). */
export function officesOf(answer: LocalAnswer): { contacts?: ProviderContact[] } {
  return answer.contacts?.length ? { contacts: answer.contacts } : {};
}

/** A route's "who pays", with its office when there is one. */
export function whoPaysField(answer: LocalAnswer): { organisation: string; how: string; contact?: ProviderContact } {
  return { organisation: answer.organisation, how: answer.how, ...(answer.contact ? { contact: answer.contact } : {}) };
}
