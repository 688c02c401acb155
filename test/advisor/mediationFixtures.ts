// Fixtures for the bemiddeling API tests: mediators and plain advisors with sessions, seekers with
// a stored profile (who did the vacancy's work) with or without consent 'matching', each with a
// real website conversation, and vacancies created through the API.
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { storedProfile } from '../../src/matching/intakeRecord';
import { DirectLineClient } from '../helpers/directLine';
import { AdvisorClient, createAdvisor, sessionFor, waitUntil } from './helpers';

export const KOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';

export const VACANCY_DATA = {
  words: 'kok in ons restaurant',
  occupationUri: KOK,
  hoursPerWeek: { min: 24, max: 36 },
  postcode: '3511',
  place: 'Utrecht',
  requirements: { dutch: 'B1' },
  support: ['jobcoach'],
};

export const CONTACT = { name: 'Petra de Vries', email: 'petra@restaurant.example', phone: '030 123 4567' };

export type Role = 'advisor' | 'werkgeversadviseur' | 'admin';

export async function clientFor(app: App, name: string, role: Role): Promise<AdvisorClient> {
  const advisor = await createAdvisor(app.db, name, undefined, { role });
  return AdvisorClient.withToken(app.url, await sessionFor(app.db, advisor.id));
}

export const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** A website conversation with a stored channel address (the bot answered a first message). */
export async function websiteConversation(app: App): Promise<DirectLineClient> {
  const client = await new DirectLineClient(app.url).generate();
  await client.start();
  await client.say('hallo');
  await waitUntil(async () => Boolean((await app.db.conversation.findUnique({ where: { id: client.conversationId } }))?.reference), 10_000, 'a stored reference');
  await client.poll();
  return client;
}

/** A seeker who worked as a cook (confirmed), on the website; consent 'matching' as given. */
export async function cookSeeker(app: App, consent: 'granted' | 'none' | 'withdrawn' | 'refused' = 'granted', chat = true) {
  const seeker = await app.db.seeker.create({ data: { channel: 'directline', userKey: crypto.randomBytes(16).toString('hex') } });
  const answers = { situation: 'ww', education: 'mbo-2', dutchLevel: 'B2', jobs: [{ text: 'kok', years: 8, occupation: { uri: KOK, label: 'kok' }, confirmed: true }], postcode: '3511', hours: { min: 24, max: 40 } };
  await app.db.profile.create({ data: { seekerId: seeker.id, data: storedProfile(answers, true) } });
  if (consent !== 'none') {
    await app.db.consent.create({ data: { seekerId: seeker.id, purpose: 'matching', granted: true, textVersion: '1', createdAt: new Date(Date.now() - 60_000) } });
    if (consent === 'withdrawn') await app.db.consent.updateMany({ where: { seekerId: seeker.id }, data: { withdrawnAt: new Date() } });
    if (consent === 'refused') await app.db.consent.create({ data: { seekerId: seeker.id, purpose: 'matching', granted: false, textVersion: '1' } });
  }
  const client = chat ? await websiteConversation(app) : undefined;
  if (client) await app.db.conversation.update({ where: { id: client.conversationId }, data: { seekerId: seeker.id } });
  return { seekerId: seeker.id, client };
}

/** A published vacancy for a cook; with an employer who chatted (chat) or left only a contact. */
export async function publishedVacancy(app: App, mediator: AdvisorClient, employer: 'chat' | 'contact' | 'none' = 'contact', title = 'Kok') {
  let employerId: string | undefined;
  let employerChat: DirectLineClient | undefined;
  if (employer === 'chat') {
    employerChat = await websiteConversation(app);
    employerId = (await app.db.employer.create({ data: { organisation: 'Restaurant De Boog', contact: CONTACT, channel: 'directline', conversationId: employerChat.conversationId } })).id;
  }
  const body = { title, data: VACANCY_DATA, ...(employerId ? { employerId } : employer === 'contact' ? { employer: { organisation: 'Restaurant De Boog', contact: CONTACT } } : {}) };
  const res = await mediator.request('POST', '/advisor/api/vacancies', body);
  if (res.status !== 201) throw new Error(`create vacancy: ${res.status} ${await res.text()}`);
  const vacancy = (await res.json()) as { id: string };
  await mediator.json('POST', `/advisor/api/vacancies/${vacancy.id}/publish`);
  return { vacancyId: vacancy.id, employerChat };
}
