// Werkloket advisor console, bemiddeling (issue 17): the views (chats or a mediation page), the
// navigation between them (#/gesprekken, #/vacatures, #/verzoeken, #/groepen) shown only to
// werkgeversadviseurs and admins, the API's mediation errors in Dutch, Dutch labels, and the form
// helpers the pages share (vacancies.js, vacancy-form.js, vacancy.js, mediation-lists.js).
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el, focusOn } = W.dom;
  const MEDIATORS = ['werkgeversadviseur', 'admin'];
  /** The hashes of pages beside the chats (budget.js adds #/budget, for every advisor). */
  const PAGES = /^#\/(vacatures|verzoeken|groepen|budget)/;
  const routes = [];
  let current = 'chats';

  const ERRORS = {
    FORBIDDEN_ROLE: 'Dit mag alleen een werkgeversadviseur of beheerder.',
    VACANCY_CLOSED: 'Deze vacature is gesloten en kan niet meer worden gewijzigd.',
    VACANCY_NOT_DRAFT: 'Deze vacature is al gepubliceerd of gesloten.',
    VACANCY_EXPIRED: 'De sluitingsdatum is voorbij. Pas de datum aan en publiceer dan opnieuw.',
    VACANCY_NOT_OPEN: 'Voorstellen kan alleen bij een gepubliceerde vacature die nog niet verlopen is.',
    SEEKER_NOT_MATCHABLE: 'Deze werkzoekende gaf (nu) geen toestemming voor bemiddeling.',
    IMPORT_INVALID: 'Geen enkele regel uit het bestand kon worden gebruikt.',
    INTRODUCTION_CONFLICT: 'Iemand anders heeft de status net gewijzigd. De pagina is bijgewerkt.',
    INTRODUCTION_NOT_ALLOWED: 'Deze stap kan niet vanuit de huidige status.',
    REASON_REQUIRED: 'Geef een reden.',
    NOT_FOUND: 'Niet gevonden: misschien is dit verwijderd.',
    BAD_REQUEST: 'Controleer de velden.',
  };

  /** The console's api (log-in on 401), with the mediation errors in Dutch. */
  async function api(method, path, body, options) {
    try {
      return await W.api(method, path, body, options);
    } catch (error) {
      const code = String((error.data && error.data.error && error.data.error.code) || '').toUpperCase();
      const text = ERRORS[code];
      if (text) error.message = code === 'BAD_REQUEST' && error.data.error.message ? text + ' (' + error.data.error.message + ')' : text;
      throw error;
    }
  }

  const labels = {
    STATUS: { draft: 'concept', published: 'gepubliceerd', closed: 'gesloten', expired: 'verlopen' },
    INTRO: { voorgesteld: 'voorgesteld', gesprek: 'gesprek', aangenomen: 'aangenomen', 'niet-aangenomen': 'niet aangenomen' },
    START: { now: 'zo snel mogelijk', 'within-3-months': 'binnen 3 maanden', later: 'later' },
    EDUCATION: { none: 'geen diploma', primary: 'basisonderwijs', vmbo: 'vmbo', 'mbo-1': 'mbo 1', 'mbo-2': 'mbo 2', 'mbo-3': 'mbo 3', 'mbo-4': 'mbo 4', havo: 'havo', vwo: 'vwo', hbo: 'hbo', wo: 'wo' },
    DUTCH: { A0: 'A0', A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2', native: 'moedertaal' },
    TIMES: { daytime: 'overdag', evenings: "'s avonds", nights: "'s nachts", shifts: 'ploegendienst', weekends: 'weekend' },
    LEARN: { bbl: 'BBL (werken en leren)', 'training-budget': 'opleidingsbudget', inwerken: 'inwerken op de werkvloer' },
    SUPPORT: { banenafspraak: 'banenafspraak', loonkostensubsidie: 'loonkostensubsidie', jobcoach: 'jobcoach', proefplaatsing: 'proefplaatsing' },
    SOURCE: { chat: 'chat', console: 'console', import: 'import' },
  };
  /** Where an introduction may go next (src/mediation/introduction.ts). */
  const NEXT = { voorgesteld: ['gesprek', 'niet-aangenomen'], gesprek: ['aangenomen', 'niet-aangenomen'], aangenomen: [], 'niet-aangenomen': [] };

  const isMediator = (me) => Boolean(me && MEDIATORS.includes(me.role));
  const statusOf = (v) => (v.status === 'published' && v.expired ? 'expired' : v.status);
  const date = (iso) => (iso ? new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) : '');
  const percent = (score) => Math.round(Math.max(0, Math.min(1, Number(score) || 0)) * 100) + '%';
  function hours(h) {
    if (!h) return '';
    if (h.min && h.max && h.min !== h.max) return h.min + '–' + h.max + ' uur';
    return (h.max || h.min) + ' uur';
  }

  // ---- Form parts (NL Design System / Utrecht markup, like index.html) ------------------------
  function field(id, label, control, hint) {
    if (hint) control.setAttribute('aria-describedby', id + '-hint');
    return el('div', { class: 'utrecht-form-field' }, [
      el('div', { class: 'utrecht-form-field__label' }, [el('label', { class: 'utrecht-form-label', for: id, text: label })]),
      el('div', { class: 'utrecht-form-field__input' }, [control]),
      hint ? el('p', { id: id + '-hint', class: 'utrecht-form-field-description small', text: hint }) : null,
    ]);
  }
  const textbox = (id, attrs) => el('input', { id, name: id, class: 'utrecht-textbox utrecht-textbox--html-input', ...attrs });
  const textarea = (id, attrs) => el('textarea', { id, name: id, class: 'utrecht-textarea utrecht-textarea--html-textarea', rows: '3', ...attrs });
  function select(id, options, empty) {
    const items = Object.entries(options).map(([value, text]) => el('option', { value, text }));
    if (empty !== undefined) items.unshift(el('option', { value: '', text: empty }));
    return el('select', { id, name: id, class: 'utrecht-select utrecht-select--html-select' }, items);
  }
  function checkboxes(name, legend, options) {
    return el('fieldset', { class: 'checks' }, [el('legend', { text: legend }), ...Object.entries(options).map(([value, text]) =>
      el('div', { class: 'utrecht-form-field utrecht-form-field--checkbox' }, [
        el('input', { id: name + '-' + value, type: 'checkbox', name, value, class: 'utrecht-checkbox utrecht-checkbox--html-input' }),
        el('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: name + '-' + value, text }),
      ]))]);
  }
  /** A <dl> of [label, value] pairs; empty values are left out. */
  function facts(pairs, className) {
    const dl = el('dl', { class: 'facts ' + (className || '') });
    for (const [label, value] of pairs) if (value || value === 0) dl.append(el('dt', { text: label }), el('dd', {}, [typeof value === 'number' ? String(value) : value]));
    return dl;
  }
  const link = (href, text, attrs) => el('a', { href, ...attrs, text });
  /** A table in a scrollable, focusable region; `empty` as a paragraph when there are no rows. */
  function grid(id, label, head, rows, empty) {
    if (!rows.length) return el('p', { class: 'muted', id: id + '-empty', text: empty });
    return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': label }, [el('table', { class: 'grid', id }, [
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, rows),
    ])]);
  }
  const cell = (content) => el('td', {}, [content === undefined || content === null || content === '' ? '–' : content instanceof Node ? content : String(content)]);
  const badge = (text, kind) => el('span', { class: 'badge ' + (kind || ''), text });

  // ---- Views and navigation --------------------------------------------------------------------
  function show(view) {
    // Back to the chats: the dashboard's figures may have changed on the mediation pages.
    if (view === 'chats' && current !== 'chats') W.dashboard.load().catch(() => undefined);
    current = view;
    $('console-view').hidden = view !== 'chats';
    $('mediation-view').hidden = view !== 'mediation';
    if (view === 'chats') markNav('#/gesprekken');
  }
  function markNav(hash) {
    for (const a of document.querySelectorAll('#console-nav a')) {
      const here = hash === a.getAttribute('href') || hash.startsWith(a.getAttribute('href') + '/') || (a.dataset.view === 'chats' && !PAGES.test(hash));
      if (here) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }

  /** A page for `pattern` (a RegExp on the hash); render(match, page) fills the page section. `allowed(me)`: who sees it (default werkgeversadviseurs and admins). */
  function route(pattern, render, allowed) {
    routes.push([pattern, render, allowed || isMediator]);
  }

  /** The page's heading, focused after the page changed (so a screen reader hears where it is). */
  function heading(text) {
    return el('h2', { id: 'mediation-heading', tabindex: '-1', text });
  }

  async function open(hash) {
    markNav(hash);
    const found = routes.map(([re, render, allowed]) => [re.exec(hash), render, allowed]).find(([m]) => m);
    if (!found || !found[2](W.state.me)) {
      if (current !== 'chats') { show('chats'); W.actions.focusQueue(); }
      return;
    }
    show('mediation');
    const page = $('mediation-page');
    $('mediation-error').textContent = '';
    try {
      await found[1](found[0], page);
    } catch (e) {
      $('mediation-error').textContent = e.message;
    }
    focusOn($('mediation-heading'));
  }

  /** Re-renders the page on screen (after an action), keeping the focus where it can. */
  async function refresh() {
    const found = routes.map(([re, render]) => [re.exec(location.hash), render]).find(([m]) => m);
    if (found && current === 'mediation') await found[1](found[0], $('mediation-page'));
  }

  /** Runs an action of a page: its error in the page's alert, a success announced, the page redrawn. */
  async function act(fn, done) {
    $('mediation-error').textContent = '';
    let ok = true;
    try {
      await fn();
      if (done) W.alerts.announce(typeof done === 'function' ? done() : done);
    } catch (e) {
      ok = false;
      $('mediation-error').textContent = e.message;
    }
    await refresh().catch((e) => { $('mediation-error').textContent = e.message; });
    return ok;
  }

  document.addEventListener('werkloket:session', (e) => {
    const me = e.detail;
    const mediator = isMediator(me);
    for (const a of document.querySelectorAll('#console-nav .mediator')) a.closest('li').hidden = !mediator;
    $('console-nav').hidden = !me;
    if (me && me.role === 'werkgeversadviseur') { $('who-role').textContent = 'werkgeversadviseur'; $('who-role').hidden = false; }
    if (me && me.role === 'admin') $('who-role').textContent = 'beheerder';
    if (!me) { $('mediation-view').hidden = true; current = 'chats'; return; }
    if (PAGES.test(location.hash)) open(location.hash);
    else markNav(location.hash);
  });

  document.addEventListener('DOMContentLoaded', () => {
    window.addEventListener('hashchange', () => { if (W.state.me) open(location.hash); });
  });

  W.views = {
    show,
    chatsShown: () => current === 'chats',
    /** Esc in a field of a mediation page: to the page's heading. */
    leaveField(field) {
      if (!field.closest('#mediation-view')) return false;
      focusOn($('mediation-heading'));
      return true;
    },
  };
  W.mediation = { api, labels, NEXT, isMediator, statusOf, date, percent, hours, field, textbox, textarea, select, checkboxes, facts, link, badge, grid, cell, route, heading, act, refresh };
})();
