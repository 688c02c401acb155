// Starts Web Chat on the self-hosted Direct Line of this server (kept out of index.html for the CSP).
(async function () {
  const KEY = 'werkloket.session';
  const newUserId = () => 'u-' + Math.random().toString(36).slice(2) + Date.now().toString(36);

  // Keep the conversation across page reloads while its token is valid.
  async function session() {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (saved && saved.expiresAt > Date.now() + 60000) return saved;
    } catch (e) { /* start fresh */ }
    const userId = newUserId();
    const res = await fetch('/v3/directline/tokens/generate', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: { id: userId } })
    });
    if (!res.ok) throw new Error('token ' + res.status);
    const body = await res.json();
    const fresh = { token: body.token, conversationId: body.conversationId, userId, expiresAt: Date.now() + body.expires_in * 1000 };
    localStorage.setItem(KEY, JSON.stringify(fresh));
    return fresh;
  }

  try {
    const s = await session();
    const directLine = window.WebChat.createDirectLine({ token: s.token, domain: location.origin + '/v3/directline', webSocket: true });
    window.WebChat.renderWebChat({
      directLine,
      userID: s.userId,
      locale: 'nl-NL',
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Typ je bericht' },
      styleOptions: { bubbleBorderRadius: 8, bubbleFromUserBackground: '#dce9f7', suggestedActionLayout: 'flow', sendBoxTextWrap: true, hideUploadButton: true }
    }, document.getElementById('webchat'));
  } catch (e) {
    localStorage.removeItem(KEY);
    document.getElementById('status').textContent = 'De chat kan nu niet laden. Probeer het later opnieuw.';
  }
})();
