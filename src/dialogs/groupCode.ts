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

/**
 * The group's id when the code is known (and says so). Unknown: a friendly word when the message
 * was about a code ("mijn code is …", the code alone, the link), else nothing was said (`answered`
 * false: "kan ik part-time werken" goes on as usual).
 */
export async function groupOfCode(context: TurnContext, desk: EmployerDesk, code: string): Promise<{ id?: string; answered: boolean }> {
  const { t } = turnOf(context);
  const group = await desk.findGroup(code);
  const text = context.activity.type === 'message' ? (context.activity.text ?? '') : code;
  const aboutCode = /\bcode\b/i.test(text) || text.trim().toUpperCase() === code.toUpperCase();
  if (!group && !aboutCode) return { answered: false };
  await say(context, group ? t.employerMediation.employee.joined : t.employerMediation.employee.unknownCode);
  return { id: group?.id, answered: true };
}
