// Werkloket advisor console, regional budget (issue 18): seekers' applications for the region's own
// schemes (#/budget, with a status filter and this year's budget per scheme) and one application
// (#/budget/<id>: the seeker's answers, the money moves, and for budgetbeheerders and admins the
// forms to grant, refuse with a reason, and record a payment). Every advisor may read.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el, focusOn } = W.dom;
  const M = W.mediation;
  const MANAGERS = ['budgetbeheerder', 'admin'];
  const STATUS = { requested: 'aangevraagd', granted: 'toegekend', refused: 'afgewezen', paid: 'uitbetaald', withdrawn: 'ingetrokken' };
  const ERRORS = {
    FORBIDDEN_ROLE: 'Dit mag alleen een budgetbeheerder of beheerder.',
    BUDGET_EXHAUSTED: 'Er is niet genoeg budget meer over dit jaar voor dit bedrag.',
    ALREADY_DECIDED: 'Over deze aanvraag is al beslist (misschien net door een collega). De pagina is bijgewerkt.',
    AMOUNT_TOO_HIGH: 'Het bedrag is te hoog.',
    NOT_GRANTED: 'Alleen een toegekende aanvraag die nog niet helemaal is uitbetaald kan worden betaald.',
    SCHEME_UNKNOWN: 'Deze regeling staat niet meer in de inhoud van de regio.',
    REASON_REQUIRED: 'Geef een reden. De werkzoekende krijgt die te lezen.',
    NOT_FOUND: 'Niet gevonden: misschien is de aanvraag verwijderd.',
    BAD_REQUEST: 'Controleer het bedrag.',
  };
  let notice = '';

  const isManager = (me) => Boolean(me && MANAGERS.includes(me.role));
  const anyone = (me) => Boolean(me);
  const money = (cents) => (cents === null || cents === undefined ? '' : new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100));
  const euros = (cents) => (cents / 100).toFixed(2).replace('.', ',');
  const title = (a) => (a.scheme ? a.scheme.title.nl : a.regionId + ' / ' + a.schemeId);

  /** The API with the budget's errors in Dutch (the server's figures added where it gives them). */
  async function api(method, path, body) {
    try {
      return await W.api(method, path, body);
    } catch (error) {
      const code = String((error.data && error.data.error && error.data.error.code) || '');
      if (ERRORS[code]) error.message = ERRORS[code] + (/EXHAUSTED|TOO_HIGH|BAD_REQUEST/.test(code) && error.data.error.message ? ' (' + error.data.error.message + ')' : '');
      throw error;
    }
  }

  /** "1.250,50", "1250.50", "€ 1250": euros as typed, or NaN. */
  function parseEuros(text) {
    let t = String(text || '').replace(/[€\s]/g, '');
    if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
    return /^\d+(\.\d{1,2})?$/.test(t) ? Number(t) : NaN;
  }

  const { grid, cell } = M;
  const statusBadge = (s) => M.badge(STATUS[s] || s, 'budget-' + s);

  // ---- #/budget: the applications and this year's budget ---------------------------------------
  async function list(match, page) {
    const status = match[1] || '';
    const [applications, budgets] = await Promise.all([api('GET', '/budget/applications' + (status ? '?status=' + status : '')), api('GET', '/budget/budgets?months=1')]);
    const filter = M.select('budget-status', STATUS, 'alle');
    filter.value = status;
    filter.addEventListener('change', () => { location.hash = '#/budget' + (filter.value ? '?status=' + filter.value : ''); });
    const rows = applications.map((a) => el('tr', { 'data-id': a.id }, [
      el('th', { scope: 'row' }, [M.link('#/budget/' + encodeURIComponent(a.id), a.pseudonym)]),
      cell(title(a)), cell(a.data.training), cell(money(a.costCents)), cell(statusBadge(a.status)),
      cell(money(a.grantedCents)), cell(a.paidCents ? money(a.paidCents) : ''), cell(M.date(a.createdAt)),
    ]));
    page.replaceChildren(
      M.heading('Regionaal budget'),
      el('p', { class: 'small muted', text: 'Aanvragen van werkzoekenden uit de chat. Een budgetbeheerder of beheerder kent toe, wijst af of boekt een betaling.' }),
      M.field('budget-status', 'Toon aanvragen', filter),
      grid('budget-list', 'Aanvragen', ['Aanvrager', 'Regeling', 'Opleiding', 'Kosten', 'Status', 'Toegekend', 'Betaald', 'Aangevraagd op'], rows, 'Er zijn geen aanvragen' + (status ? ' met deze status.' : '.')),
      el('h3', { id: 'budget-overview-heading', text: 'Budget dit jaar' }),
      overview(budgets.schemes),
    );
  }

  function overview(schemes) {
    const rows = schemes.map((s) => el('tr', {}, [
      el('th', { scope: 'row', text: s.title ? s.title.nl : s.schemeId }), cell(String(s.year)), cell(money(s.totalCents)), cell(money(s.grantedCents)), cell(money(s.paidCents)), cell(money(s.remainingCents)),
    ]));
    return grid('budget-overview', 'Budget dit jaar', ['Regeling', 'Jaar', 'Totaal', 'Toegekend', 'Betaald', 'Over'], rows, 'Deze regio heeft geen eigen regelingen.');
  }

  // ---- #/budget/<id>: one application -----------------------------------------------------------
  async function detail(match, page) {
    const a = await api('GET', '/budget/applications/' + encodeURIComponent(match[1]));
    const shown = notice;
    notice = '';
    page.replaceChildren(...[
      el('p', { class: 'small' }, [M.link('#/budget', '← Alle aanvragen')]),
      M.heading('Aanvraag ' + a.pseudonym),
      shown ? el('p', { class: 'notice', id: 'budget-notice', text: shown }) : null,
      M.facts([
        ['Regeling', title(a)], ['Status', statusBadge(a.status)], ['Opleiding', a.data.training], ['School of opleider', a.data.provider],
        ['Kosten', money(a.costCents)], ['Begint', a.data.start], ['Aangevraagd op', M.date(a.createdAt)],
        ['Hoogstens toe te kennen', money(a.maxGrantCents)], ['Toegekend', money(a.grantedCents)], ['Betaald', a.paidCents ? money(a.paidCents) : ''],
        ['Reden van afwijzing', a.reason], ['Besloten door', a.decidedBy], ['Besloten op', M.date(a.decidedAt)],
      ], 'budget-facts'),
      a.budget ? el('p', { class: 'small', id: 'budget-left', text: 'Budget ' + a.budget.year + ': ' + money(a.budget.remainingCents) + ' over van ' + money(a.budget.totalCents) + '.' }) : null,
      decisionForms(a),
      el('h3', { id: 'ledger-heading', text: 'Boekingen' }),
      grid('budget-ledger', 'Boekingen', ['Soort', 'Bedrag', 'Maand', 'Door', 'Op'], a.ledger.map((e) => el('tr', {}, [
        el('th', { scope: 'row', text: { grant: 'toegekend', pay: 'betaald', release: 'vrijgegeven' }[e.kind] || e.kind }), cell(money(e.amountCents)), cell(e.month), cell(e.actor), cell(new Date(e.at).toLocaleString('nl-NL')),
      ])), 'Nog geen boekingen.'),
    ].filter(Boolean));
  }

  function decisionForms(a) {
    if (!isManager(W.state.me)) return el('p', { class: 'small muted', text: 'Alleen een budgetbeheerder of beheerder beslist over een aanvraag.' });
    if (a.status === 'requested') {
      return el('div', { class: 'budget-forms' }, [
        amountForm('grant', 'Toekennen', 'Bedrag in euro', a.maxGrantCents, 'Hoogstens ' + money(a.maxGrantCents) + ': de kosten, en niet meer dan de regeling per persoon geeft. De werkzoekende hoort het in de chat.', 'Toegekend. De werkzoekende krijgt bericht.'),
        refuseForm(a),
      ]);
    }
    if (a.status === 'granted') return amountForm('pay', 'Betaling boeken', 'Betaald bedrag in euro', a.grantedCents - a.paidCents, 'Nog te betalen: ' + money(a.grantedCents - a.paidCents) + '.', 'Betaling geboekt.');
    return null;
  }

  function amountForm(kind, label, fieldLabel, suggestCents, hint, done) {
    const id = 'budget-' + kind + '-amount';
    const input = M.textbox(id, { inputmode: 'decimal', autocomplete: 'off', required: true, value: suggestCents ? euros(suggestCents) : '' });
    const form = el('form', { class: 'budget-form', id: 'budget-' + kind + '-form', 'aria-labelledby': 'budget-' + kind + '-heading' }, [
      el('h3', { id: 'budget-' + kind + '-heading', text: label }),
      M.field(id, fieldLabel, input, hint),
      el('button', { type: 'submit', class: 'utrecht-button utrecht-button--primary-action', text: label }),
    ]);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const amountEuros = parseEuros(input.value);
      if (!(amountEuros > 0)) { $('mediation-error').textContent = 'Vul een bedrag in euro in, bijvoorbeeld 1250 of 1250,50.'; focusOn(input); return; }
      const id = location.hash.split('/')[2];
      await M.act(async () => {
        const res = await api('POST', '/budget/applications/' + id + '/' + kind, { amountEuros });
        notice = kind === 'grant' && res.notified === false ? 'Toegekend. De werkzoekende kon niet worden bereikt in de chat: neem zelf contact op.' : done;
      }, () => notice);
    });
    return form;
  }

  function refuseForm() {
    const reason = M.textarea('budget-refuse-reason', { required: true, maxlength: '1000' });
    const form = el('form', { class: 'budget-form', id: 'budget-refuse-form', 'aria-labelledby': 'budget-refuse-heading' }, [
      el('h3', { id: 'budget-refuse-heading', text: 'Afwijzen' }),
      M.field('budget-refuse-reason', 'Reden', reason, 'De werkzoekende krijgt deze reden te lezen. Schrijf kort en in gewone woorden.'),
      el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action', text: 'Afwijzen' }),
    ]);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const id = location.hash.split('/')[2];
      await M.act(async () => {
        const res = await api('POST', '/budget/applications/' + id + '/refuse', { reason: reason.value });
        notice = res.notified ? 'Afgewezen. De werkzoekende krijgt bericht met de reden.' : 'Afgewezen. De werkzoekende kon niet worden bereikt in de chat: neem zelf contact op.';
      }, () => notice);
    });
    return form;
  }

  document.addEventListener('werkloket:session', (e) => {
    const me = e.detail;
    const item = document.querySelector('#console-nav .budget-nav');
    if (item) item.closest('li').hidden = !me;
    if (me && me.role === 'budgetbeheerder') { $('who-role').textContent = 'budgetbeheerder'; $('who-role').hidden = false; }
  });

  M.route(/^#\/budget(?:\?status=(\w+))?$/, list, anyone);
  M.route(/^#\/budget\/([\w-]+)$/, detail, anyone);
  W.budget = { money, STATUS };
})();
