// Werkloket advisor console: keyboard shortcuts. Single keys act only when the focus is not in a
// text field (typing "o" in a reply must never take over a chat); Esc leaves a field, after which
// the keys work again. The "?" dialog lists them (dialogs.js). Actions come from console.js.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});

  /** Key → [what it does (shown in the "?" dialog), action name in W.actions]. */
  const SHORTCUTS = {
    n: ['Het volgende wachtende gesprek openen', 'nextWaiting'],
    o: ['Gesprek overnemen', 'claim'],
    t: ['Terug naar de bot', 'release'],
    a: ['Afsluiten: naar de uitkomst', 'focusClose'],
    r: ['Naar het antwoordvak', 'focusReply'],
    w: ['Naar de wachtrij', 'focusQueue'],
    '?': ['Deze lijst met sneltoetsen', 'showShortcuts'],
  };

  function typingInField(target) {
    return Boolean(target && target.closest && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
  }

  function onKey(e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (document.querySelector('dialog[open]')) return; // the dialog handles its own keys
    if (W.state && !W.state.me) return; // not logged in
    if (e.key === 'Escape' && typingInField(e.target)) {
      // Out of the field, to the chat's heading (or the queue; on a mediation page its heading).
      e.preventDefault();
      if (!(W.views && W.views.leaveField(e.target))) W.actions.leaveField(e.target);
      return;
    }
    if (typingInField(e.target)) return;
    const shortcut = SHORTCUTS[e.key.toLowerCase()] || SHORTCUTS[e.key];
    if (!shortcut) return;
    e.preventDefault();
    // On a mediation page a chat's key first shows the chats; only "next" and "queue" go on from there.
    if (W.views && !W.views.chatsShown() && shortcut[1] !== 'showShortcuts') {
      W.views.show('chats');
      history.replaceState(null, '', '#/gesprekken');
      if (!['nextWaiting', 'focusQueue'].includes(shortcut[1])) return W.actions.focusQueue();
    }
    W.actions[shortcut[1]]();
  }

  function renderList() {
    const list = document.getElementById('shortcut-list');
    list.replaceChildren();
    for (const [key, [what]] of Object.entries(SHORTCUTS)) {
      list.append(W.dom.el('dt', {}, [W.dom.el('kbd', { text: key === '?' ? '?' : key.toUpperCase() })]), W.dom.el('dd', { text: what }));
    }
    list.append(W.dom.el('dt', {}, [W.dom.el('kbd', { text: 'Esc' })]), W.dom.el('dd', { text: 'Uit een tekstvak (daarna werken de sneltoetsen weer)' }));
    list.append(W.dom.el('dt', {}, [W.dom.el('kbd', { text: 'Enter' })]), W.dom.el('dd', { text: 'In het antwoordvak: versturen (Shift+Enter: nieuwe regel)' }));
  }

  document.addEventListener('DOMContentLoaded', () => {
    renderList();
    document.addEventListener('keydown', onKey);
  });

  W.keyboard = { SHORTCUTS };
})();
