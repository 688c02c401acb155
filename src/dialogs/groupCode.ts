// An employee who starts with their employer's van werk naar werk code: from the website link
// ("/?code=ABCD-EFGH", with the conversation's start) or typed ("mijn code is ABCD-EFGH", on any
// channel). Known: told so in one sentence; the intake tags them after consent (rootDialog.ts).
import type { TurnContext } from 'botbuilder';
import { findGroupCode } from '../language';
import type { EmployerDesk } from './services';
import { say, turnOf } from './turn';

/** The code this turn brings: the link's (on the greeting) or one typed in the message. */
export function groupCodeOf(context: TurnContext): string | undefined {
  const { activity } = context;
  const linked = (activity.value as { groupCode?: unknown } | undefined)?.groupCode;
  if (activity.type !== 'message') return typeof linked === 'string' && linked ? linked : undefined;
  return findGroupCode(activity.text ?? '');
}

/** The group's id when the code is known (and says so); a friendly word and undefined when not. */
export async function groupOfCode(context: TurnContext, desk: EmployerDesk, code: string): Promise<string | undefined> {
  const { t } = turnOf(context);
  const group = await desk.findGroup(code);
  await say(context, group ? t.mediation.employee.joined : t.mediation.employee.unknownCode);
  return group?.id;
}
