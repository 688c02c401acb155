// The baseline: a bare botbuilder echo bot, no dialogs, no state.
import { ActivityHandler } from 'botbuilder';

export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}
