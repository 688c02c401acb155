// Where the CloudAdapter may send: a serviceUrl comes from the caller (an activity, a stored
// reference), and the adapter POSTs replies there with the bot's credentials. Only Microsoft's
// Bot Framework and Teams services, the operator's configured Teams URL, and (for the local
// Emulator only) this machine are allowed. Pure: no I/O.

export interface ServiceUrlPolicyOptions {
  /** Extra base URLs the operator configured (TEAMS_ESCALATION_SERVICE_URL): same origin, path below it. */
  configured?: (string | undefined)[];
  /** EMULATOR_MODE: http(s)://localhost, 127.x.x.x and [::1] too. */
  allowLoopback: boolean;
}

export type ServiceUrlPolicy = (serviceUrl: unknown) => boolean;

const TEAMS_HOST = 'smba.trafficmanager.net';
const BOT_FRAMEWORK_SUFFIX = '.botframework.com';

export function serviceUrlPolicy(options: ServiceUrlPolicyOptions): ServiceUrlPolicy {
  const configured = (options.configured ?? []).map((u) => (u ? parse(u) : undefined)).filter((u): u is URL => u !== undefined);
  return (serviceUrl) => {
    const url = typeof serviceUrl === 'string' ? parse(serviceUrl) : undefined;
    if (!url || url.username || url.password) return false;
    if (url.protocol === 'https:' && url.port === '') {
      if (url.hostname === TEAMS_HOST || url.hostname.endsWith(BOT_FRAMEWORK_SUFFIX)) return true;
    }
    if (configured.some((base) => below(url, base))) return true;
    return options.allowLoopback && (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
  };
}

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Same scheme, host and port, and a path at or below the configured one. */
function below(url: URL, base: URL): boolean {
  if (url.protocol !== base.protocol || url.host !== base.host) return false;
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return url.pathname === base.pathname || url.pathname.startsWith(prefix);
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
