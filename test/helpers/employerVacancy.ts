// The heftruckchauffeur vacancy an employer leaves in the chat, shared by the conversation tests
// (test/dialogs/employerMediation.test.ts) and the channel tests (Direct Line, WhatsApp).
import { expect } from 'chai';
import type { Db } from '../../src/db/client';

/** The heftruckchauffeur vacancy, as an employer types it (shared with the Direct Line and WhatsApp tests). */
export const VACANCY_STEPS: [string, RegExp][] = [
  ['ik wil een vacature achterlaten', /korte vragen over de vacature[\s\S]*Welk werk is het\?/],
  // Hours and start come with the work: not asked again.
  ['heftruckchauffeur in ons magazijn, 32 uur, per direct', /Welk beroep past het best\?/],
  ['heftruckchauffeur', /ik noteer: heftruckchauffeur\.[\s\S]*4 cijfers van de postcode/],
  ['weet ik niet', /sla ik over[\s\S]*Welk diploma is nodig\?/],
  ['mbo 2', /Hoe goed moet iemand Nederlands spreken\?/],
  ['redelijk', /Is er nog iets nodig\?/],
  ['rijbewijs nodig en nachtdiensten', /Wat kan iemand bij jullie leren\?/],
  ['we werken iemand in', /jobcoach[\s\S]*Sta je open voor iemand die extra steun nodig heeft\?/],
  ['een jobcoach is goed', /Ik bewaar je vacature[\s\S]*Mag ik dit bewaren en gebruiken voor bemiddeling\?/],
  ['ja', /naam van je organisatie\?/],
  ['Magazijn Noord BV', /Wie is de contactpersoon\?/],
  ['Sanne de Boer, sanne@magazijnnoord.nl', /Werk: heftruckchauffeur \(heftruckchauffeur in ons magazijn, 32 uur, per direct\)\n- Uren per week: 32\n- Postcode: niet gezegd\n- Begin: Zo snel mogelijk\n- Diploma: mbo 2\n- Nederlands: Redelijk \(B1\)\n- Verder nodig: rijbewijs, nachten\n- Leren op het werk: Inwerken\n- Open voor extra steun: jobcoach\n- Organisatie: Magazijn Noord BV\n- Contactpersoon: Sanne de Boer \(sanne@magazijnnoord\.nl\)[\s\S]*Klopt dit\?/],
  // Corrections before anything is stored: a new value at once, or the question again.
  ['nee, 24 uur', /Aangepast\.[\s\S]*Uren per week: 24\n[\s\S]*Klopt dit\?/],
  ['de postcode klopt niet', /Waar is het werk\? Typ de 4 cijfers van de postcode\.$/],
  ['3512 AB', /Postcode: 3512\n[\s\S]*Klopt dit\?/],
  ['ja', /Ik heb je vacature bewaard\.[\s\S]*adviseur van het Werkcentrum kijkt ernaar[\s\S]*geen gegevens van werkzoekenden/],
];

/** The stored vacancy of the steps above, checked field by field. */
export async function expectStoredVacancy(db: Db, userKey?: string): Promise<void> {
  const employers = await db.employer.findMany();
  expect(employers).to.have.length(1);
  expect(employers[0]).to.include({ organisation: 'Magazijn Noord BV', consentVersion: 'employer-mediation-v1' });
  expect(employers[0].userKey).to.equal(userKey ?? employers[0].userKey).and.to.match(/^[0-9a-f]{64}$/);
  expect(employers[0].contact).to.deep.equal({ name: 'Sanne de Boer', email: 'sanne@magazijnnoord.nl' });
  const vacancies = await db.vacancy.findMany();
  expect(vacancies).to.have.length(1);
  const v = vacancies[0];
  expect(v).to.include({ employerId: employers[0].id, status: 'draft', source: 'chat', title: 'heftruckchauffeur', postcode: '3512' });
  expect(v.occupationUri).to.match(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
  expect(v.data).to.deep.equal({
    words: 'heftruckchauffeur in ons magazijn, 32 uur, per direct',
    occupationUri: v.occupationUri,
    hoursPerWeek: { min: 24, max: 24 },
    postcode: '3512',
    start: 'now',
    requirements: { education: 'mbo-2', dutch: 'B1', drivingLicence: true, times: 'nights' },
    learnOnTheJob: ['inwerken'],
    support: ['jobcoach'],
  });
  // "weet ik niet" is never content.
  expect(JSON.stringify(v.data)).to.not.match(/weet/i);
}

