// The host name the website's chat was started on (the Host header of POST /conversations), handed
// to the bot with the greeting so it can tell which region's website this is. Carried as a symbol
// on the server-built activity: a client cannot send it, and it is never stored or echoed.
export const SITE_HOST = Symbol('werkloket.siteHost');

/** The Host header as a host name candidate (at most 255 characters; anything else: none). */
export function requestHost(headers: Record<string, string | string[] | undefined>): string | undefined {
  const host = headers.host;
  return typeof host === 'string' && host.length > 0 && host.length <= 255 ? host : undefined;
}

/** The host the server noted on this activity (only the website's greeting has one). */
export function siteHostOf(activity: object): string | undefined {
  const host = (activity as { [SITE_HOST]?: unknown })[SITE_HOST];
  return typeof host === 'string' ? host : undefined;
}
