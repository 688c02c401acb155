// Werkloket advisor console: shared helpers and Dutch labels, for the other console scripts.
// Plain JS, no build step; every script adds its part to window.WerkloketConsole.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const child of children || []) if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    return node;
  }

  function button(text, className, onClick) {
    const node = el('button', { type: 'button', class: 'utrecht-button ' + (className || 'utrecht-button--secondary-action'), text });
    node.addEventListener('click', onClick);
    return node;
  }

  function minutesSince(iso) {
    return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60000));
  }
  function time(iso) {
    return new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
  }

  const labels = {
    PRIORITY: { crisis: 'CRISIS', urgent: 'Urgent', high: 'Hoog', normal: 'Normaal' },
    CHANNEL: { directline: 'Website', msteams: 'Teams', whatsapp: 'WhatsApp', emulator: 'Emulator', webchat: 'Web Chat' },
    OUTCOME: { 'back-to-bot': 'Terug naar de bot (adviseur)', 'seeker-back-to-bot': 'Terug naar de bot (werkzoekende)', erased: 'Gegevens verwijderd (werkzoekende)', 'chat-ended': 'Gesprek afgesloten (werkzoekende)' },
    SENDER: { seeker: 'Werkzoekende', bot: 'Werkloket', advisor: 'Adviseur', system: 'Werkloket' },
  };

  function waitLabel(h) {
    if (h.status === 'waiting') return 'wacht ' + minutesSince(h.waitingSince) + ' min';
    if (h.status === 'active') return 'bij ' + (h.claimedBy ? h.claimedBy.name : '?');
    return labels.OUTCOME[h.outcome] || h.outcome || 'gesloten';
  }

  /** Above normal: shown in words as well as in colour (never colour alone). */
  const isPriority = (h) => h.priorityName && h.priorityName !== 'normal';

  /** Moves focus after an action; the target gets tabindex=-1 when it is not focusable by itself. */
  function focusOn(node) {
    if (!node || node.hidden || node.closest('[hidden]')) return false;
    if (!node.matches('a[href], button, input, select, textarea, [tabindex]')) node.setAttribute('tabindex', '-1');
    node.focus();
    return document.activeElement === node;
  }

  W.dom = { $: (id) => document.getElementById(id), el, button, minutesSince, time, labels, waitLabel, isPriority, focusOn };
  // snippets.js and snippets-admin.js build their elements with the same el().
  W.el = el;
})();
