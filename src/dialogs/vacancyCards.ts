// Bemiddeling as the seeker sees it: a vacancy as a proposal card and the one line that asks
// about it ("Een werkgever bij jou in de buurt zoekt …", never who the employer is), and the
// employer's arrangement (van werk naar werk) as a proposal next to the others.
import type { ResultCard } from '../channels/message';
import { formatEuro } from '../language/format';
import type { GroupArrangement } from '../mediation/group';
import type { Locale, Texts } from '../texts';
import type { GroupOffer, ProposalView, VacancyOffer } from './services';

const hoursOf = (o: VacancyOffer, locale: Locale): string | undefined => {
  const h = o.hoursPerWeek;
  if (!h || (h.min === undefined && h.max === undefined)) return undefined;
  if (h.min !== undefined && h.max !== undefined && h.min !== h.max) return `${h.min}${locale === 'en' ? ' to ' : ' tot '}${h.max}`;
  return String(h.max ?? h.min);
};

export function offerLine(o: VacancyOffer, t: Texts, locale: Locale): string {
  return t.mediation.offerLine({ what: o.what, hours: hoursOf(o, locale), place: o.place, nearby: o.nearby });
}

/** A vacancy as a proposal card: the work, hours and place, why it fits; never who the employer is. */
export function vacancyCard(o: VacancyOffer, t: Texts, locale: Locale): ResultCard {
  const m = t.mediation;
  const hours = hoursOf(o, locale);
  // Hours and place first: a card shows its first two points at a glance (the rest behind "Meer uitleg").
  const where = [hours ? m.hours(hours) : undefined, o.place].filter((x): x is string => x !== undefined).join(', ');
  const points = [...(where ? [where] : []), ...o.reasons];
  return {
    title: m.offerTitle(o.what),
    subtitle: o.nearby ? m.employerNearby : o.place ? m.employerIn(o.place) : m.employerSomewhere,
    points: points.slice(0, 2),
    nextStep: { label: t.summary.labels.nextStep, text: m.offerNextStep },
    ...(points.length > 2 || o.missing.length ? { details: { label: t.cards.details, points: points.slice(2), facts: o.missing.length ? [{ label: m.missingLabel, value: o.missing.join(' ') }] : [] } } : {}),
  };
}

/** The group's arrangement as a proposal next to the others, with who to ask. */
export function arrangementProposal(offer: GroupOffer, t: Texts, locale: Locale): ProposalView {
  const a: GroupArrangement = offer.arrangement;
  const w = t.mediation.arrangement;
  const reasons = [
    ...(a.trainingBudgetEuro !== undefined ? [w.trainingBudget(formatEuro(a.trainingBudgetEuro, locale))] : a.trainingPaid ? [w.trainingPaid] : []),
    ...(a.transitievergoedingForTraining ? [w.transitievergoeding] : []),
    ...(a.timeOffForApplying ? [w.timeOff] : []),
    ...(a.outplacement ? [w.outplacement] : []),
    ...(a.words ? [w.words(a.words)] : []),
    w.why,
  ];
  return {
    id: `group:${offer.groupId}`,
    kind: 'arrangement',
    title: w.title,
    provider: w.provider,
    score: 1,
    reasons,
    nextStep: w.ask(a.askWho ?? w.askDefault),
    whatToBring: [],
    eligibility: w.decides,
    sources: [],
    sourceLinks: [],
  };
}
