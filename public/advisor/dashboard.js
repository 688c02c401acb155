// Werkloket advisor console: today's figures and four charts (inline SVG drawn at the chart's own
// pixel width, so the 12 px labels stay 12 px on a phone), each with its numbers as a table
// behind "Toon als tabel" for screen readers and anyone who prefers figures. Werkgeversadviseurs
// and admins also see bemiddeling: open vacancies and requests, introductions and placements per month.
// Everyone sees the follow-up outcomes per referral type and organisation (issue 18).
// Every advisor sees the regional budget: per scheme granted, paid and what is left, per month.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el, labels } = W.dom;
  const SVG = 'http://www.w3.org/2000/svg';
  const FONT = 12;
  let last = null;

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function frame(target, h, caption) {
    const w = Math.max(200, Math.floor(target.clientWidth || 300));
    // The table below has the numbers; the picture is named, not read out point by point.
    return { w, chart: svg('svg', { width: w, height: h, viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': caption + ' (de cijfers staan in de tabel)' }) };
  }

  function columnChart(target, points, caption, alt) {
    const h = 140, pad = 22;
    const { w, chart } = frame(target, h, caption);
    const max = Math.max(1, ...points.map((p) => p.value));
    const bw = (w - pad) / Math.max(points.length, 1);
    const every = Math.max(1, Math.ceil((FONT * 2.5) / bw));
    points.forEach((p, i) => {
      const bh = ((h - 2 * pad) * p.value) / max;
      chart.appendChild(svg('rect', { class: alt ? 'bar alt' : 'bar', x: pad + i * bw + 1, y: h - pad - bh, width: Math.max(1, bw - 2), height: bh }));
      if (i % every === 0) chart.appendChild(svg('text', { x: pad + i * bw + bw / 2, y: h - 6, 'text-anchor': 'middle' }, p.label));
    });
    chart.appendChild(svg('text', { x: 2, y: pad - 6 }, String(max)));
    target.replaceChildren(chart);
  }

  function barChart(target, rows, caption) {
    if (!rows.length) { target.replaceChildren(el('p', { class: 'muted small', text: 'Nog geen gegevens vandaag.' })); return; }
    const row = 24;
    const { w, chart } = frame(target, rows.length * row + 4, caption);
    const labelW = Math.floor(w * 0.5);
    const chars = Math.floor(labelW / (FONT * 0.55));
    const max = Math.max(1, ...rows.map((r) => r.value));
    rows.forEach((r, i) => {
      const bw = ((w - labelW - 36) * r.value) / max;
      chart.appendChild(svg('text', { x: 0, y: i * row + 16 }, r.label.length > chars ? r.label.slice(0, chars - 1) + '…' : r.label));
      chart.appendChild(svg('rect', { class: 'bar', x: labelW, y: i * row + 5, width: Math.max(1, bw), height: row - 10 }));
      chart.appendChild(svg('text', { x: labelW + bw + 4, y: i * row + 16 }, String(r.value)));
    });
    target.replaceChildren(chart);
  }

  function table(target, head, rows) {
    target.replaceChildren(el('table', { class: 'grid' }, [
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, rows.map((r) => el('tr', {}, [el('th', { scope: 'row', text: r.label }), el('td', { text: String(r.value) })]))),
    ]));
  }

  function draw(s) {
    const queue = s.hours.map((x) => ({ label: String(x.hour), value: x.queueLength }));
    const wait = s.hours.map((x) => ({ label: String(x.hour), value: x.averageWaitMinutes }));
    const outcomes = s.outcomes.map((o) => ({ label: labels.OUTCOME[o.outcome] || o.outcome, value: o.count }));
    const options = s.topOptions.map((o) => ({ label: o.title, value: o.count }));
    columnChart($('chart-queue'), queue, 'Wachtrij per uur');
    columnChart($('chart-wait'), wait, 'Gemiddelde wachttijd per uur', true);
    barChart($('chart-outcomes'), outcomes, 'Uitkomsten');
    barChart($('chart-options'), options, 'Meest voorgestelde opties');
    table($('table-queue'), ['Uur', 'Wachtenden'], queue);
    table($('table-wait'), ['Uur', 'Minuten'], wait);
    table($('table-outcomes'), ['Uitkomst', 'Aantal'], outcomes);
    table($('table-options'), ['Optie', 'Aantal'], options);
  }

  // ---- Bemiddeling (werkgeversadviseurs and admins): open vacancies, introductions and placements per month.
  const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const monthLabel = (m) => MONTHS[Number(m.slice(5, 7)) - 1] + ' ' + m.slice(2, 4);
  let lastMediation = null;

  function drawMediation(m) {
    const months = m.months.map((x) => ({ label: monthLabel(x.month), vacancies: x.vacancies, introductions: x.introductions, placements: x.placements }));
    columnChart($('chart-introductions'), months.map((x) => ({ label: x.label, value: x.introductions })), 'Voorstellen per maand');
    columnChart($('chart-placements'), months.map((x) => ({ label: x.label, value: x.placements })), 'Plaatsingen per maand', true);
    $('table-mediation').replaceChildren(el('table', { class: 'grid' }, [
      el('thead', {}, [el('tr', {}, ['Maand', 'Nieuwe vacatures', 'Voorstellen', 'Plaatsingen'].map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, months.map((x) => el('tr', {}, [el('th', { scope: 'row', text: x.label }), ...[x.vacancies, x.introductions, x.placements].map((n) => el('td', { text: String(n) }))]))),
    ]));
  }

  async function loadMediation() {
    const mediator = Boolean(W.mediation && W.mediation.isMediator(W.state.me));
    $('mediation-dashboard').hidden = !mediator;
    if (!mediator) return;
    const m = await W.api('GET', '/mediation/dashboard');
    lastMediation = m;
    $('fig-open-vacancies').textContent = m.openVacancies;
    $('fig-draft-vacancies').textContent = m.draftVacancies;
    $('fig-open-requests').textContent = m.openRequests;
    drawMediation(m);
  }

  // ---- Opvolging (issue 18): how referrals turned out, per referral type and organisation. Every
  // advisor sees it; the section is made here, after the dashboard's other parts.
  const FOLLOW_UP_HEAD = ['Soort verwijzing', 'Organisatie', 'Gelukt', 'Nog niet', 'Lukte niet', 'Gevraagd, geen antwoord'];

  function followUpSection() {
    let section = $('follow-up-dashboard');
    if (section) return section;
    const after = $('mediation-dashboard');
    section = el('div', { id: 'follow-up-dashboard' }, [
      el('h3', { id: 'follow-up-heading', text: 'Opvolging na een verwijzing' }),
      el('p', { class: 'muted small', text: 'Wat werkzoekenden zeiden toen de bot vroeg of het gelukt is.' }),
      el('div', { id: 'table-follow-ups', class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'follow-up-heading' }),
    ]);
    after.parentNode.insertBefore(section, after.nextSibling);
    return section;
  }

  function drawFollowUps(result) {
    followUpSection();
    const target = $('table-follow-ups');
    if (!result.rows.length) { target.replaceChildren(el('p', { class: 'muted small', text: 'Nog geen opvolgingen.' })); return; }
    const number = (n) => el('td', { text: String(n) });
    target.replaceChildren(el('table', { class: 'grid' }, [
      el('caption', { text: 'Uitkomst van de opvolging per soort verwijzing en organisatie' }),
      el('thead', {}, [el('tr', {}, FOLLOW_UP_HEAD.map((h) => el('th', { scope: 'col', text: h })))]),
      el('tbody', {}, result.rows.map((r) => el('tr', {}, [
        el('th', { scope: 'row', text: r.referralType === 'introduction' ? 'Voorstellen aan werkgever' : r.referralType }),
        el('td', { text: r.providerName }),
        number(r.done), number(r.notYet), number(r.failed), number(r.askedNoAnswer),
      ]))),
    ]));
  }

  async function loadFollowUps() {
    drawFollowUps(await W.api('GET', '/follow-ups/outcomes'));
  }

  // ---- Regionaal budget (every advisor): granted, paid and what is left, per scheme and month.
  const euro = (cents) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Math.round(cents / 100));
  let lastBudget = null;

  function drawBudget(b) {
    const figures = b.schemes.map((s, i) => el('figure', { class: 'budget-scheme' }, [
      el('figcaption', { text: (s.title ? s.title.nl : s.schemeId) + ' – ' + s.year + ': ' + euro(s.grantedCents) + ' toegekend, ' + euro(s.paidCents) + ' betaald, ' + euro(s.remainingCents) + ' over van ' + euro(s.totalCents) }),
      el('div', { id: 'chart-budget-' + i, class: 'chart' }),
      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Uitgaven per maand: ' + (s.title ? s.title.nl : s.schemeId) }, [el('table', { class: 'grid budget-months' }, [
        el('thead', {}, [el('tr', {}, ['Maand', 'Toegekend', 'Betaald', 'Over (eind van de maand)'].map((h) => el('th', { scope: 'col', text: h })))]),
        el('tbody', {}, s.months.map((m) => el('tr', {}, [el('th', { scope: 'row', text: monthLabel(m.month) }), el('td', { text: euro(m.grantedCents) }), el('td', { text: euro(m.paidCents) }), el('td', { text: m.remainingCents === null ? '–' : euro(m.remainingCents) })]))),
      ])]),
    ]));
    $('budget-schemes').replaceChildren(...figures);
    b.schemes.forEach((s, i) => columnChart($('chart-budget-' + i), s.months.map((m) => ({ label: monthLabel(m.month), value: Math.round(m.grantedCents / 100) })), 'Toegekend per maand in euro'));
  }

  async function loadBudget() {
    const b = await W.api('GET', '/budget/budgets');
    lastBudget = b;
    $('budget-dashboard').hidden = !b.schemes.length;
    if (b.schemes.length) drawBudget(b);
  }

  async function load() {
    loadMediation().catch(() => undefined);
    loadFollowUps().catch(() => undefined);
    loadBudget().catch(() => undefined);
    const s = await W.api('GET', '/stats');
    last = s;
    $('fig-waiting').textContent = s.queue.waiting;
    $('fig-active').textContent = s.queue.active;
    $('fig-today').textContent = s.today.handoffs;
    $('fig-wait').textContent = s.today.averageWaitMinutes;
    $('fig-longest').textContent = s.today.longestWaitMinutes;
    $('count-waiting').textContent = s.queue.waiting ? '(' + s.queue.waiting + ')' : '';
    $('count-active').textContent = s.queue.active ? '(' + s.queue.active + ')' : '';
    W.alerts.setWaitingCount(s.queue.waiting);
    draw(s);
    return s;
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (last) draw(last);
      if (lastMediation && !$('mediation-dashboard').hidden) drawMediation(lastMediation);
      if (lastBudget && !$('budget-dashboard').hidden) drawBudget(lastBudget);
    }, 150);
  });

  W.dashboard = { load };
})();
