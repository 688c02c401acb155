// Werkloket advisor console: the one way to the API (/advisor/api: JSON, session cookie), with the
// coded errors in Dutch. A 401 announces 'werkloket:unauthenticated' (console.js shows the log-in).
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const API = '/advisor/api';

  const ERRORS = {
    INVALID_CREDENTIALS: 'Het e-mailadres of wachtwoord klopt niet.',
    RATE_LIMITED: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
    CHAT_FORBIDDEN: 'Dit gesloten gesprek is alleen te lezen voor wie het had, het team en beheerders.',
    FORBIDDEN_ROLE: 'Dit mag alleen een beheerder.',
    BAD_COOKIE: 'Log opnieuw in.',
    NOT_HOLDER: 'Een andere adviseur heeft dit gesprek.',
    NOT_CLAIMED: 'Neem het gesprek eerst over.',
    HANDOFF_CLOSED: 'Dit gesprek is al afgesloten.',
    SEEKER_UNREACHABLE: 'Het bericht kon niet worden bezorgd.',
    PLACEHOLDER_UNFILLED: 'Vul eerst de plekken met [invullen: …] in.',
  };

  function explain(status, data) {
    const code = data && data.error && data.error.code;
    if (code === 'ALREADY_CLAIMED') return 'Dit gesprek is al overgenomen door ' + ((data.claimedBy && data.claimedBy.name) || 'een andere adviseur') + '.';
    return ERRORS[code] || (data && data.error && data.error.message) || 'Er ging iets mis (' + status + ').';
  }

  /** `options.contentType`: `body` is sent as it is (a CSV import), not as JSON. */
  async function api(method, path, body, options) {
    const raw = Boolean(options && options.contentType);
    const res = await fetch(API + path, {
      method,
      credentials: 'same-origin',
      headers: method === 'GET' ? {} : { 'Content-Type': raw ? options.contentType : 'application/json' },
      body: method === 'GET' ? undefined : raw ? body : JSON.stringify(body || {}),
    });
    let data = null;
    try { data = await res.json(); } catch (e) { /* empty body */ }
    if (res.status === 401 && path !== '/login') document.dispatchEvent(new CustomEvent('werkloket:unauthenticated'));
    if (!res.ok) {
      const error = new Error(explain(res.status, data));
      error.status = res.status;
      error.data = data;
      throw error;
    }
    return data;
  }

  // admin.js and the other scripts talk to the API through this one function.
  W.api = api;
  W.API = API;
})();
