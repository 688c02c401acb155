// The Bot Framework adapter for /api/messages (Emulator, Teams, Azure channels). With an app id it
// validates every request's JWT; without one, auth is off (local development and the Emulator).
import { conversationLocale } from '../dialogs/turn';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { withoutText, type Logger } from '../logger';
import { textsFor } from '../texts';
import { TURN_FAILED } from './transcriptMiddleware';

export function createCloudAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftApp.id ?? '',
    MicrosoftAppPassword: config.microsoftApp.password ?? '',
    MicrosoftAppTenantId: config.microsoftApp.tenantId ?? '',
    MicrosoftAppType: config.microsoftApp.type,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}

/**
 * Logs the error with its stack and a masked message that keeps none of the seeker's words (also
 * for a thrown value that is not an Error), and tells the seeker something went wrong, in their
 * language.
 */
export function turnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    const err = withoutText(error, context.activity.text);
    logger.error({ err, conversationId: context.activity.conversation?.id, channel: context.activity.channelId }, 'turn failed');
    try {
      context.turnState.set(TURN_FAILED, true);
      await context.sendActivity(textsFor(conversationLocale(context)).error);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the seeker about the error');
    }
  };
}
