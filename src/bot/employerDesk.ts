// The dialogs' EmployerDesk on MediationStore: an employer is known by the same keyed hash of the
// channel's user id as a seeker (SeekerStore.userKey), so "verwijder mijn gegevens" finds both.
import { isUniqueViolation } from '../db/client';
import type { MediationStore } from '../db/mediationStore';
import type { EmployerDesk, SeekerIdentity } from '../dialogs/services';
import type { EmployerContact } from '../mediation/vacancy';

export function createEmployerDesk(store: MediationStore, userKey: (channel: string, userId: string) => string, baseUrl: () => string): EmployerDesk {
  const keyOf = (who: SeekerIdentity) => userKey(who.channel, who.userId);

  /**
   * The employer row of this chat identity, made on first use (a parallel first use finds the
   * winner's); a known employer who gave the organisation or contact again has them updated.
   */
  async function employerId(who: SeekerIdentity, input: { organisation?: string; contact?: EmployerContact; consentVersion: string }): Promise<string> {
    const key = keyOf(who);
    const known = await store.employerByUserKey(key);
    if (known && input.organisation && input.contact) await store.updateEmployer(known.id, { organisation: input.organisation, contact: input.contact });
    if (known) return known.id;
    if (!input.organisation || !input.contact) throw new Error('a new employer needs an organisation and a contact');
    try {
      const created = await store.createEmployer({ organisation: input.organisation, contact: input.contact, userKey: key, channel: who.channel, conversationId: who.conversationId, consentVersion: input.consentVersion });
      return created.id;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return (await store.employerByUserKey(key))!.id;
    }
  }

  return {
    async employerOf(who) {
      const row = await store.employerByUserKey(keyOf(who));
      return row ? { organisation: row.organisation } : undefined;
    },
    async leaveVacancy(who, input) {
      const id = await employerId(who, input);
      const vacancy = await store.createVacancy({ employerId: id, title: input.title, data: input.data, source: 'chat' });
      return { vacancyId: vacancy.id };
    },
    async registerGroup(who, input) {
      const id = await employerId(who, input);
      const group = await store.createGroup({ employerId: id, headcount: input.headcount, work: input.work, endsAt: input.endsAt, arrangement: input.arrangement });
      return { code: group.code, link: `${baseUrl().replace(/\/$/, '')}/?code=${group.code}` };
    },
    async groupProgress(who) {
      const employer = await store.employerByUserKey(keyOf(who));
      if (!employer) return [];
      const groups = await store.groups({ employerId: employer.id });
      return Promise.all(groups.map(async (g) => ({ code: g.code, ...(await store.groupProgress(g.id)) })));
    },
    async findGroup(code) {
      const group = await store.groupByCode(code);
      return group ? { id: group.id, code: group.code } : undefined;
    },
    joinGroup: (seekerId, groupId) => store.joinGroup(seekerId, groupId),
    eraseEmployer: (who) => store.eraseEmployer({ userKey: keyOf(who) }),
  };
}
