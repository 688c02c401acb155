// Van werk naar werk: an employer registers the group whose jobs end (how many, which work, when,
// what the employer offers) → consent and a contact person → "Klopt dit?" → the group's code and
// the link to hand to the employees. The employer later sees counts only (groupProgress).
import type { TurnContext } from 'botbuilder';
import { EMPLOYER_CONSENT_VERSION } from '../texts/employerMediation';
import { groupQuestions } from './groupQuestions';
import { seekerOf } from './identity';
import { MediationFormDialog } from './mediationFormDialog';
import type { EmployerDesk } from './services';
import { say, turnOf } from './turn';
import { contactOf, GROUP_FIELDS, groupLines, toArrangement, type GroupAnswers } from './vacancyAnswers';

export const GROUP_DIALOG = 'transitionGroup';

export class GroupDialog extends MediationFormDialog<GroupAnswers> {
  constructor(desk: EmployerDesk, now: () => Date) {
    super(GROUP_DIALOG, desk, groupQuestions, { fields: GROUP_FIELDS, lines: (a, q) => groupLines(a, q.t, q.locale) }, now);
  }

  protected intro(context: TurnContext): string {
    return turnOf(context).t.employerMediation.group.intro;
  }

  protected async save(context: TurnContext, a: GroupAnswers): Promise<void> {
    const { t } = turnOf(context);
    const { code, link } = await this.desk.registerGroup(seekerOf(context), {
      ...(a.known ? {} : { organisation: a.organisation, contact: contactOf(a) }),
      headcount: a.headcount!,
      work: a.work!,
      ...(a.endsAt ? { endsAt: new Date(`${a.endsAt}T00:00:00Z`) } : {}),
      arrangement: toArrangement(a),
      consentVersion: EMPLOYER_CONSENT_VERSION,
    });
    await say(context, t.employerMediation.group.made(code));
    await say(context, t.employerMediation.group.link(link));
    await say(context, t.employerMediation.group.counts);
  }
}

/** "Hoe gaat het met de groep?": counts only, never answers. */
export async function tellGroupProgress(context: TurnContext, desk: EmployerDesk): Promise<void> {
  const { t } = turnOf(context);
  const groups = await desk.groupProgress(seekerOf(context));
  if (!groups.length) return say(context, t.employerMediation.group.noGroup);
  for (const g of groups) await say(context, t.employerMediation.group.progress(g.code, g.started, g.withProfile, g.introduced, g.placed));
  await say(context, t.employerMediation.group.progressNote);
}
