// What happens to a seeker's message, given the conversation's handoff. Pure rules.
import { isOpen } from './stateMachine';
import type { ContactRequest, Handoff } from './model';

export type SeekerRoute =
  /** No handoff: the bot's dialogs answer. */
  | { to: 'bot' }
  /** Held or waiting: the advisor reads it in the console; the dialogs stay silent. */
  | { to: 'advisor' }
  /** "terug naar de bot": end the handoff and give the conversation back to the bot. */
  | { to: 'back-to-bot' }
  /** A step of the call-back request (outside office hours). */
  | { to: 'contact'; step: ContactRequest['step'] | 'start' };

export function routeSeekerMessage(
  handoff: Pick<Handoff, 'status' | 'contact'> | undefined,
  signal: { interruption?: string; asksCallBack?: boolean; officeOpen: boolean },
): SeekerRoute {
  if (!handoff || !isOpen(handoff.status)) return { to: 'bot' };
  if (signal.interruption === 'back-to-bot') return { to: 'back-to-bot' };
  const step = handoff.contact?.step;
  if (handoff.status === 'waiting' && (step === 'consent' || step === 'ask')) return { to: 'contact', step };
  // Outside office hours nobody answers soon: offer a call back when the seeker asks for one.
  if (handoff.status === 'waiting' && !signal.officeOpen && signal.asksCallBack && step !== 'done') return { to: 'contact', step: 'start' };
  return { to: 'advisor' };
}
