// Proposals as channel-neutral result cards: a short title, who carries it out, one or two lines
// why, the next step with its official page, and behind "Meer uitleg" the rest (more reasons, who
// decides, what to bring, the named sources). The first three are shown, the rest on "Meer
// voorstellen"; the plain text (transcript, console, channels without cards) holds everything.
import { cardPlainText } from '../channels/cardText';
import type { NamedLink, OfficeCard, OutgoingMessage, ResultCard } from '../channels/message';
import type { ProviderContact } from '../region';
import { isSourcePage, MAX_PROPOSALS_SHOWN, type EmployerProposal } from '../matching';
import type { Texts } from '../texts';
import type { ProposalView } from './services';

/** Shown at first; the rest (up to MAX_SHOWN) on "Meer voorstellen". */
export const FIRST_SHOWN = 3;
export const MAX_SHOWN = MAX_PROPOSALS_SHOWN;

/** What both kinds of proposal have in common, as a card needs it. */
export interface CardSource {
  title: string;
  provider: string;
  /** Why it fits, best first (an instrument's first line says what it is). */
  reasons: string[];
  nextStep: string;
  whatToBring: string[];
  eligibility?: string;
  sourceLinks: { url: string; name: string }[];
  /** The seeker's own offices (issue 18): the one to contact first, then the others it names. */
  contact?: ProviderContact;
  contacts?: ProviderContact[];
}

/** An office as the card shows it: name, address, phone, opening hours, appointment and map links. */
export function officeCard(c: ProviderContact, t: Texts): OfficeCard {
  const page = c.appointmentUrl ? { label: t.cards.appointment, url: c.appointmentUrl } : { label: t.cards.website, url: c.website };
  return { name: c.name, address: c.address, phone: t.cards.phone(c.phone), openingHours: t.cards.openingHours(c.openingHours), links: [page], map: { label: t.cards.map, url: c.mapUrl } };
}

/** The first contact, then the others, each once. */
function officesOf(p: CardSource, t: Texts): ResultCard['offices'] {
  const all = [...(p.contact ? [p.contact] : []), ...(p.contacts ?? [])].filter((c, i, list) => list.findIndex((o) => o.providerId === c.providerId) === i);
  return all.length ? { label: t.cards.offices, list: all.map((c) => officeCard(c, t)) } : undefined;
}

/** Named pages only: a source without a human name is not shown. */
function namedLinks(p: CardSource): NamedLink[] {
  return p.sourceLinks.filter((l) => isSourcePage(l.url) && l.name.trim() !== '').map((l) => ({ label: l.name, url: l.url }));
}

export function proposalCard(p: CardSource, n: number, total: number, t: Texts, labels: { nextStep: string; bring: string }): ResultCard {
  const links = namedLinks(p);
  const offices = officesOf(p, t);
  const facts = [
    ...(p.eligibility ? [{ label: t.cards.decides, value: p.eligibility }] : []),
    ...(p.whatToBring.length ? [{ label: labels.bring, value: p.whatToBring.join('; ') }] : []),
  ];
  return {
    title: p.title,
    subtitle: p.provider,
    number: n,
    position: t.cards.position(n, total),
    points: p.reasons.slice(0, 2),
    nextStep: { label: labels.nextStep, text: p.nextStep, ...(links[0] ? { link: links[0] } : {}) },
    ...(offices ? { offices } : {}),
    details: { label: t.cards.details, points: p.reasons.slice(2), facts },
    ...(links.length ? { sources: { label: links.length === 1 ? t.cards.source : t.cards.sources, links } } : {}),
    detailsReply: t.cards.detailsReply(n),
  };
}

/** Several cards as one message: a list the channel shows at a glance, all of it in the text. */
export function proposalList(cards: ResultCard[], t: Texts): OutgoingMessage {
  return { text: cards.map((c) => cardPlainText(c)).join('\n\n'), list: { cards, listButton: t.cards.listButton, hint: t.cards.listHint } };
}

/** One proposal in full (the seeker asked "Meer uitleg 2"). */
export function proposalDetails(card: ResultCard): OutgoingMessage {
  const open = { ...card, open: true };
  return { text: cardPlainText(open), card: open };
}

export function seekerCard(p: ProposalView, n: number, total: number, t: Texts): ResultCard {
  return proposalCard(p, n, total, t, t.summary.labels);
}

/** An employer option: what it is comes first among the reasons. */
export function employerCard(p: EmployerProposal, n: number, total: number, t: Texts): ResultCard {
  return proposalCard({ ...p, reasons: [p.what, ...p.reasons] }, n, total, t, t.employer.labels);
}
