// What the intake collects, step by step, and how it becomes a matching profile.
import type { z } from 'zod';
import type { ProfileInput } from '../matching';
import { IntakeAnswersSchema } from '../matching/intakeRecord';

// The schema lives with the profile (src/matching/intakeRecord.ts): the store and the console read it too.
export { IntakeAnswersSchema };

export type IntakeAnswers = z.input<typeof IntakeAnswersSchema>;

/** The matching profile for what is known; unknown fields get careful defaults. */
export function toProfileInput(a: IntakeAnswers): ProfileInput {
  const barriers: NonNullable<ProfileInput['barriers']> = [];
  if (a.healthLimits === 'yes') barriers.push('health');
  return {
    income: { situation: a.situation ?? 'none', ...(a.situation === 'wia' && a.wiaType ? { wiaType: a.wiaType } : {}) },
    workHistory: (a.jobs ?? []).map((job) => ({
      title: job.text.slice(0, 200),
      ...(job.occupation ? { occupationUri: job.occupation.uri, confirmed: job.confirmed === true } : {}),
      ...(job.years !== undefined ? { years: Math.min(60, job.years) } : {}),
    })),
    ...(a.birthYear !== undefined && a.birthYear >= 1930 && a.birthYear <= 2015 ? { birthYear: a.birthYear } : {}),
    education: { level: a.education ?? 'none', ...(a.foreignDiploma ? { foreignDiploma: true } : {}) },
    dutchLevel: a.dutchLevel ?? 'B1',
    ...(a.drivingLicence !== undefined ? { drivingLicence: a.drivingLicence } : {}),
    ...(a.limits ? { limits: a.limits } : {}),
    barriers,
    goals: {
      direction: a.direction ?? 'unsure',
      ...(a.interests ? { interests: a.interests.slice(0, 300) } : {}),
      ...(a.targets?.length ? { targetOccupationUris: a.targets.map((t) => t.uri) } : {}),
      ...(a.hours ? { hoursPerWeek: a.hours } : {}),
      ...(a.postcode ? { postcode: a.postcode } : {}),
      ...(a.region ? { region: a.region.slice(0, 100) } : {}),
      start: a.start ?? 'now',
      training: { willing: a.trainingWilling ?? true, ...(a.trainingMonths ? { maxMonths: Math.max(1, Math.min(60, Math.round(a.trainingMonths))) } : {}) },
    },
  };
}

/** Marks an answer field as a guess ("ongeveer", "denk ik"), or clears that mark when it was said exactly. */
export function markApproximate(a: IntakeAnswers, field: string, approximate: boolean): void {
  const rest = (a.approximate ?? []).filter((f) => f !== field);
  if (approximate) rest.push(field);
  if (rest.length) a.approximate = rest;
  else delete a.approximate;
}
