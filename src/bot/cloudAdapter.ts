// The Bot Framework adapter for /api/messages (Emulator, Teams, Azure channels). With an app id it
// validates every request's JWT; without one, auth is off, which /api/messages allows only in
// EMULATOR_MODE (see apiMessages.ts). Every turn and every proactive send goes only to a serviceUrl
// on the allow-list (channels/serviceUrls.ts): the adapter would otherwise POST replies, with the
// bot's credentials, wherever an activity or a stored reference points.
import { conversationLocale } from '../dialogs/turn';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConversationParameters,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import { withoutText, type Logger } from '../logger';
import { textsFor } from '../texts';
import { serviceUrlPolicy, type ServiceUrlPolicy } from '../channels/serviceUrls';
import { TURN_FAILED } from './transcriptMiddleware';

type Logic = (context: TurnContext) => Promise<void>;
type Auth = ConfigurationBotFrameworkAuthentication;
export type AuthenticateRequestResult = Awaited<ReturnType<Auth['authenticateRequest']>>;

/** A serviceUrl outside the allow-list: nothing was sent. */
export class ServiceUrlNotAllowedError extends Error {
  constructor() {
    super('The serviceUrl is not on the allow-list; nothing was sent.');
    this.name = 'ServiceUrlNotAllowedError';
  }
}

export class WerkloketCloudAdapter extends CloudAdapter {
  constructor(
    private readonly auth: Auth,
    /** Whether an app id is configured (false: requests are not authenticated). */
    readonly authEnabled: boolean,
    readonly allowsServiceUrl: ServiceUrlPolicy,
    private readonly logger: Logger,
  ) {
    super(auth);
  }

  /** Validates the request's Bot Framework JWT (anonymous without an app id). Throws on a bad token. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.auth.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an activity /api/messages authenticated and checked. */
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }

  // Every inbound turn (HTTP or streaming) passes here before a connector for its serviceUrl exists.
  protected override async processActivity(auth: string | AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    this.guard(activity.serviceUrl, 'turn', activity.conversation?.id);
    return typeof auth === 'string' ? super.processActivity(auth, activity, logic) : super.processActivity(auth, activity, logic);
  }

  // Every proactive send (continueConversationAsync: advisor messages, notices, the Teams escalation).
  protected override async processProactive(claims: Parameters<CloudAdapter['continueConversationAsync']>[0] & object, continuation: Partial<Activity>, audience: string | undefined, logic: Logic): Promise<void> {
    this.guard(continuation.serviceUrl, 'proactive', continuation.conversation?.id);
    return super.processProactive(claims, continuation, audience, logic);
  }

  override async createConversationAsync(botAppId: string, channelId: string, serviceUrl: string, audience: string, parameters: ConversationParameters, logic: Logic): Promise<void> {
    this.guard(serviceUrl, 'create', undefined);
    return super.createConversationAsync(botAppId, channelId, serviceUrl, audience, parameters, logic);
  }

  private guard(serviceUrl: string | undefined, kind: string, conversationId: string | undefined): void {
    if (this.allowsServiceUrl(serviceUrl)) return;
    // The host only: enough to see what was refused, nothing about the seeker.
    this.logger.warn({ kind, conversationId, serviceUrlHost: hostOf(serviceUrl) }, 'refused a serviceUrl outside the allow-list');
    throw new ServiceUrlNotAllowedError();
  }
}

function hostOf(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value).host : undefined;
  } catch {
    return 'invalid';
  }
}

export function createCloudAdapter(config: Config, logger: Logger): WerkloketCloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftApp.id ?? '',
    MicrosoftAppPassword: config.microsoftApp.password ?? '',
    MicrosoftAppTenantId: config.microsoftApp.tenantId ?? '',
    MicrosoftAppType: config.microsoftApp.type,
  });
  const policy = serviceUrlPolicy({ configured: [config.teamsEscalation?.serviceUrl], allowLoopback: config.emulatorMode });
  const adapter = new WerkloketCloudAdapter(auth, Boolean(config.microsoftApp.id), policy, logger);
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
