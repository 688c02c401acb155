// An employer leaves a vacancy: the work in own words → the occupation, confirmed → hours, place,
// start, requirements, learning on the job, openness to support → consent and a contact person →
// "Klopt dit?" → stored as a draft that an advisor checks and publishes (mediationFormDialog.ts).
import type { TurnContext } from 'botbuilder';
import { readVacancyFacts } from '../language';
import { EMPLOYER_CONSENT_VERSION } from '../texts/employerMediation';
import { seekerOf } from './identity';
import { MediationFormDialog } from './mediationFormDialog';
import type { EmployerDesk, Matcher } from './services';
import { say, turnOf } from './turn';
import { contactOf, toVacancyData, VACANCY_FIELDS, vacancyLines, vacancyTitle, type VacancyAnswers } from './vacancyAnswers';
import { vacancyHooks, vacancyQuestions } from './vacancyQuestions';

export const VACANCY_DIALOG = 'vacancy';

export class VacancyDialog extends MediationFormDialog<VacancyAnswers> {
  constructor(desk: EmployerDesk, matcher: Pick<Matcher, 'searchOccupations'>, now: () => Date) {
    super(
      VACANCY_DIALOG,
      desk,
      vacancyQuestions((text, limit) => matcher.searchOccupations(text, limit)),
      {
        fields: VACANCY_FIELDS,
        lines: (a, q) => vacancyLines(a, q.t),
        // "nee, 24 uur": changed at once.
        facts: (text, q) => readVacancyFacts(text, q.now, q.locale),
      },
      now,
      vacancyHooks,
    );
  }

  protected intro(context: TurnContext): string {
    return turnOf(context).t.employerMediation.vacancy.intro;
  }

  protected async save(context: TurnContext, a: VacancyAnswers): Promise<void> {
    const { t } = turnOf(context);
    await this.desk.leaveVacancy(seekerOf(context), {
      ...(a.known ? {} : { organisation: a.organisation, contact: contactOf(a) }),
      title: vacancyTitle(a),
      data: toVacancyData(a),
      consentVersion: EMPLOYER_CONSENT_VERSION,
    });
    for (const line of t.employerMediation.stored) await say(context, line);
  }
}
