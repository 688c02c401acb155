// The ActivityHandler: greets new members and runs the dialog stack for every message.
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';

const GREETING = /^\s*(hallo|hoi|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|dag|start|begin|menu)\b[\s!.?]*$/i;

export class WerkloketBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly mainDialog: Dialog,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(mainDialog);

    this.onMembersAdded(async (context, next) => {
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (newcomers.length) {
        const dc = await this.dialogs.createContext(context);
        await dc.cancelAllDialogs();
        await dc.beginDialog(this.mainDialog.id);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      // A greeting always brings the seeker back to the front door.
      if (GREETING.test(context.activity.text ?? '')) await dc.cancelAllDialogs();
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.mainDialog.id);
      await next();
    });

    // State is saved once per turn, after every handler ran.
    this.onDialog(async (context, next) => {
      await this.conversationState.saveChanges(context, false);
      await this.userState.saveChanges(context, false);
      await next();
    });
  }
}
