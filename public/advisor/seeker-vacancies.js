// Werkloket advisor console, bemiddeling: "Passende vacatures" beside the open chat, the published
// vacancies ranked for this seeker (titles and place only: no employer's contact). Any advisor sees
// them; a werkgeversadviseur or admin gets a link to the vacancy's page to introduce the seeker.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el } = W.dom;
  const M = W.mediation;
  /** The chat's live updates re-render the detail often: ask again only for another seeker or after a minute. */
  const last = { seekerId: null, at: 0 };

  function item(v) {
    const mediator = M.isMediator(W.state.me);
    const title = mediator ? M.link('#/vacatures/' + encodeURIComponent(v.vacancyId), v.title) : el('strong', { text: v.title });
    return el('li', { class: 'vacancy-match', 'data-id': v.vacancyId }, [
      title, v.place ? ' – ' + v.place : '', ' ', el('span', { class: 'small', text: '(past ' + M.percent(v.score) + ')' }),
      v.requested ? M.badge('vroeg zelf om voorstel', 'requested') : null,
      v.introduction ? M.badge(M.labels.INTRO[v.introduction.status] || v.introduction.status, 'intro-' + v.introduction.status) : null,
      v.reasons && v.reasons.length ? el('ul', { class: 'reasons' }, v.reasons.map((r) => el('li', { text: r }))) : null,
      v.missing && v.missing.length ? el('p', { class: 'small missing', text: 'Ontbreekt: ' + v.missing.join('; ') }) : null,
    ]);
  }

  async function load(seekerId) {
    const list = $('seeker-vacancies');
    try {
      const matches = await M.api('GET', '/seekers/' + encodeURIComponent(seekerId) + '/vacancies');
      list.replaceChildren(...(matches.length ? matches.map(item) : [el('li', { class: 'muted none', text: 'Geen passende vacatures.' })]));
    } catch (e) {
      list.replaceChildren(el('li', { class: 'muted none', text: 'Vacatures konden niet worden geladen: ' + e.message }));
    }
  }

  document.addEventListener('werkloket:detail', () => {
    const d = W.state.detail;
    const seekerId = d && d.seekerId;
    $('seeker-vacancies-part').hidden = !seekerId;
    if (!seekerId) return;
    if (seekerId === last.seekerId && Date.now() - last.at < 60_000) return;
    last.seekerId = seekerId;
    last.at = Date.now();
    load(seekerId);
  });
})();
