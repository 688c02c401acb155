// The ActivityHandler: greets new members and runs the dialog stack for every message.
import { ActivityHandler, type ConversationState, type Middleware, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { LOCALE_KEY } from '../dialogs/turn';
import { ERASE_DIALOG } from '../dialogs/eraseDialog';
import type { Locale } from '../texts';

// botbuilder-dialogs builds its memory scopes and path resolvers anew on every turn (a service
// collection, zod checks) and caches them under this turn-state key for the turn's other dialog
// contexts. They hold no state of their own, so the first turn's set serves every later turn. If a
// later botbuilder renames the key, it simply builds them per turn again.
const STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

const GREETING = /^\s*(hallo|hoi|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|dag|start|begin|menu)\b[\s!.?]*$/i;

export class WerkloketBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly locale: StatePropertyAccessor<Locale | undefined>;
  private readonly dialogs: DialogSet;
  private stateConfiguration: unknown;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly rootDialog: Dialog,
    /** Runs before the handlers, e.g. the conversation's region into the turn state (regionTurn.ts). */
    private readonly beforeTurn?: (context: TurnContext) => Promise<void>,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.locale = conversationState.createProperty<Locale | undefined>('locale');
    this.dialogs = new DialogSet(this.dialogState).add(rootDialog);

    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (newcomers.length) {
        const dc = await this.dialogs.createContext(context);
        await dc.cancelAllDialogs();
        await dc.beginDialog(this.rootDialog.id);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      // A greeting always brings the seeker back to the front door.
      if (GREETING.test(context.activity.text ?? '')) await dc.cancelAllDialogs();
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.rootDialog.id);
      await next();
    });

    // State is saved once per turn, after every handler ran.
    this.onDialog(async (context, next) => {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION, this.stateConfiguration);
    await this.beforeTurn?.(context);
    await super.run(context);
    this.stateConfiguration ??= context.turnState.get(STATE_CONFIGURATION);
  }

  /** The language chosen in this conversation ("English please"), for every dialog of the turn. */
  async setLocale(context: TurnContext, locale: Locale): Promise<void> {
    await this.locale.set(context, locale);
    context.turnState.set(LOCALE_KEY, locale);
  }

  /** Asks the current question again (e.g. when the seeker comes back from an advisor). */
  async reprompt(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
    await this.conversationState.saveChanges(context, false);
  }

  /** Forgets this conversation's and user's state, in memory and in storage ("verwijder mijn gegevens"). */
  async forgetState(context: TurnContext): Promise<void> {
    await this.conversationState.delete(context);
    await this.userState.delete(context);
  }

  /** True while the seeker is asked to confirm "verwijder mijn gegevens" (also during a handoff). */
  async confirmingErase(context: TurnContext): Promise<boolean> {
    return onStack(await this.dialogState.get(context), ERASE_DIALOG);
  }

  /**
   * Registered first on every adapter: the conversation's chosen language for everything in the
   * turn, also the middleware that answers before the dialogs run (handoff notices, errors).
   */
  readonly localeMiddleware: Middleware = {
    onTurn: async (context, next) => {
      const locale = await this.locale.get(context);
      if (locale) context.turnState.set(LOCALE_KEY, locale);
      await next();
    },
  };
}

/** Whether a dialog with this id is on the stack, also inside component dialogs (their state.dialogs). */
function onStack(state: DialogState | undefined, id: string): boolean {
  return (state?.dialogStack ?? []).some((instance) => instance.id === id || onStack((instance.state as { dialogs?: DialogState } | undefined)?.dialogs, id));
}
