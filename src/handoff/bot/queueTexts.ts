// What a waiting seeker reads about the queue, from src/texts: their place and honest wait, the
// proactive update, and the closing-time notice with the call-back option. Used by the starter
// (in the turn) and the messenger (proactive), so both say it the same way.
import { MessageFactory, type Activity } from 'botbuilder';
import type { SeekerInfo, WaitEstimate } from '..';
import type { Texts } from '../../texts';
import { fill } from '../../texts/fill';

/** "Je wacht ongeveer 10 tot 20 minuten." or, with nobody online, that honestly. */
export function waitSentence(t: Texts, estimate: WaitEstimate): string | undefined {
  if (estimate.kind === 'none') return undefined;
  if (estimate.kind === 'no-advisor') return t.handoff.waitNoAdvisor;
  return estimate.low === estimate.high ? fill(t.handoff.waitAbout, { minutes: estimate.low }) : fill(t.handoff.waitRange, { low: estimate.low, high: estimate.high });
}

/** Place and wait as one message: "Je bent nummer 2 in de wachtrij. Je wacht ongeveer 10 tot 20 minuten." */
export function queueMessage(t: Texts, position: number, estimate: WaitEstimate, update = false): string {
  return [fill(update ? t.handoff.queueUpdate : t.handoff.place, { position }), waitSentence(t, estimate)].filter(Boolean).join(' ');
}

/**
 * Office hours ended while the seeker waited: say so, when we open again, the choice to leave a
 * question or be called back (the buttons of the starter's closed-office offer), and for a crisis
 * the crisis lines again (without the opening words, which were said when it came up).
 */
export function closingActivities(t: Texts, info: Extract<SeekerInfo, { kind: 'closing' }>): Partial<Activity>[] {
  const texts = [t.handoff.closingNow];
  if (info.next) texts.push(fill(t.handoff.nextOpen, { day: dayLabel(t, info.next.inDays, info.next.day), time: info.next.time }));
  if (info.crisis) texts.push(t.handoff.closingCrisis, ...t.handoff.urgent.crisis.slice(1));
  texts.push(t.handoff.leaveQuestion);
  return [
    ...texts.map((text) => MessageFactory.text(text)),
    MessageFactory.suggestedActions([t.handoff.leaveQuestionButton, t.handoff.callBackButton, t.handoff.backToBotButton], t.handoff.callBackQuestion),
  ];
}

/** "vandaag", "morgen" or the weekday. */
export function dayLabel(t: Texts, inDays: number, day: number): string {
  return inDays === 0 ? t.handoff.today : inDays === 1 ? t.handoff.tomorrow : t.handoff.days[day];
}
