// What every dialog step needs about the current turn: language, texts, the time, and a way to say
// a channel-neutral message.
import type { TurnContext } from 'botbuilder';
import type { OutgoingMessage } from '../channels/message';
import { renderMessage } from '../channels/render';
import { textsFor, type Locale, type Texts } from '../texts';

export interface Turn {
  locale: Locale;
  t: Texts;
  now: Date;
}

/** Set by the root dialog from the conversation state ("English please" switches it). */
export const LOCALE_KEY = Symbol('werkloket.locale');

export function conversationLocale(context: TurnContext): Locale {
  const chosen = context.turnState.get(LOCALE_KEY) as Locale | undefined;
  if (chosen) return chosen;
  return context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function turnOf(context: TurnContext, locale: Locale = conversationLocale(context), now = new Date()): Turn {
  return { locale, t: textsFor(locale), now };
}

export async function say(context: TurnContext, message: OutgoingMessage | string): Promise<void> {
  const m = typeof message === 'string' ? { text: message } : message;
  await context.sendActivity(renderMessage(m));
}
