// Werkloket advisor console, bemiddeling: the vacancy list (#/vacatures) with a status filter
// (concept, gepubliceerd, gesloten, verlopen), a link to a new vacancy, and the import of a CSV or
// JSON file (an applicant-tracking system's export) with what was created, updated and skipped.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { el } = W.dom;
  const M = W.mediation;
  const FILTERS = [['', 'Alle'], ['draft', 'Concept'], ['published', 'Gepubliceerd'], ['closed', 'Gesloten'], ['expired', 'Verlopen']];
  const state = { filter: '', imported: null };

  async function load() {
    // "Verlopen" is a published vacancy past its closing date: the server's published list, filtered.
    const status = state.filter === 'expired' ? 'published' : state.filter;
    const list = await M.api('GET', '/vacancies' + (status ? '?status=' + status : ''));
    if (state.filter === 'expired') return list.filter((v) => v.expired);
    if (state.filter === 'published') return list.filter((v) => !v.expired);
    return list;
  }

  function filterButtons(page) {
    return el('div', { class: 'status-filter', role: 'group', 'aria-label': 'Toon vacatures' }, FILTERS.map(([value, text]) => {
      const b = el('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', 'data-filter': value, 'aria-pressed': String(state.filter === value), text });
      b.addEventListener('click', async () => {
        state.filter = value;
        await render(null, page);
        page.querySelector('[data-filter="' + value + '"]').focus();
      });
      return b;
    }));
  }

  function row(v) {
    const status = M.statusOf(v);
    return el('tr', { 'data-id': v.id }, [
      el('th', { scope: 'row' }, [M.link('#/vacatures/' + encodeURIComponent(v.id), v.title)]),
      el('td', { text: v.employer ? v.employer.organisation : '–' }),
      el('td', { text: [v.place, v.postcode].filter(Boolean).join(' ') || '–' }),
      el('td', { text: M.hours(v.hoursPerWeek) || '–' }),
      el('td', {}, [M.badge(M.labels.STATUS[status] || status, 'vacancy-' + status)]),
      el('td', { text: v.closesAt ? M.date(v.closesAt) : '–' }),
      el('td', { text: String(v.introductions || 0) }),
    ]);
  }

  function table(list) {
    if (!list.length) return el('p', { class: 'muted', id: 'vacancy-list-empty', text: 'Geen vacatures.' });
    const head = ['Vacature', 'Werkgever', 'Plaats', 'Uren', 'Status', 'Sluit op', 'Voorgesteld'];
    return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Vacatures' }, [el('table', { class: 'grid', id: 'vacancy-list' }, [
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, list.map(row)),
    ])]);
  }

  // ---- Import -----------------------------------------------------------------------------------
  function importForm(page) {
    const file = el('input', { id: 'vacancy-import-file', type: 'file', accept: '.csv,.json,text/csv,application/json', required: '' });
    const form = el('form', { id: 'vacancy-import', class: 'import-form', 'aria-labelledby': 'vacancy-import-heading' }, [
      el('h3', { id: 'vacancy-import-heading', text: 'Importeren uit een bestand' }),
      M.field('vacancy-import-file', 'CSV- of JSON-bestand', file, 'Een export van jullie vacaturesysteem. De kolommen staan in de README. Bestaande vacatures (zelfde extern nummer) worden bijgewerkt.'),
      el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action', text: 'Importeren' }),
      el('div', { id: 'vacancy-import-result', role: 'status' }, state.imported ? [importResult(state.imported)] : []),
    ]);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      const ok = await M.act(async () => { state.imported = await upload(chosen); }, 'Import klaar.');
      if (ok) page.querySelector('#vacancy-import-result .import-result').focus();
      else state.imported = null;
    });
    return form;
  }

  async function upload(file) {
    const text = await file.text();
    const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    if (csv) return send(text, { contentType: 'text/csv' });
    let rows;
    try {
      rows = JSON.parse(text);
    } catch (e) {
      throw new Error('Dit bestand is geen geldige JSON. Kies een CSV- of JSON-bestand.');
    }
    return send(rows);
  }

  /** A 422 (nothing valid) still has the per-row reasons: shown like a partial import. */
  async function send(body, options) {
    try {
      return await M.api('POST', '/vacancies/import', body, options);
    } catch (e) {
      const skipped = e.data && (e.data.skipped || (e.data.error && (e.data.error.skipped || e.data.error.rows)));
      if (e.status === 422 && Array.isArray(skipped)) return { created: 0, updated: 0, skipped, nothingValid: true };
      throw e;
    }
  }

  function importResult(r) {
    const skipped = r.skipped || [];
    return el('div', { class: 'import-result', tabindex: '-1' }, [
      el('p', { text: (r.nothingValid ? 'Niets geïmporteerd: geen enkele regel was geldig. ' : '') + r.created + ' nieuw, ' + r.updated + ' bijgewerkt, ' + skipped.length + ' overgeslagen.' }),
      skipped.length ? el('ul', { class: 'skipped' }, skipped.map((s) => el('li', { text: 'Regel ' + s.row + ': ' + s.reason }))) : null,
    ]);
  }

  async function render(_match, page) {
    const list = await load();
    page.replaceChildren(
      el('div', { class: 'page-head' }, [M.heading('Vacatures'), M.link('#/vacatures/nieuw', 'Nieuwe vacature', { class: 'link-button primary', id: 'vacancy-new' })]),
      filterButtons(page),
      table(list),
      importForm(page),
    );
  }

  M.route(/^#\/vacatures$/, render);
})();
