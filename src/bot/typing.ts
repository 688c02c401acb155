// The typing indicator while a turn runs: botbuilder's ShowTypingMiddleware. The first indicator
// waits half a second, so quick replies show none; a long turn (matching, a slow database) repeats
// it before the client's indicator times out. WhatsApp gets none: its renderer drops typing
// activities, and Meta's own indicator (mark-as-read with typing_indicator) needs the inbound wamid.
import { ShowTypingMiddleware } from 'botbuilder';

export const TYPING_DELAY_MS = 500;
export const TYPING_PERIOD_MS = 2000;

export function typingIndicator(): ShowTypingMiddleware {
  return new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS);
}
