// A seeker who asked for a person, with a stored (versioned) profile and, by default, two stored
// proposals of which the bot showed the first: for the canned-answer API and browser tests.
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { storedProfile } from '../../src/matching/intakeRecord';
import { seekerAsksForHuman } from './helpers';

export async function seekerWithProfile(app: App, withProposals = true) {
  const { seeker, handoffId } = await seekerAsksForHuman(app);
  const row = await app.db.seeker.create({ data: { channel: 'directline', userKey: crypto.randomBytes(16).toString('hex') } });
  await app.db.conversation.update({ where: { id: seeker.conversationId }, data: { seekerId: row.id } });
  const answers = { situation: 'ww', benefitEnd: '2027-09-01', monthlyAmount: 1900, approximate: ['monthlyAmount'], education: 'mbo-2', jobs: [{ text: 'orderpicker', years: 20 }] };
  await app.db.profile.create({ data: { seekerId: row.id, data: storedProfile(answers, true) } });
  if (withProposals) {
    await app.db.proposal.create({ data: { seekerId: row.id, kind: 'schooling', title: 'Scholing met WW', score: 0.9, shownAt: new Date(), data: { id: 'a', nextStep: 'Vraag je werkcoach van UWV naar scholing.', reasons: ['Je hebt WW.'] } } });
    await app.db.proposal.create({ data: { seekerId: row.id, kind: 'job-direction', title: 'Werken als chauffeur', score: 0.4, data: { id: 'b', nextStep: 'Zoek vacatures.', reasons: [] } } });
  }
  return { seeker, handoffId };
}

