// Werkloket advisor console, bemiddeling: a new vacancy (#/vacatures/nieuw) or a change to one
// (#/vacatures/<id>/wijzigen). Every field of VacancyData (src/mediation/vacancy.ts), the closing
// date, and on a new vacancy the employer with their contact person. A new vacancy is a concept
// until an advisor publishes it on its page.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el } = W.dom;
  const M = W.mediation;
  const L = M.labels;

  function employerPart() {
    return el('fieldset', { class: 'group' }, [
      el('legend', { text: 'Werkgever en contactpersoon' }),
      el('p', { class: 'small muted', text: 'Alleen werkgeversadviseurs en beheerders zien dit. Leeg laten kan: dan heeft de vacature nog geen werkgever.' }),
      M.field('vf-organisation', 'Organisatie', M.textbox('vf-organisation', { maxlength: '200', autocomplete: 'organization' })),
      M.field('vf-contact-name', 'Naam contactpersoon', M.textbox('vf-contact-name', { maxlength: '100', autocomplete: 'off' })),
      M.field('vf-contact-email', 'E-mailadres', M.textbox('vf-contact-email', { type: 'email', maxlength: '200', autocomplete: 'off' })),
      M.field('vf-contact-phone', 'Telefoonnummer', M.textbox('vf-contact-phone', { type: 'tel', maxlength: '20', pattern: '\\+?[0-9 \\(\\)\\-]{8,20}', autocomplete: 'off' }), 'Een e-mailadres of telefoonnummer is nodig.'),
    ]);
  }

  function workPart() {
    return el('fieldset', { class: 'group' }, [
      el('legend', { text: 'Het werk' }),
      M.field('vf-title', 'Titel', M.textbox('vf-title', { required: '', maxlength: '200' }), 'Zoals werkzoekenden hem zien, bijvoorbeeld "Heftruckchauffeur, 32 uur".'),
      M.field('vf-words', 'Het werk in de woorden van de werkgever', M.textbox('vf-words', { required: '', maxlength: '300' })),
      M.field('vf-occupation', 'ESCO-beroep (adres)', M.textbox('vf-occupation', { type: 'url', maxlength: '200', pattern: 'http://data\\.europa\\.eu/esco/occupation/[0-9a-f\\-]+', placeholder: 'http://data.europa.eu/esco/occupation/…' }), 'Leeg: er wordt alleen op de woorden gezocht.'),
      el('div', { class: 'pair' }, [
        M.field('vf-hours-min', 'Uren per week, minstens', M.textbox('vf-hours-min', { type: 'number', min: '1', max: '60', inputmode: 'numeric' })),
        M.field('vf-hours-max', 'Uren per week, hoogstens', M.textbox('vf-hours-max', { type: 'number', min: '1', max: '60', inputmode: 'numeric' })),
      ]),
      el('div', { class: 'pair' }, [
        M.field('vf-postcode', 'Postcode (4 cijfers)', M.textbox('vf-postcode', { pattern: '[1-9][0-9]{3}', maxlength: '4', inputmode: 'numeric' })),
        M.field('vf-place', 'Plaats', M.textbox('vf-place', { maxlength: '100' })),
      ]),
      M.field('vf-start', 'Begin', M.select('vf-start', L.START)),
      M.field('vf-closes', 'Sluitingsdatum', M.textbox('vf-closes', { type: 'date' }), 'Na deze dag zien werkzoekenden de vacature niet meer.'),
      M.field('vf-description', 'Beschrijving voor werkzoekenden', M.textarea('vf-description', { maxlength: '1000' }), 'Zonder naam of contactgegevens van de werkgever.'),
    ]);
  }

  function requirementsPart() {
    const check = (id, text) => el('div', { class: 'utrecht-form-field utrecht-form-field--checkbox' }, [
      el('input', { id, type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input' }),
      el('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id, text }),
    ]);
    return el('fieldset', { class: 'group' }, [
      el('legend', { text: 'Eisen' }),
      M.field('vf-education', 'Opleiding', M.select('vf-education', L.EDUCATION, 'geen eis')),
      M.field('vf-dutch', 'Niveau Nederlands', M.select('vf-dutch', L.DUTCH, 'geen eis')),
      M.field('vf-times', 'Werktijden', M.select('vf-times', L.TIMES, 'niet gezegd')),
      check('vf-licence', 'Rijbewijs nodig'),
      check('vf-heavy', 'Lichamelijk zwaar werk'),
      M.field('vf-req-words', 'Andere eisen', M.textbox('vf-req-words', { maxlength: '300' })),
      M.checkboxes('vf-learn', 'Te leren op het werk', L.LEARN),
      M.checkboxes('vf-support', 'Open voor kandidaten met ondersteuning', L.SUPPORT),
    ]);
  }

  const value = (id) => $(id).value.trim();
  const number = (id) => (value(id) === '' ? undefined : Number(value(id)));
  const checked = (name) => [...document.querySelectorAll('input[name="' + name + '"]:checked')].map((c) => c.value);
  const some = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && v !== false));

  /** VacancyData from the form: empty fields are left out (the schema's defaults apply). */
  function collect() {
    const hoursPerWeek = some({ min: number('vf-hours-min'), max: number('vf-hours-max') });
    return some({
      words: value('vf-words'),
      occupationUri: value('vf-occupation'),
      hoursPerWeek: Object.keys(hoursPerWeek).length ? hoursPerWeek : undefined,
      postcode: value('vf-postcode'),
      place: value('vf-place'),
      start: value('vf-start'),
      requirements: some({ education: value('vf-education'), dutch: value('vf-dutch'), times: value('vf-times'), drivingLicence: $('vf-licence').checked, heavyWork: $('vf-heavy').checked, words: value('vf-req-words') }),
      learnOnTheJob: checked('vf-learn'),
      support: checked('vf-support'),
      description: value('vf-description'),
    });
  }

  function fill(v) {
    const d = v.data || {};
    const r = d.requirements || {};
    const h = d.hoursPerWeek || {};
    const set = { 'vf-title': v.title, 'vf-words': d.words, 'vf-occupation': d.occupationUri, 'vf-hours-min': h.min, 'vf-hours-max': h.max, 'vf-postcode': d.postcode, 'vf-place': d.place, 'vf-start': d.start || 'now', 'vf-description': d.description, 'vf-education': r.education, 'vf-dutch': r.dutch, 'vf-times': r.times, 'vf-req-words': r.words, 'vf-closes': v.closesAt ? v.closesAt.slice(0, 10) : '' };
    for (const [id, x] of Object.entries(set)) $(id).value = x === undefined || x === null ? '' : String(x);
    $('vf-licence').checked = r.drivingLicence === true;
    $('vf-heavy').checked = r.heavyWork === true;
    for (const c of document.querySelectorAll('input[name="vf-learn"]')) c.checked = (d.learnOnTheJob || []).includes(c.value);
    for (const c of document.querySelectorAll('input[name="vf-support"]')) c.checked = (d.support || []).includes(c.value);
  }

  /** The closing date as the end of that day (the vacancy is shown on the day itself). */
  const closesAt = () => (value('vf-closes') ? new Date(value('vf-closes') + 'T23:59:59').toISOString() : null);

  function employer() {
    const organisation = value('vf-organisation');
    const contact = some({ name: value('vf-contact-name'), email: value('vf-contact-email'), phone: value('vf-contact-phone') });
    if (!organisation && !Object.keys(contact).length) return undefined;
    if (!organisation || !contact.name || !(contact.email || contact.phone)) throw new Error('Vul bij de werkgever de organisatie, de naam van de contactpersoon en een e-mailadres of telefoonnummer in.');
    return { organisation, contact };
  }

  async function save(vacancy) {
    $('mediation-error').textContent = '';
    try {
      const body = { title: value('vf-title'), data: collect() };
      let saved;
      if (vacancy) {
        saved = await M.api('PATCH', '/vacancies/' + encodeURIComponent(vacancy.id), { ...body, closesAt: closesAt() });
      } else {
        const who = employer();
        saved = await M.api('POST', '/vacancies', { ...body, ...(closesAt() ? { closesAt: closesAt() } : {}), ...(who ? { employer: who } : {}) });
      }
      W.alerts.announce(vacancy ? 'Vacature opgeslagen.' : 'Vacature opgeslagen als concept.');
      location.hash = '#/vacatures/' + encodeURIComponent(saved.id);
    } catch (e) {
      $('mediation-error').textContent = e.message;
    }
  }

  async function render(match, page) {
    const vacancy = match[1] ? await M.api('GET', '/vacancies/' + encodeURIComponent(match[1])) : null;
    const back = vacancy ? '#/vacatures/' + encodeURIComponent(vacancy.id) : '#/vacatures';
    const form = el('form', { id: 'vacancy-form', class: 'vacancy-form' }, [
      workPart(),
      requirementsPart(),
      vacancy ? el('p', { class: 'small muted', text: 'Werkgever: ' + (vacancy.employer ? vacancy.employer.organisation : 'geen') + ' (wijzigen kan hier niet).' }) : employerPart(),
      el('div', { class: 'buttons' }, [
        el('button', { type: 'submit', id: 'vacancy-save', class: 'utrecht-button utrecht-button--primary-action', text: vacancy ? 'Wijzigingen opslaan' : 'Opslaan als concept' }),
        M.link(back, 'Annuleren', { class: 'link-button' }),
      ]),
    ]);
    form.addEventListener('submit', (e) => { e.preventDefault(); save(vacancy); });
    page.replaceChildren(el('p', { class: 'small' }, [M.link(back, vacancy ? '← Terug naar de vacature' : '← Alle vacatures')]), M.heading(vacancy ? 'Vacature wijzigen: ' + vacancy.title : 'Nieuwe vacature'), form);
    if (vacancy) fill(vacancy);
  }

  M.route(/^#\/vacatures\/nieuw$/, render);
  M.route(/^#\/vacatures\/([\w-]+)\/wijzigen$/, render);
  // "nieuw" is not an id: the list of routes is tried in order, vacancy.js registers after this file.
})();
