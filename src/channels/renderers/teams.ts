// Teams: choices and results as Adaptive Cards (v1.5, the highest Teams renders). The question
// goes inside the card, not in the activity's text: Teams splits text + card into two messages and
// its mobile clients drop the text. A choice button is Action.Submit with Teams' imBack behaviour,
// so pressing it posts the label as the seeker's own message, which the dialogs understand.
import type { Activity, Attachment } from 'botbuilder';
import type { ResultCard } from '../message';
import { adaptiveCard, resultAdaptiveCard } from './adaptiveCard';
import { cardOf, choicesOf, listOf, withoutCard } from './neutral';

export { ADAPTIVE_CARD } from './adaptiveCard';
/** Teams shows at most 6 card buttons; longer lists become one radio list with a submit button. */
export const MAX_BUTTONS = 6;
/** Input id of that radio list; the submitted value comes back in activity.value. */
export const CHOICE_INPUT = 'werkloketChoice';

type Element = Record<string, unknown>;

export function renderTeams(activity: Partial<Activity>): Partial<Activity> {
  const list = listOf(activity)?.cards;
  const card = cardOf(activity);
  const choices = choicesOf(activity);
  if (!list?.length && !card && !choices.length) return activity;
  const text = activity.text ?? '';
  const cards = list?.length ? list : card ? [card] : [];
  const rendered: Partial<Activity> = { ...activity, channelData: withoutCard(activity), summary: cards[0]?.title ?? firstLine(text) };
  delete rendered.text;
  delete rendered.suggestedActions;
  rendered.attachments = [...(activity.attachments ?? []), ...(cards.length ? cards.map(resultCard) : [choiceCard(text, choices)])];
  if (cards.length > 1) rendered.attachmentLayout = 'list';
  return rendered;
}

const TEAMS = { msteams: { width: 'Full' } };
const adaptive = (body: Element[], actions: Element[] = []): Attachment => adaptiveCard(body, actions, TEAMS);

/** One TextBlock per line: Adaptive Card markdown ignores single line breaks. */
function paragraphs(text: string): Element[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => ({ type: 'TextBlock', text: line, wrap: true, ...(i > 0 ? { spacing: 'Small' } : {}) }));
}

function choiceCard(text: string, choices: { title: string; value: string }[]): Attachment {
  if (choices.length <= MAX_BUTTONS) {
    return adaptive(
      paragraphs(text),
      choices.map((c) => ({ type: 'Action.Submit', title: c.title, data: { msteams: { type: 'imBack', value: c.value } } })),
    );
  }
  return adaptive(
    [...paragraphs(text), { type: 'Input.ChoiceSet', id: CHOICE_INPUT, style: 'expanded', choices: choices.map((c) => ({ title: c.title, value: c.value })) }],
    [{ type: 'Action.Submit', title: 'OK', data: { werkloket: 'choice' } }],
  );
}

/** A result as the same card the website shows ("Meer uitleg" as Action.ShowCard), full width. */
export function resultCard(card: ResultCard): Attachment {
  return resultAdaptiveCard(card, TEAMS);
}

/**
 * Incoming Teams messages in the neutral form the dialogs expect: the bot's @mention removed
 * (group chats and channels), and a choice from the radio list turned into the chosen label.
 */
export function normalizeTeamsIncoming(activity: Partial<Activity>): void {
  const value = activity.value as Record<string, unknown> | undefined;
  if (!activity.text && typeof value?.[CHOICE_INPUT] === 'string') activity.text = value[CHOICE_INPUT] as string;
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const m = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (m.type === 'mention' && m.mentioned?.id === botId && m.text && activity.text) activity.text = activity.text.split(m.text).join('').trim();
  }
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
