// Werkloket advisor console, admin section: accounts (create, role, team, disable/enable, new
// password) and the audit log. Plain JS, no build step; shown only when console.js announces an
// admin's session. The server checks the role on every request (403 for advisors).
(function () {
  'use strict';
  const API = '/admin';
  const $ = (id) => document.getElementById(id);
  const ROLE = { advisor: 'adviseur', werkgeversadviseur: 'werkgeversadviseur', budgetbeheerder: 'budgetbeheerder', admin: 'beheerder' };
  const ACTION = {
    'handoff.read': 'gesprek gelezen',
    'handoff.read-refused': 'gesprek lezen geweigerd',
    'advisor.create': 'account gemaakt',
    'advisor.update': 'account gewijzigd',
    'advisor.disable': 'account uitgezet',
    'advisor.enable': 'account aangezet',
    'advisor.password-reset': 'nieuw wachtwoord',
    'snippet.create': 'standaardtekst gemaakt',
    'snippet.update': 'standaardtekst gewijzigd',
    'snippet.delete': 'standaardtekst verwijderd',
  };
  const state = { me: null, auditNext: undefined };

  // console.js's api (errors, and back to the log-in when the session ended), with the texts of
  // the account errors only this section meets.
  async function api(method, path, body) {
    try {
      return await window.WerkloketConsole.api(method, API + path, body);
    } catch (error) {
      throw new Error(ACCOUNT_ERRORS[error.data && error.data.error && error.data.error.code] || error.message);
    }
  }

  const ACCOUNT_ERRORS = {
    EMAIL_TAKEN: 'Er is al een account met dit e-mailadres.',
    CANNOT_CHANGE_SELF: 'Je kunt jezelf niet uitzetten of je eigen beheerrol afnemen.',
    BAD_REQUEST: 'Controleer de velden (wachtwoord: minstens 12 tekens).',
  };

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  function button(text, onClick, secondary) {
    const b = el('button', { type: 'button', class: 'utrecht-button ' + (secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'), text });
    b.addEventListener('click', onClick);
    return b;
  }

  async function act(fn) {
    $('admin-error').textContent = '';
    try {
      await fn();
    } catch (e) {
      $('admin-error').textContent = e.message;
    }
    await Promise.all([loadAccounts(), loadAudit(true)]).catch(() => undefined);
  }

  /** A generated password is shown once, here; the server keeps only its hash. */
  function showSecret(advisor, password) {
    const box = $('account-secret');
    box.hidden = !password;
    box.textContent = password ? 'Eenmalig wachtwoord voor ' + advisor.email + ': ' + password + ' (geef het veilig door; het wordt niet meer getoond)' : '';
  }

  function accountRow(a) {
    const role = el('select', { class: 'utrecht-select utrecht-select--html-select', 'aria-label': 'Rol van ' + a.name }, Object.keys(ROLE).map((r) => el('option', { value: r, text: ROLE[r] })));
    role.value = a.role;
    const team = el('input', { class: 'utrecht-textbox utrecht-textbox--html-input', value: a.team || '', maxlength: '60', 'aria-label': 'Team van ' + a.name });
    const self = state.me && a.id === state.me.id;
    const row = el('tr', { 'data-id': a.id, class: a.disabled ? 'disabled' : '' }, [
      el('td', { text: a.name }),
      el('td', { text: a.email }),
      el('td', {}, [role]),
      el('td', {}, [team]),
      el('td', { class: 'status', text: a.disabled ? 'uitgezet' : 'actief' }),
      el('td', {}, [
        button('Opslaan', () => act(() => api('POST', '/advisors/' + encodeURIComponent(a.id), { role: role.value, team: team.value }))),
        self ? null : button(a.disabled ? 'Aanzetten' : 'Uitzetten', () => act(() => api('POST', '/advisors/' + encodeURIComponent(a.id), { disabled: !a.disabled })), true),
        button('Nieuw wachtwoord', () => act(async () => {
          const { advisor, password } = await api('POST', '/advisors/' + encodeURIComponent(a.id) + '/password', {});
          showSecret(advisor, password);
        }), true),
      ]),
    ]);
    return row;
  }

  async function loadAccounts() {
    const accounts = await api('GET', '/advisors');
    $('account-list').replaceChildren(...accounts.map(accountRow));
  }

  async function loadAudit(fresh) {
    const query = '?limit=50' + (!fresh && state.auditNext ? '&before=' + state.auditNext : '');
    const page = await api('GET', '/audit' + query);
    const rows = page.entries.map((e) => el('tr', {}, [
      el('td', { text: new Date(e.at).toLocaleString('nl-NL') }),
      el('td', { text: e.actorName }),
      el('td', { class: 'action', text: ACTION[e.action] || e.action }),
      el('td', { text: e.handoffId || '' }),
      el('td', { class: 'small', text: e.detail || '' }),
    ]));
    if (fresh) $('audit-list').replaceChildren(...rows);
    else $('audit-list').append(...rows);
    state.auditNext = page.next;
    $('audit-more').hidden = !page.next;
  }

  document.addEventListener('werkloket:session', (event) => {
    state.me = event.detail;
    const admin = Boolean(state.me && state.me.role === 'admin');
    $('admin').hidden = !admin;
    if (!admin) {
      $('account-list').replaceChildren();
      $('audit-list').replaceChildren();
      showSecret(null, null);
      return;
    }
    Promise.all([loadAccounts(), loadAudit(true)]).catch((e) => { $('admin-error').textContent = e.message; });
  });

  document.addEventListener('DOMContentLoaded', () => {
    $('account-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { name: $('account-name').value, email: $('account-email').value, role: $('account-role').value, team: $('account-team').value };
      if ($('account-password').value) body.password = $('account-password').value;
      act(async () => {
        const { advisor, password } = await api('POST', '/advisors', body);
        showSecret(advisor, password);
        $('account-form').reset();
      });
    });
    $('audit-more').addEventListener('click', () => loadAudit(false).catch((e) => { $('admin-error').textContent = e.message; }));
  });
})();
