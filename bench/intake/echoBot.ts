// The baselines: bare botbuilder echo bots, no dialogs.
import { ActivityHandler, ConversationState, MemoryStorage, type StatePropertyAccessor, type TurnContext } from 'botbuilder';

/** Stateless: served on Werkloket's full stack and database (bench/intake/server.ts). */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

/**
 * With conversation state in botbuilder's MemoryStorage, read and written every turn as a bot with
 * state does (bench/intake/memoryEcho.ts): the cost floor of a stateful bot on this framework.
 */
export class MemoryStateEchoBot extends ActivityHandler {
  private readonly state = new ConversationState(new MemoryStorage());
  private readonly turns: StatePropertyAccessor<number> = this.state.createProperty('turns');

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const turns = (await this.turns.get(context, 0)) + 1;
      await this.turns.set(context, turns);
      await context.sendActivity(`echo ${turns}: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context);
  }
}
