// The turn pipeline, composed once for every adapter (website Direct Line, CloudAdapter for Teams and
// Azure channels, WhatsApp). botbuilder runs middleware in the order it was added, and the send
// handlers they register in that same order, so the order here is the design:
//
//   in:  channel in (typing indicator, the conversation's locale, the channel's own inbound step:
//        Teams mentions and card inputs read as plain text) → transcript (stores the message, masked)
//        → handoff relay (while an advisor holds the chat the message goes to the console and the
//        dialogs do not run) → dialogs (the bot itself)
//   out: dialogs' replies → transcript (stores the neutral reply before it is sent) → render (the
//        channel's own form: Adaptive Cards, Teams cards) → channel out (the adapter sends)
import type { BotAdapter, Middleware } from 'botbuilder';
import { typingIndicator } from './typing';

/** The steps every adapter shares (one instance each, built once for the app). */
export interface TurnSteps {
  locale: Middleware;
  transcript: Middleware;
  handoff: Middleware;
}

/** What differs per channel. */
export interface ChannelSteps {
  /** Runs right after the locale, before the transcript sees the message. */
  inbound?: Middleware;
  /** Turns neutral replies into the channel's form; absent where the adapter renders itself (WhatsApp). */
  render?: Middleware;
}

export function useTurnPipeline(adapter: Pick<BotAdapter, 'use'>, steps: TurnSteps, channel: ChannelSteps = {}): void {
  adapter.use(typingIndicator());
  adapter.use(steps.locale);
  if (channel.inbound) adapter.use(channel.inbound);
  adapter.use(steps.transcript);
  adapter.use(steps.handoff);
  if (channel.render) adapter.use(channel.render);
}
