// Starts Web Chat on the self-hosted Direct Line of this server (kept out of index.html for the CSP).
// The user id is the server's: it comes with the token. A returning seeker is recognised by an
// HttpOnly cookie this script never sees; "Gesprek afsluiten" ends the chat and forgets both.
(function () {
  const KEY = 'werkloket.session';
  const API = '/v3/directline';
  const $ = (id) => document.getElementById(id);

  function post(path, token) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(API + path, { method: 'POST', headers, body: '{}', credentials: 'same-origin' });
  }

  function save(s) {
    localStorage.setItem(KEY, JSON.stringify(s));
    return s;
  }

  // The conversation of the last visit, while its token can still be renewed; otherwise a new one.
  async function session() {
    let saved = null;
    try { saved = JSON.parse(localStorage.getItem(KEY) || 'null'); } catch (e) { /* start fresh */ }
    if (saved && saved.token && saved.conversationId && saved.userId) {
      const res = await post('/tokens/refresh', saved.token).catch(() => null);
      if (res && res.ok) return save({ ...saved, token: (await res.json()).token });
    }
    localStorage.removeItem(KEY);
    const res = await post('/tokens/generate');
    if (!res.ok) throw new Error('token ' + res.status);
    const body = await res.json();
    return save({ token: body.token, conversationId: body.conversationId, userId: body.userId });
  }

  // For a shared computer: the server ends the conversation and clears the cookie; this browser
  // forgets the token. Web Chat is stopped first, so it does not try to reconnect.
  async function endChat(directLine, s) {
    const button = $('end-chat');
    button.disabled = true;
    const token = directLine.token || s.token;
    try { directLine.end(); } catch (e) { /* already stopped */ }
    localStorage.removeItem(KEY);
    try {
      await post('/session/end', token);
    } catch (e) {
      button.disabled = false;
      $('hint').textContent = 'Afsluiten lukt nu niet. Probeer het opnieuw.';
      return;
    }
    $('webchat').hidden = true;
    $('bar').hidden = true;
    $('ended').hidden = false;
    $('new-chat').focus();
  }

  async function start() {
    try {
      // The token is asked for while Web Chat's bundle still downloads (both scripts are deferred).
      const [s] = await Promise.all([session(), new Promise((ready) => (window.WebChat ? ready() : document.addEventListener('DOMContentLoaded', ready)))]);
      const directLine = window.WebChat.createDirectLine({ token: s.token, domain: location.origin + API, webSocket: true });
      if (window.WerkloketConnection) window.WerkloketConnection.watch(directLine); // public/connection.js
      // Web Chat renews its token itself; keep the newest one for a reload of the page.
      setInterval(() => { if (directLine.token && localStorage.getItem(KEY)) save({ ...s, token: directLine.token }); }, 60000);
      window.WebChat.renderWebChat({
        directLine,
        userID: s.userId,
        locale: 'nl-NL',
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Typ je bericht' },
        styleOptions: { bubbleBorderRadius: 8, bubbleFromUserBackground: '#dce9f7', suggestedActionLayout: 'flow', sendBoxTextWrap: true, hideUploadButton: true }
      }, $('webchat'));
      const button = $('end-chat');
      button.hidden = false;
      button.addEventListener('click', () => void endChat(directLine, s));
    } catch (e) {
      localStorage.removeItem(KEY);
      $('status').textContent = 'De chat kan nu niet laden. Probeer het later opnieuw.';
    }
  }

  $('new-chat').addEventListener('click', () => location.reload());
  void start();
})();
