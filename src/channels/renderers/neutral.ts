// Reading the neutral form back out of an activity, whoever built it: renderMessage (say), or
// code that uses botbuilder directly (ChoicePrompt, MessageFactory.suggestedActions).
import type { Activity } from 'botbuilder';
import type { ResultCard, ResultList } from '../message';

const CARD_KEY = 'werkloketCard';
const LIST_KEY = 'werkloketList';

export function withCard(activity: Partial<Activity>, card: ResultCard): void {
  activity.channelData = { ...(activity.channelData as object | undefined), [CARD_KEY]: card };
}

export function withList(activity: Partial<Activity>, list: ResultList): void {
  activity.channelData = { ...(activity.channelData as object | undefined), [LIST_KEY]: list };
}

export function cardOf(activity: Partial<Activity>): ResultCard | undefined {
  return (activity.channelData as Record<string, ResultCard> | undefined)?.[CARD_KEY];
}

export function listOf(activity: Partial<Activity>): ResultList | undefined {
  return (activity.channelData as Record<string, ResultList> | undefined)?.[LIST_KEY];
}

/** Removes the card and the list from channelData once a channel has rendered them. */
export function withoutCard(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const { [CARD_KEY]: _card, [LIST_KEY]: _list, ...rest } = (activity.channelData ?? {}) as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}

/** The labels of the offered choices, in order. A pressed button sends its value (the label). */
export function choicesOf(activity: Partial<Activity>): { title: string; value: string }[] {
  return (activity.suggestedActions?.actions ?? [])
    .filter((a) => a.type === 'imBack' || a.type === 'postBack' || a.type === 'messageBack')
    .map((a) => {
      const value = typeof a.value === 'string' ? a.value : String(a.title ?? '');
      return { title: String(a.title ?? value), value };
    })
    .filter((c) => c.value.trim() !== '');
}
