// Werkloket advisor console, bemiddeling: one vacancy (#/vacatures/<id>). Its data and employer
// contact, publish and close (with a reason), the ranked candidates (pseudonymous until introduced)
// with "Voorstellen" (asks why), and the introductions with the next steps of their flow
// (voorgesteld → gesprek → aangenomen / niet aangenomen, which asks a reason).
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { el, button, focusOn } = W.dom;
  const M = W.mediation;
  const L = M.labels;
  /** What the server said to do about the employer after an introduction, by introduction id. */
  const tasks = new Map();
  /** Shown once on the page after it is drawn again ("al voorgesteld door …"). */
  let notice = '';
  const STEP = { gesprek: 'Gesprek gepland', aangenomen: 'Aangenomen', 'niet-aangenomen': 'Niet aangenomen' };

  function dataFacts(v) {
    const d = v.data || {};
    const r = d.requirements || {};
    const list = (xs, labels) => (xs || []).map((x) => labels[x] || x).join(', ');
    return M.facts([
      ['Werk', d.words],
      ['ESCO-beroep', d.occupationUri ? M.link(d.occupationUri, d.occupationUri, { target: '_blank', rel: 'noopener noreferrer' }) : ''],
      ['Uren per week', M.hours(d.hoursPerWeek)],
      ['Plaats', [d.place, d.postcode].filter(Boolean).join(' ')],
      ['Begin', L.START[d.start] || d.start],
      ['Opleiding', L.EDUCATION[r.education] || r.education],
      ['Nederlands', L.DUTCH[r.dutch] || r.dutch],
      ['Werktijden', L.TIMES[r.times] || r.times],
      ['Rijbewijs', r.drivingLicence ? 'nodig' : ''],
      ['Zwaar werk', r.heavyWork ? 'ja' : ''],
      ['Andere eisen', r.words],
      ['Te leren op het werk', list(d.learnOnTheJob, L.LEARN)],
      ['Open voor ondersteuning', list(d.support, L.SUPPORT)],
      ['Beschrijving', d.description],
      ['Sluitingsdatum', M.date(v.closesAt)],
      ['Reden van sluiten', v.closedReason],
      ['Gepubliceerd', M.date(v.publishedAt)],
      ['Bron', L.SOURCE[v.source] || v.source],
    ], 'vacancy-data');
  }

  function employerFacts(v) {
    if (!v.employer) return el('p', { class: 'muted', text: 'Nog geen werkgever bij deze vacature.' });
    const c = v.employer.contact || {};
    return M.facts([
      ['Organisatie', v.employer.organisation],
      ['Contactpersoon', c.name],
      ['E-mail', c.email ? M.link('mailto:' + c.email, c.email) : ''],
      ['Telefoon', c.phone ? M.link('tel:' + c.phone.replace(/[^+0-9]/g, ''), c.phone) : ''],
      ['Bij een voorstel', v.employer.chat === undefined ? '' : v.employer.chat ? 'hoort de werkgever het in de chat' : 'neem je zelf contact op'],
    ], 'employer-contact');
  }

  function history(v) {
    const steps = Array.isArray(v.history) ? v.history : [];
    if (!steps.length) return null;
    return el('details', {}, [el('summary', { text: 'Geschiedenis van de status' }), el('ul', { class: 'small' }, steps.map((s) =>
      el('li', { text: [L.STATUS[s.status] || s.status, s.at ? new Date(s.at).toLocaleString('nl-NL') : '', s.by, s.reason].filter(Boolean).join(' · ') })))]);
  }

  function actions(v) {
    const id = encodeURIComponent(v.id);
    const parts = [];
    if (v.status !== 'closed') parts.push(M.link('#/vacatures/' + id + '/wijzigen', 'Wijzigen', { class: 'link-button', id: 'vacancy-edit' }));
    if (v.status === 'draft') parts.push(Object.assign(button('Publiceren', 'utrecht-button--primary-action', () => M.act(() => M.api('POST', '/vacancies/' + id + '/publish'), 'Vacature gepubliceerd.').then(() => focusOn(document.getElementById('vacancy-status')))), { id: 'vacancy-publish' }));
    if (v.status !== 'closed') {
      parts.push(Object.assign(button('Sluiten', 'utrecht-button--secondary-action', async () => {
        const reason = await W.dialogs.ask('Vacature sluiten', 'Waarom sluit je deze vacature?', 'Vacature sluiten', 'Bijvoorbeeld: vervuld, ingetrokken door de werkgever.');
        if (reason) await M.act(() => M.api('POST', '/vacancies/' + id + '/close', { reason }), 'Vacature gesloten.').then(() => focusOn(document.getElementById('vacancy-status')));
      }), { id: 'vacancy-close' }));
    }
    return el('div', { class: 'actions' }, parts);
  }

  // ---- Candidates ---------------------------------------------------------------------------------
  function candidate(v, c, open) {
    const intro = c.introduction;
    return el('li', { class: 'candidate', 'data-seeker': c.seekerId }, [
      el('div', { class: 'row' }, [
        el('strong', { text: c.pseudonym }),
        el('span', { class: 'score', text: 'past ' + M.percent(c.score) }),
        c.requested ? M.badge('vroeg zelf om voorstel', 'requested') : null,
        intro ? M.badge(L.INTRO[intro.status] || intro.status, 'intro-' + intro.status) : null,
      ]),
      c.reasons && c.reasons.length ? el('ul', { class: 'reasons', 'aria-label': 'Waarom het past' }, c.reasons.map((r) => el('li', { text: r }))) : null,
      c.missing && c.missing.length ? el('p', { class: 'small missing', text: 'Ontbreekt: ' + c.missing.join('; ') }) : null,
      !intro && open ? Object.assign(button('Voorstellen', 'utrecht-button--secondary-action introduce', () => introduce(v, c)), { 'aria-label': 'Voorstellen: ' + c.pseudonym }) : null,
    ]);
  }

  async function introduce(v, c) {
    const why = await W.dialogs.ask('Voorstellen: ' + c.pseudonym, 'Waarom stel je deze kandidaat voor?', 'Voorstellen', 'De werkzoekende en de werkgever horen dat je hen voorstelt; dit wordt bewaard.');
    if (!why) return;
    await M.act(async () => {
      const result = await M.api('POST', '/introductions', { vacancyId: v.id, seekerId: c.seekerId, why });
      const i = result.introduction || {};
      // Another advisor was first (the server keeps one introduction): say so, on the page too.
      notice = result.created === false ? 'Deze kandidaat was al voorgesteld door ' + (i.advisorName || 'een andere adviseur') + '.' : '';
      const task = result.task || result.employerTask || i.employerTask;
      if (task) tasks.set(i.id, task);
    }, () => notice || 'Kandidaat voorgesteld.');
    focusOn(document.querySelector('#introductions li[data-seeker="' + CSS.escape(c.seekerId) + '"]') || document.getElementById('introductions-heading'));
  }

  // ---- Introductions ------------------------------------------------------------------------------
  function taskText(t) {
    if (typeof t === 'string') return t;
    if (t.text) return t.text;
    const c = t.contact || t;
    return 'Neem contact op met ' + [c.name, c.email, c.phone].filter(Boolean).join(', ') + (t.organisation ? ' (' + t.organisation + ')' : '') + '.';
  }

  function introduction(i, names, openTasks) {
    const who = i.seekerName || i.pseudonym || names.get(i.seekerId) || 'Kandidaat';
    const task = openTasks.get(i.id) || i.employerTask || (i.status === 'voorgesteld' ? tasks.get(i.id) : undefined);
    const steps = (M.NEXT[i.status] || []).map((to) => Object.assign(button(STEP[to], to === 'niet-aangenomen' ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action', () => move(i, to, who)), { 'aria-label': STEP[to] + ': ' + who, 'data-step': to }));
    return el('li', { class: 'introduction', 'data-id': i.id, 'data-seeker': i.seekerId, tabindex: '-1' }, [
      el('div', { class: 'row' }, [el('strong', { text: who }), M.badge(L.INTRO[i.status] || i.status, 'intro-' + i.status)]),
      el('p', { class: 'small', text: 'Voorgesteld door ' + (i.advisorName || '?') + (i.createdAt ? ' op ' + M.date(i.createdAt) : '') + (i.why ? ': ' + i.why : '') }),
      i.outcomeReason ? el('p', { class: 'small', text: 'Reden: ' + i.outcomeReason }) : null,
      task ? el('p', { class: 'notice task', text: 'Taak: ' + taskText(task) }) : null,
      steps.length ? el('div', { class: 'actions' }, steps) : null,
    ]);
  }

  async function move(i, to, who) {
    let reason;
    if (to === 'niet-aangenomen') {
      reason = await W.dialogs.ask('Niet aangenomen: ' + who, 'Waarom is het niet doorgegaan?', 'Opslaan', 'Bijvoorbeeld: andere kandidaat gekozen, werkzoekende zag ervan af.');
      if (!reason) return;
    }
    await M.act(() => M.api('PATCH', '/introductions/' + encodeURIComponent(i.id), { status: to, ...(reason ? { reason } : {}) }), 'Status: ' + L.INTRO[to] + '.');
    focusOn(document.querySelector('#introductions li[data-id="' + CSS.escape(i.id) + '"]'));
  }

  async function render(match, page) {
    const id = encodeURIComponent(match[1]);
    const [v, candidates, intros] = await Promise.all([
      M.api('GET', '/vacancies/' + id),
      M.api('GET', '/vacancies/' + id + '/candidates').catch(() => null),
      M.api('GET', '/introductions?vacancyId=' + id),
    ]);
    const status = M.statusOf(v);
    const open = status === 'published';
    const names = new Map((candidates || []).map((c) => [c.seekerId, c.pseudonym]));
    // The open "neem contact op" tasks: the employer could not be told in a chat.
    const openTasks = new Map((v.tasks || []).map((t) => [t.introductionId, t]));
    const list = (intros || []).map((i) => introduction(i, names, openTasks));
    page.replaceChildren(
      el('p', { class: 'small' }, [M.link('#/vacatures', '← Alle vacatures')]),
      el('div', { class: 'page-head' }, [M.heading(v.title), el('span', { id: 'vacancy-status', tabindex: '-1' }, [M.badge(L.STATUS[status] || status, 'vacancy-' + status)]), actions(v)]),
      el('p', { id: 'mediation-notice', class: 'notice', hidden: !notice, text: notice }),
      el('div', { class: 'columns' }, [
        el('div', {}, [el('h3', { text: 'Gegevens' }), dataFacts(v), history(v)]),
        el('div', {}, [el('h3', { text: 'Werkgever' }), employerFacts(v)]),
      ]),
      el('h3', { id: 'candidates-heading', text: 'Kandidaten' }),
      el('p', { class: 'small muted', text: 'Alleen werkzoekenden die toestemming gaven voor bemiddeling; zonder naam tot je ze voorstelt.' + (open ? '' : ' Voorstellen kan als de vacature gepubliceerd is.') }),
      candidates && candidates.length
        ? el('ol', { id: 'candidates', 'aria-labelledby': 'candidates-heading' }, candidates.map((c) => candidate(v, c, open)))
        : el('p', { class: 'muted', text: candidates ? 'Nog geen passende kandidaten.' : 'De kandidaten konden niet worden geladen.' }),
      el('h3', { id: 'introductions-heading', tabindex: '-1', text: 'Voorstellen' }),
      list.length ? el('ul', { id: 'introductions', 'aria-labelledby': 'introductions-heading' }, list) : el('p', { class: 'muted', text: 'Nog niemand voorgesteld.' }),
    );
    notice = '';
  }

  M.route(/^#\/vacatures\/([\w-]+)$/, render);
})();
