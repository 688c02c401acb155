// Werkloket advisor console: canned answers in the reply box. A labelled <select> and an
// "Invoegen" button (keyboard: "/" in an empty reply box jumps to the list) insert the text at
// the cursor, filled in by the server for this chat; the advisor edits it before sending.
// A gap the server could not fill is shown as "[invullen: …]" and selected, so it is typed over.
// Hooks: console.js fires `werkloket:detail` ({id, mine}) after showing a chat, and exposes api().
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { handoffId: null, loadedFor: null };
  const GAP = /\[invullen: [^\]]*\]/;

  const el = (tag, attrs, children) => window.WerkloketConsole.el(tag, attrs, children);

  const api = (method, path) => window.WerkloketConsole.api(method, path);
  const filledFor = async (handoffId) => (await api('GET', '/handoffs/' + encodeURIComponent(handoffId) + '/snippets')).snippets;

  function build() {
    const form = $('message-form');
    if (!form || $('snippet-select')) return;
    const select = el('select', { id: 'snippet-select', class: 'utrecht-select utrecht-select--html-select' });
    const insert = el('button', { type: 'button', id: 'snippet-insert', class: 'utrecht-button utrecht-button--secondary-action', text: 'Invoegen' });
    const bar = el('div', { class: 'snippet-bar' }, [
      el('div', { class: 'snippet-field' }, [el('label', { for: 'snippet-select', class: 'utrecht-form-label', text: 'Standaardtekst invoegen' }), select]),
      insert,
    ]);
    const status = el('p', { id: 'snippet-status', class: 'snippet-status muted', role: 'status' });
    form.insertBefore(bar, form.firstChild);
    form.insertBefore(status, bar.nextSibling);
    insert.addEventListener('click', () => insertChosen());
    select.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); insertChosen(); } });
    // "/" as the first character of the reply jumps to the list (the "/" is not typed).
    $('message-text').addEventListener('keydown', (e) => {
      if (e.key === '/' && !e.target.value && !select.disabled) { e.preventDefault(); select.focus(); }
    });
  }

  function renderOptions(snippets) {
    const select = $('snippet-select');
    const chosen = select.value;
    select.replaceChildren();
    if (!snippets.length) select.appendChild(el('option', { value: '', text: 'Nog geen standaardteksten' }));
    for (const s of snippets) select.appendChild(el('option', { value: s.id, text: s.title + (s.missing.length ? ' (zelf aanvullen)' : '') }));
    if (snippets.some((s) => s.id === chosen)) select.value = chosen;
    select.disabled = !snippets.length;
    $('snippet-insert').disabled = !snippets.length;
  }

  async function load(handoffId) {
    try {
      renderOptions(await filledFor(handoffId));
      state.loadedFor = handoffId;
    } catch (e) {
      $('snippet-status').textContent = e.message;
    }
  }

  /** Fetches the chosen text freshly filled (proposals may have changed) and puts it at the cursor. */
  async function insertChosen() {
    const id = $('snippet-select').value;
    if (!id || !state.handoffId) return;
    const status = $('snippet-status');
    status.textContent = '';
    try {
      const snippet = (await filledFor(state.handoffId)).find((s) => s.id === id);
      if (!snippet) { status.textContent = 'Deze standaardtekst bestaat niet meer.'; return load(state.handoffId); }
      const box = $('message-text');
      const start = box.selectionStart ?? box.value.length;
      box.setRangeText(snippet.text, start, box.selectionEnd ?? start, 'end');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.focus();
      const gap = GAP.exec(box.value);
      if (gap) box.setSelectionRange(gap.index, gap.index + gap[0].length);
      status.textContent = snippet.missing.length
        ? 'Ingevoegd. Vul zelf nog in: ' + (box.value.match(new RegExp(GAP.source, 'g')) || []).map((g) => g.slice(11, -1)).join(', ') + '.'
        : 'Ingevoegd. Lees het na en pas het aan voor je het verstuurt.';
    } catch (e) {
      status.textContent = e.message;
    }
  }

  document.addEventListener('werkloket:detail', (e) => {
    build();
    const { id, mine } = e.detail;
    if (id !== state.handoffId) $('snippet-status').textContent = '';
    state.handoffId = id;
    if (mine && state.loadedFor !== id) load(id);
  });
  // Sending with a gap left: say so here too (the server refuses it as well).
  document.addEventListener('submit', (e) => {
    if (e.target.id === 'message-form' && GAP.test($('message-text').value)) {
      e.preventDefault();
      e.stopImmediatePropagation();
      $('snippet-status').textContent = 'Vul eerst de plekken met [invullen: …] in.';
      const box = $('message-text');
      const gap = GAP.exec(box.value);
      box.focus();
      box.setSelectionRange(gap.index, gap.index + gap[0].length);
    }
  }, true);
  // An admin changed the list: load it again for the chat on screen.
  document.addEventListener('werkloket:snippets-changed', () => { state.loadedFor = null; if (state.handoffId && !$('message-form').hidden) load(state.handoffId); });
})();
