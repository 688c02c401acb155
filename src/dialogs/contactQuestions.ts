// Before anything of an employer is stored: what is kept and why, consent (no → nothing stored),
// then the organisation and a contact person, unless this chat identity left them before.
import { classifyNonAnswer, findPii, isNonAnswer, parseYesNoAnswer } from '../language';
import { EmployerContactSchema } from '../mediation/vacancy';
import type { Question } from './questionnaire';
import { yesNoQuestion } from './questions';
import type { ContactAnswers } from './vacancyAnswers';

const EMAIL = /[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}/i;
const PHONE = /(?:\+|\b0)[0-9][0-9 ()-]{7,18}[0-9]/;
const unknown = (text: string) => classifyNonAnswer(text) !== undefined || isNonAnswer(text);

export function contactQuestions<A extends ContactAnswers>(): Question<A>[] {
  return [
    yesNoQuestion<A>({
      id: 'consent',
      when: (a) => a.consent === undefined,
      intro: (q) => [q.t.employerMediation.consent.explain],
      text: (q) => q.t.employerMediation.consent.question,
      // Only a clear yes is consent; "weet niet" is not.
      apply: (a, value) => (a.consent = value === 'yes'),
    }),
    {
      id: 'organisation',
      freeText: true,
      when: (a) => a.consent === true && !a.known && !a.organisation,
      ask: (q) => [{ text: q.t.employerMediation.contact.organisationQuestion }],
      understand: (text, q) => {
        const name = text.trim().replace(/\s+/g, ' ');
        if (unknown(text) || name.length < 2 || name.length > 150 || parseYesNoAnswer(text)) return { ok: false, hint: q.t.employerMediation.contact.organisationHint };
        return { ok: true, apply: (a) => (a.organisation = name) };
      },
    },
    {
      id: 'contact',
      freeText: true,
      when: (a) => a.consent === true && !a.known && !a.contactName,
      ask: (q) => [{ text: q.t.employerMediation.contact.nameQuestion }],
      understand: (text, q) => {
        // "Sanne de Boer, sanne@bakkerij.nl": the name, and the address for the next question.
        const email = EMAIL.exec(text)?.[0];
        const phone = PHONE.exec(text)?.[0];
        const name = text.replace(EMAIL, '').replace(PHONE, '').replace(/^(de contactpersoon is|contactpersoon|dat ben ik|ik ben|het is|naam)[:\s]*/i, '').replace(/[,;:\s]+$/, '').trim();
        if (unknown(text) || name.length < 2 || name.length > 100 || findPii(text, ['bsn']).length) return { ok: false, hint: q.t.employerMediation.contact.nameHint };
        return { ok: true, apply: (a) => ((a.contactName = name), email && (a.email = email), phone && (a.phone = phone.replace(/[^\d+]/g, ''))) };
      },
    },
    {
      id: 'reach',
      when: (a) => a.consent === true && !a.known && !a.email && !a.phone,
      ask: (q) => [{ text: q.t.employerMediation.contact.reachQuestion }],
      understand: (text, q) => {
        const email = EMAIL.exec(text)?.[0];
        const phone = PHONE.exec(text)?.[0]?.replace(/[^\d+]/g, '');
        const checked = EmployerContactSchema.safeParse({ name: 'x', ...(email ? { email } : {}), ...(phone ? { phone } : {}) });
        if (!checked.success) return { ok: false, hint: q.t.employerMediation.contact.reachHint };
        return { ok: true, apply: (a) => ((email && (a.email = email)), phone && (a.phone = phone)) };
      },
    },
  ];
}
