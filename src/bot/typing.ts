// The typing indicator while a turn runs: botbuilder's ShowTypingMiddleware. The first indicator
// waits half a second, so quick replies show none; a long turn (matching, a slow database) repeats
// it before the client's indicator times out. On every adapter: Direct Line shows it on the stream,
// Teams through the connector, WhatsApp as Meta's own indicator (mark-as-read with typing_indicator,
// for the inbound message of the turn; src/channels/whatsapp/adapter.ts).
import { ShowTypingMiddleware } from 'botbuilder';

export const TYPING_DELAY_MS = 500;
export const TYPING_PERIOD_MS = 2000;

export function typingIndicator(): ShowTypingMiddleware {
  return new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS);
}
