// Werkloket advisor console: while the advisor types a reply, the seeker sees "typing" (POST
// …/typing, at most one every 3 s; the server checks that this advisor holds the chat).
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const EVERY_MS = 3000;
  let last = 0;
  let lastChat = null;

  function typed() {
    const d = W.state && W.state.detail;
    if (!d || d.status !== 'active' || !d.claimedBy || d.claimedBy.id !== W.state.me.id) return;
    const now = Date.now();
    if (lastChat === d.id && now - last < EVERY_MS) return;
    last = now;
    lastChat = d.id;
    W.api('POST', '/handoffs/' + encodeURIComponent(d.id) + '/typing').catch(() => undefined);
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('message-text').addEventListener('input', (e) => {
      if (e.target.value.trim()) typed();
    });
    // After sending, the next keystroke may show typing again at once.
    document.getElementById('message-form').addEventListener('submit', () => { last = 0; });
  });

  W.typing = { sent: () => last };
})();
