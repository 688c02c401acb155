// The one way dialogs start a handoff. Generic over the turn context so this floor does not
// import botbuilder; src/handoff/bot/handoffStarter.ts implements it for botbuilder's TurnContext.
import type { Audience, HandoffReason, Priority } from './model';

export interface StartHandoffOptions {
  reason: HandoffReason;
  /** Default: normal (sensitive signals pass high or crisis). A number is the stored value (0 normal, 1 high, 2 urgent, 3 crisis). */
  priority?: Priority | number;
  /** A few words for the advisor, e.g. the matching module's complex-case signals. Masked before storing. */
  detail?: string;
  /** An employer's handoff (the console filters seekers / employers). Default: seeker. */
  audience?: Audience;
}

export interface HandoffStarterPort<Context> {
  start(context: Context, options: StartHandoffOptions): Promise<void>;
}
