// req.query as restify's queryParser (qs) makes it, with a short way for the query strings the hot
// routes get (`?watermark=12`): plain `key=value` pairs, nothing to decode. Anything else (brackets,
// %-escapes, `+`, a key given twice, a name of Object's own) goes to qs as before, so every route
// sees exactly what qs would have made of it.
import restify, { type Next, type Request, type Response } from 'restify';

/** A pair qs would read as `{ key: value }` unchanged: no escapes, brackets, dots in the key or '+'. */
const PLAIN_PAIR = /^[A-Za-z0-9_-]+=[A-Za-z0-9_.~-]*$/;
/** qs drops pairs past its parameterLimit (1000); far fewer than that take the short way. */
const MAX_PLAIN_PAIRS = 20;

/** `{ key: value }` for a query of plain, distinct pairs; undefined when qs must decide. */
export function plainQuery(query: string): Record<string, string> | undefined {
  const pairs = query.split('&');
  if (pairs.length > MAX_PLAIN_PAIRS) return undefined;
  const parsed: Record<string, string> = {};
  for (const pair of pairs) {
    if (!PLAIN_PAIR.test(pair)) return undefined;
    const cut = pair.indexOf('=');
    const key = pair.slice(0, cut);
    // Twice (qs makes an array) or one of Object.prototype's names (qs drops it): qs decides.
    if (key in parsed) return undefined;
    parsed[key] = pair.slice(cut + 1);
  }
  return parsed;
}

/** restify.plugins.queryParser({ mapParams: false }), with the short way in front. */
export function queryParser(): restify.RequestHandler {
  const full = restify.plugins.queryParser({ mapParams: false });
  return (req: Request, res: Response, next: Next) => {
    const query = req.getQuery();
    const plain = query ? plainQuery(query) : undefined;
    if (!plain) return full(req, res, next);
    req.query = plain;
    return next();
  };
}
