// Werkloket advisor console, bemiddeling: the open mediation requests (#/verzoeken: a seeker asked
// to be introduced for a vacancy) and the van-werk-naar-werk groups (#/groepen, #/groepen/<id>:
// an employer's group of employees whose jobs end, with counts and each member's route).
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { el } = W.dom;
  const M = W.mediation;

  const { grid, cell } = M;

  // ---- Verzoeken --------------------------------------------------------------------------------
  async function requests(_match, page) {
    const list = await M.api('GET', '/mediation-requests?status=open');
    const rows = list.map((r) => el('tr', { 'data-id': r.id }, [
      el('th', { scope: 'row' }, [M.link('#/vacatures/' + encodeURIComponent(r.vacancy.id), r.vacancy.title)]),
      cell(r.pseudonym),
      cell(new Date(r.createdAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })),
    ]));
    page.replaceChildren(
      M.heading('Verzoeken'),
      el('p', { class: 'small muted', text: 'Werkzoekenden die zelf vroegen om voorgesteld te worden. Open de vacature om hen voor te stellen.' }),
      grid('request-list', 'Open verzoeken', ['Vacature', 'Kandidaat', 'Gevraagd op'], rows, 'Er zijn geen open verzoeken.'),
    );
  }

  // ---- Groepen -----------------------------------------------------------------------------------
  async function groups(_match, page) {
    const list = await M.api('GET', '/groups');
    const rows = list.map((g) => el('tr', { 'data-id': g.id }, [
      el('th', { scope: 'row' }, [M.link('#/groepen/' + encodeURIComponent(g.id), g.organisation || g.code)]),
      cell(g.code), cell(g.work), cell(g.headcount), cell(M.date(g.endsAt)),
      cell(g.started), cell(g.withProfile), cell(g.introduced), cell(g.placed),
    ]));
    page.replaceChildren(
      M.heading('Groepen (van werk naar werk)'),
      el('p', { class: 'small muted', text: 'Werknemers van wie het werk stopt en die met de code van hun werkgever begonnen.' }),
      grid('group-list', 'Groepen', ['Werkgever', 'Code', 'Werk', 'Banen', 'Stopt op', 'Begonnen', 'Met profiel', 'Voorgesteld', 'Geplaatst'], rows, 'Er zijn nog geen groepen.'),
    );
  }

  function memberRow(m) {
    const intros = Array.isArray(m.introductions)
      ? m.introductions.map((i) => (i.title ? i.title + ': ' : '') + (M.labels.INTRO[i.status] || i.status || '')).join('; ')
      : m.introductions;
    return el('tr', { 'data-seeker': m.seekerId }, [
      el('th', { scope: 'row', text: m.pseudonym }),
      cell(m.situation),
      cell((m.proposals || []).length ? el('ul', { class: 'plain' }, m.proposals.map((p) => el('li', { text: typeof p === 'string' ? p : p.title }))) : ''),
      cell(intros === 0 ? '' : intros),
    ]);
  }

  async function group(match, page) {
    const g = await M.api('GET', '/groups/' + encodeURIComponent(match[1]));
    const arrangement = g.arrangement && typeof g.arrangement === 'object' ? Object.values(g.arrangement).filter((x) => typeof x === 'string').join('; ') : g.arrangement;
    page.replaceChildren(
      el('p', { class: 'small' }, [M.link('#/groepen', '← Alle groepen')]),
      M.heading('Groep ' + (g.organisation || '') + ' (' + g.code + ')'),
      M.facts([
        ['Werkgever', g.organisation], ['Code', g.code], ['Werk', g.work], ['Aantal banen', g.headcount], ['Stopt op', M.date(g.endsAt)],
        ['Regeling', arrangement], ['Begonnen', g.started], ['Met profiel', g.withProfile], ['Voorgesteld', g.introduced], ['Geplaatst', g.placed],
      ], 'group-facts'),
      el('h3', { id: 'members-heading', text: 'Deelnemers' }),
      el('p', { class: 'small muted', text: 'De werkgever ziet alleen aantallen, nooit antwoorden of namen.' }),
      grid('member-list', 'Deelnemers', ['Deelnemer', 'Situatie', 'Voorstellen', 'Voorgesteld bij werkgevers'], (g.members || []).map(memberRow), 'Nog niemand is met deze code begonnen.'),
    );
  }

  M.route(/^#\/verzoeken$/, requests);
  M.route(/^#\/groepen$/, groups);
  M.route(/^#\/groepen\/([\w-]+)$/, group);
})();
