// Starts Web Chat on the self-hosted Direct Line of this server (kept out of index.html for the CSP).
// The user id is the server's: it comes with the token. A returning seeker is recognised by an
// HttpOnly cookie this script never sees; "Gesprek afsluiten" ends the chat and forgets both.
// Language and texts come from site.js; colours and font from the design tokens (theme.css).
(function () {
  const KEY = 'werkloket.session';
  const API = '/v3/directline';
  const $ = (id) => document.getElementById(id);
  const page = window.werkloketPage;
  const webChatLocale = () => (page.lang() === 'en' ? 'en-US' : 'nl-NL');

  // Web Chat draws itself with inline styles: give it the house style's tokens.
  function styleOptions() {
    const css = getComputedStyle(document.documentElement);
    const token = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
    const primary = token('--werkloket-color-primary', '#154273');
    return {
      accent: primary,
      primaryFont: token('--werkloket-font-family', 'system-ui, sans-serif'),
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      bubbleFromUserBackground: token('--werkloket-color-accent-surface', '#dce9f7'),
      bubbleFromUserTextColor: token('--werkloket-color-text', '#1b1f24'),
      bubbleTextColor: token('--werkloket-color-text', '#1b1f24'),
      suggestedActionBorderColor: primary,
      suggestedActionTextColor: primary,
      suggestedActionBorderRadius: 8,
      sendBoxButtonColor: primary,
      suggestedActionLayout: 'flow',
      sendBoxTextWrap: true,
      hideUploadButton: true
    };
  }

  function post(path, token, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(API + path, { method: 'POST', headers, body: JSON.stringify(body || {}), credentials: 'same-origin' });
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
    return { ...save({ token: body.token, conversationId: body.conversationId, userId: body.userId }), fresh: true };
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
      $('hint').textContent = page.texts().endFailed;
      return;
    }
    $('webchat').hidden = true;
    $('bar').hidden = true;
    $('ended').hidden = false;
    $('new-chat').focus();
  }

  // An employer's van werk naar werk link ("/?code=ABCD-EFGH"): a new conversation is started
  // here with the code (DirectLineJS sends only the locale), so the greeting turn knows it and
  // Web Chat's own start finds it started; in a conversation already going it is typed instead.
  function groupCode() {
    const code = new URLSearchParams(location.search).get('code');
    return code && /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/.test(code) ? code.toUpperCase() : null;
  }

  async function start() {
    try {
      // The token is asked for while Web Chat's bundle still downloads (both scripts are deferred).
      const [s] = await Promise.all([session(), new Promise((ready) => (window.WebChat ? ready() : document.addEventListener('DOMContentLoaded', ready)))]);
      // A new conversation's greeting comes in the page's language (POST /conversations {locale}).
      const code = groupCode();
      if (code && s.fresh) await post('/conversations', s.token, { locale: webChatLocale(), groupCode: code }).catch(() => null);
      const directLine = window.WebChat.createDirectLine({
        token: s.token, domain: location.origin + API, webSocket: true, conversationStartProperties: { locale: webChatLocale() }
      });
      if (window.WerkloketConnection) window.WerkloketConnection.watch(directLine); // public/connection.js
      // Web Chat renews its token itself; keep the newest one for a reload of the page.
      setInterval(() => { if (directLine.token && localStorage.getItem(KEY)) save({ token: directLine.token, conversationId: s.conversationId, userId: s.userId }); }, 60000);
      const language = window.werkloketChatLanguage(s.userId, s.fresh);
      const store = window.WebChat.createStore({}, language.middleware);
      const render = () => window.WebChat.renderWebChat({
        directLine,
        store,
        userID: s.userId,
        locale: webChatLocale(),
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: page.texts().typeMessage },
        styleOptions: styleOptions()
      }, $('webchat'));
      render();
      language.attach(store, render);
      if (code && !s.fresh) setTimeout(() => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { method: 'keyboard', text: 'code ' + code } }), 0);
      const button = $('end-chat');
      button.hidden = false;
      button.addEventListener('click', () => { language.forget(); void endChat(directLine, s); });
    } catch (e) {
      localStorage.removeItem(KEY);
      $('status').textContent = page.texts().loadFailed;
    }
  }

  $('new-chat').addEventListener('click', () => location.reload());
  void start();
})();
