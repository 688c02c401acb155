// Every coded API error in one place: status, code and a message a developer can act on.
export const ERRORS = {
  BAD_REQUEST: [400, 'The request body is not valid.'],
  INVALID_JSON: [400, 'The request body is not valid JSON.'],
  TEXT_TOO_LONG: [413, 'The message text is too long.'],
  TOKEN_MISSING: [401, 'A Bearer token is required.'],
  TOKEN_INVALID: [403, 'The token is invalid, expired, or not for this conversation.'],
  NOT_FOUND: [404, 'Not found.'],
  METHOD_NOT_ALLOWED: [405, 'This method is not allowed here.'],
  PAYLOAD_TOO_LARGE: [413, 'The request body is too large.'],
  BODY_TIMEOUT: [408, 'The request body did not arrive in time.'],
  CONVERSATION_ENDED: [404, 'This conversation has ended.'],
  RATE_LIMITED: [429, 'Too many requests. Please wait a moment and try again.'],
  UNAVAILABLE: [503, 'The service is temporarily unavailable. Please try again shortly.'],
  INTERNAL: [500, 'Something went wrong on our side.'],
  // Website Direct Line (src/channels/directline)
  WATERMARK_INVALID: [400, 'The watermark must be a whole number from 0 to 2147483647.'],
  CONVERSATION_ID_INVALID: [400, 'The conversation id is malformed.'],
  TOKEN_TOO_OLD: [403, 'This conversation reached the maximum token lifetime: start a new conversation (tokens/generate).'],
  TOO_MANY_STREAMS: [429, 'Too many open chat streams from this address.'],
  // Advisor console (src/advisor)
  UNAUTHENTICATED: [401, 'Log in first.'],
  INVALID_CREDENTIALS: [401, 'Wrong e-mail address or password.'],
  BAD_COOKIE: [400, 'The session cookie is malformed or sent more than once: log in again.'],
  FORBIDDEN_ROLE: [403, 'Only administrators may do this.'],
  CHAT_FORBIDDEN: [403, "A closed chat can be read only by its holder, advisors of the holder's team and administrators."],
  OTHER_REGION: [403, "This chat is of a seeker in another region: only that region's console team and administrators can see or take it."],
  EMAIL_TAKEN: [409, 'An advisor with this e-mail address exists already.'],
  CANNOT_CHANGE_SELF: [409, 'You cannot disable yourself or take away your own admin role.'],
  FORBIDDEN_ORIGIN: [403, 'This request comes from another site.'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'Send the request body as application/json.'],
  ALREADY_CLAIMED: [409, 'Another advisor already holds this chat.'],
  NOT_HOLDER: [409, 'You do not hold this chat.'],
  NOT_CLAIMED: [409, 'Nobody holds this chat yet: claim it first.'],
  HANDOFF_CLOSED: [409, 'This chat is closed.'],
  SNIPPET_TITLE_TAKEN: [409, 'A canned answer with this title exists already.'],
  SNIPPET_PLACEHOLDER_UNKNOWN: [400, 'The text uses a placeholder the console does not know.'],
  PLACEHOLDER_UNFILLED: [400, 'The message still holds a placeholder or an "[invullen: …]" gap: fill it in first.'],
  TYPING_FORBIDDEN: [403, 'Only the advisor who holds this chat can show the seeker that they are typing.'],
  SEEKER_UNREACHABLE: [502, "The message could not be delivered to the seeker's channel."],
  // Bemiddeling in the console (src/advisor/mediationRoutes.ts)
  VACANCY_CLOSED: [409, 'This vacancy is closed.'],
  VACANCY_NOT_DRAFT: [409, 'Only a draft vacancy can be published: this one is published or closed already.'],
  VACANCY_EXPIRED: [409, 'The closing date of this vacancy has passed: set a later closesAt first.'],
  VACANCY_NOT_OPEN: [409, 'Candidates can be introduced only to a published vacancy before its closing date.'],
  SEEKER_NOT_MATCHABLE: [409, 'This seeker has not agreed to be matched with employers (consent "matching").'],
  IMPORT_INVALID: [422, 'No row of the import could be read: see skipped for the reason per row.'],
  INTRODUCTION_CONFLICT: [409, 'Another advisor changed this introduction at the same moment: reload it.'],
  INTRODUCTION_NOT_ALLOWED: [409, 'This introduction cannot move to that status from its current status.'],
  REASON_REQUIRED: [400, 'Give a reason for "niet aangenomen".'],
  // Regional budget in the console (src/advisor/budgetRoutes.ts)
  BUDGET_EXHAUSTED: [409, "This year's budget of the scheme has not enough left for this amount."],
  ALREADY_DECIDED: [409, 'This application has been granted or refused already.'],
  AMOUNT_TOO_HIGH: [400, "The amount is above the application's cost or the scheme's maximum per person."],
  NOT_GRANTED: [409, 'Only a granted application that is not paid in full can be paid.'],
  SCHEME_UNKNOWN: [409, "This application's scheme is no longer in the region's content (content/regions/<id>/schemes.json)."],
  // WhatsApp webhook (src/channels/whatsapp)
  SIGNATURE_INVALID: [401, 'The X-Hub-Signature-256 header is missing or does not match the body.'],
  VERIFY_TOKEN_INVALID: [403, 'hub.mode or hub.verify_token is wrong.'],
  WHATSAPP_DISABLED: [503, 'WhatsApp is not configured on this server (set WHATSAPP_VERIFY_TOKEN, WHATSAPP_APP_SECRET, WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN).'],
  // Bot Framework endpoint (/api/messages)
  BOT_ENDPOINT_OFF: [503, '/api/messages is off: set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) for Teams and Azure channels, or EMULATOR_MODE=true for the Bot Framework Emulator on this machine.'],
  EMULATOR_LOOPBACK_ONLY: [403, 'EMULATOR_MODE accepts /api/messages only from this machine (a loopback address).'],
  BOT_TOKEN_INVALID: [401, 'A valid Bot Framework token is required (Authorization: Bearer ...).'],
  CHANNEL_NOT_ALLOWED: [403, 'This channel does not post to /api/messages: the website and WhatsApp have their own endpoints.'],
  SERVICE_URL_NOT_ALLOWED: [403, 'The serviceUrl is not allowed: only https://*.botframework.com, https://smba.trafficmanager.net, TEAMS_ESCALATION_SERVICE_URL, and loopback in EMULATOR_MODE.'],
  CONVERSATION_CHANNEL_MISMATCH: [409, 'This conversation id belongs to another channel.'],
  // Take-away overview (src/overview)
  OVERVIEW_CODE_MISSING: [400, 'Give the code and the name of your organisation.'],
  OVERVIEW_CODE_INVALID: [404, 'There is no overview with this code.'],
  OVERVIEW_CODE_EXPIRED: [410, 'This code has expired.'],
  OVERVIEW_CODE_USED_UP: [410, 'This code has been used as often as it may be.'],
  OVERVIEW_CODE_WITHDRAWN: [410, 'The job seeker withdrew this code.'],
  OVERVIEW_LINK_INVALID: [403, 'This overview link is invalid or has expired.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof ERRORS;

/** restify's own errors (body parsing, routing) in the same coded form as ours. */
export const RESTIFY_ERROR_CODES: Record<string, ErrorCode> = {
  InvalidContentError: 'INVALID_JSON',
  BadRequestError: 'BAD_REQUEST',
  ResourceNotFoundError: 'NOT_FOUND',
  MethodNotAllowedError: 'METHOD_NOT_ALLOWED',
  PayloadTooLargeError: 'PAYLOAD_TOO_LARGE',
  RequestEntityTooLargeError: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaTypeError: 'UNSUPPORTED_MEDIA_TYPE',
  InternalError: 'INTERNAL',
  InternalServerError: 'INTERNAL',
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ?? ERRORS[code][1]);
    this.name = 'ApiError';
    this.status = ERRORS[code][0];
  }

  toJSON(): { error: { code: ErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}
