// Teams: choices and results as Adaptive Cards (v1.5, the highest Teams renders). The question
// goes inside the card, not in the activity's text: Teams splits text + card into two messages and
// its mobile clients drop the text. A choice button is Action.Submit with Teams' imBack behaviour,
// so pressing it posts the label as the seeker's own message, which the dialogs understand.
import type { Activity, Attachment } from 'botbuilder';
import type { ResultCard } from '../message';
import { cardOf, choicesOf, withoutCard } from './neutral';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Teams shows at most 6 card buttons; longer lists become one radio list with a submit button. */
export const MAX_BUTTONS = 6;
/** Input id of that radio list; the submitted value comes back in activity.value. */
export const CHOICE_INPUT = 'werkloketChoice';

type Element = Record<string, unknown>;

export function renderTeams(activity: Partial<Activity>): Partial<Activity> {
  const card = cardOf(activity);
  const choices = choicesOf(activity);
  if (!card && !choices.length) return activity;
  const text = activity.text ?? '';
  const rendered: Partial<Activity> = { ...activity, channelData: withoutCard(activity), summary: card?.title ?? firstLine(text) };
  delete rendered.text;
  delete rendered.suggestedActions;
  rendered.attachments = [...(activity.attachments ?? []), card ? resultCard(card) : choiceCard(text, choices)];
  return rendered;
}

function adaptive(body: Element[], actions: Element[] = []): Attachment {
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      msteams: { width: 'Full' },
      body,
      ...(actions.length ? { actions } : {}),
    },
  };
}

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

export function resultCard(card: ResultCard): Attachment {
  const body: Element[] = [{ type: 'TextBlock', text: card.title, weight: 'Bolder', size: 'Medium', wrap: true }];
  if (card.subtitle) body.push({ type: 'TextBlock', text: card.subtitle, isSubtle: true, spacing: 'None', wrap: true });
  for (const point of card.points ?? []) body.push({ type: 'TextBlock', text: `• ${point}`, wrap: true, spacing: 'Small' });
  if (card.facts?.length) body.push({ type: 'FactSet', facts: card.facts.map((f) => ({ title: f.label, value: f.value })) });
  const actions = card.link ? [{ type: 'Action.OpenUrl', title: card.link.label, url: card.link.url }] : [];
  return adaptive(body, actions);
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
