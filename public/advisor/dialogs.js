// Werkloket advisor console: modal dialogs (<dialog> with showModal: the page behind is inert, Esc
// closes). Tab stays inside; on close the focus goes back to where it was. Used for the shortcut
// list, for "close a chat nobody answered?" (never the browser's confirm()) and for a reason to give.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

  function trap(dialog) {
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab') return;
      const items = [...dialog.querySelectorAll(FOCUSABLE)].filter((n) => !n.closest('[hidden]'));
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    });
  }

  /** Opens `dialog` modally; resolves with its returnValue when it closes (Esc: ''), focus restored. */
  function open(dialog, focusFirst) {
    const opener = document.activeElement;
    // The chat list is drawn anew every few seconds: the opener may be replaced by its twin (same data-id).
    const openerId = opener && opener.dataset ? opener.dataset.id : undefined;
    dialog.returnValue = '';
    dialog.showModal();
    if (focusFirst) focusFirst.focus();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => {
        const back = opener && opener.isConnected ? opener : openerId ? document.querySelector('[data-id="' + CSS.escape(openerId) + '"]') : null;
        if (back && typeof back.focus === 'function') back.focus();
        resolve(dialog.returnValue);
      }, { once: true });
    });
  }

  /** An accessible yes/no question; true only for the confirming button. */
  async function confirm(title, text, yes) {
    const dialog = document.getElementById('confirm-dialog');
    document.getElementById('confirm-title').textContent = title;
    document.getElementById('confirm-text').textContent = text;
    document.getElementById('confirm-yes').textContent = yes;
    // The safe answer has the focus: Enter by habit does not close the chat.
    return (await open(dialog, document.getElementById('confirm-no'))) === 'yes';
  }

  /** A question with a written answer (a reason, a why): the text, or null when cancelled. */
  async function ask(title, label, yes, hint) {
    const answer = document.getElementById('ask-answer');
    document.getElementById('ask-title').textContent = title;
    document.getElementById('ask-label').textContent = label;
    document.getElementById('ask-hint').textContent = hint || '';
    document.getElementById('ask-yes').textContent = yes;
    answer.value = '';
    const said = await open(document.getElementById('ask-dialog'), answer);
    return said === 'yes' && answer.value.trim() ? answer.value.trim() : null;
  }

  function showShortcuts() {
    const dialog = document.getElementById('shortcuts-dialog');
    if (dialog.open) return Promise.resolve('');
    return open(dialog, document.getElementById('shortcuts-close'));
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const dialog of document.querySelectorAll('dialog')) trap(dialog);
    document.getElementById('shortcuts-open').addEventListener('click', showShortcuts);
  });

  W.dialogs = { confirm, ask, showShortcuts };
})();
