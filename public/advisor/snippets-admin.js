// Werkloket advisor console, admin section: canned answers (standaardteksten). Create, edit and
// delete; shown only for an admin's session (the server checks the role on every request).
// Builds its own part inside the admin section, so index.html needs only the script tag.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { editing: null, placeholders: {} };
  const ERRORS = {
    SNIPPET_TITLE_TAKEN: 'Er is al een standaardtekst met deze titel.',
    SNIPPET_PLACEHOLDER_UNKNOWN: 'De tekst gebruikt een plek die de console niet kent. Gebruik alleen de plekken hieronder.',
    BAD_REQUEST: 'Vul een titel (hoogstens 80 tekens) en een tekst (hoogstens 2000 tekens) in.',
  };

  async function api(method, path, body) {
    try {
      return await window.WerkloketConsole.api(method, path, body);
    } catch (error) {
      throw new Error(ERRORS[error.data && error.data.error && error.data.error.code] || error.message);
    }
  }

  const el = (tag, attrs, children) => window.WerkloketConsole.el(tag, attrs, children);

  function build() {
    if ($('snippet-admin')) return;
    const section = el('div', { id: 'snippet-admin' }, [
      el('h2', { text: 'Beheer: standaardteksten' }),
      el('p', { id: 'snippet-admin-error', class: 'error', role: 'alert' }),
      el('div', { class: 'table-wrap' }, [el('table', { class: 'grid' }, [
        el('thead', {}, [el('tr', {}, [el('th', { text: 'Titel' }), el('th', { text: 'Tekst' }), el('th', { text: 'Acties' })])]),
        el('tbody', { id: 'snippet-admin-list' }),
      ])]),
      el('form', { id: 'snippet-admin-form', class: 'snippet-form' }, [
        el('h3', { id: 'snippet-admin-form-title', text: 'Nieuwe standaardtekst' }),
        el('label', {}, [document.createTextNode('Titel'), el('input', { id: 'snippet-admin-title', class: 'utrecht-textbox utrecht-textbox--html-input', required: '', maxlength: '80' })]),
        el('label', {}, [document.createTextNode('Tekst'), el('textarea', { id: 'snippet-admin-text', class: 'utrecht-textarea utrecht-textarea--html-textarea', required: '', maxlength: '2000', rows: '4', 'aria-describedby': 'snippet-admin-help' })]),
        el('p', { id: 'snippet-admin-help', class: 'small muted' }),
        el('div', { class: 'buttons' }, [
          el('button', { type: 'submit', id: 'snippet-admin-save', class: 'utrecht-button utrecht-button--primary-action', text: 'Standaardtekst opslaan' }),
          el('button', { type: 'button', id: 'snippet-admin-cancel', class: 'utrecht-button utrecht-button--secondary-action', text: 'Annuleren', hidden: '' }),
        ]),
      ]),
    ]);
    // Before the accounts' own heading: canned answers first, accounts and audit log below.
    const admin = $('admin');
    admin.insertBefore(section, admin.firstChild);
    $('snippet-admin-form').addEventListener('submit', (e) => { e.preventDefault(); save(); });
    $('snippet-admin-cancel').addEventListener('click', () => edit(null));
  }

  function edit(snippet) {
    state.editing = snippet ? snippet.id : null;
    $('snippet-admin-form-title').textContent = snippet ? 'Standaardtekst wijzigen: ' + snippet.title : 'Nieuwe standaardtekst';
    $('snippet-admin-title').value = snippet ? snippet.title : '';
    $('snippet-admin-text').value = snippet ? snippet.text : '';
    $('snippet-admin-cancel').hidden = !snippet;
    if (snippet) $('snippet-admin-title').focus();
  }

  async function act(fn) {
    $('snippet-admin-error').textContent = '';
    try {
      await fn();
      document.dispatchEvent(new CustomEvent('werkloket:snippets-changed'));
    } catch (e) {
      $('snippet-admin-error').textContent = e.message;
    }
    await load().catch(() => undefined);
  }

  function save() {
    const body = { title: $('snippet-admin-title').value.trim(), text: $('snippet-admin-text').value.trim() };
    act(async () => {
      if (state.editing) await api('POST', '/admin/snippets/' + encodeURIComponent(state.editing), body);
      else await api('POST', '/admin/snippets', body);
      edit(null);
    });
  }

  function row(s) {
    const change = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', text: 'Wijzigen', 'aria-label': 'Wijzigen: ' + s.title });
    change.addEventListener('click', () => edit(s));
    const remove = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', text: 'Verwijderen', 'aria-label': 'Verwijderen: ' + s.title });
    remove.addEventListener('click', () => {
      if (window.confirm('Standaardtekst "' + s.title + '" verwijderen?')) act(() => api('DELETE', '/admin/snippets/' + encodeURIComponent(s.id)));
    });
    return el('tr', {}, [el('td', { text: s.title }), el('td', { class: 'text', text: s.text }), el('td', {}, [change, remove])]);
  }

  async function load() {
    const { snippets, placeholders } = await api('GET', '/snippets');
    state.placeholders = placeholders;
    $('snippet-admin-list').replaceChildren(...(snippets.length ? snippets.map(row) : [el('tr', {}, [el('td', { colspan: '3', class: 'muted', text: 'Nog geen standaardteksten.' })])]));
    $('snippet-admin-help').textContent = 'Plekken die de console per gesprek invult: ' + Object.entries(placeholders).map(([k, v]) => '{' + k + '} = ' + v).join('; ') + '.';
  }

  document.addEventListener('werkloket:session', (e) => {
    const me = e.detail;
    if (!me || me.role !== 'admin') return;
    build();
    load().catch((err) => { $('snippet-admin-error').textContent = err.message; });
  });
})();
