// What the employer dialog collects: business facts only (no names or details of employees), and
// how they become the matching module's EmployerProfile and the advisor's one-line summary.
import { z } from 'zod';
import { CompanySizeSchema, EmployerNeedSchema, EmployerSectorSchema, type EmployerProfileInput } from '../matching';
import { nl } from '../texts/nl';

export const EmployerAnswersSchema = z.object({
  need: EmployerNeedSchema.optional(),
  sector: EmployerSectorSchema.optional(),
  postcode: z.string().regex(/^\d{4}$/).optional(),
  size: CompanySizeSchema.optional(),
  vacancy: z.string().max(300).optional(),
  atRisk: z.number().int().positive().optional(),
});
export type EmployerAnswers = z.infer<typeof EmployerAnswersSchema>;

export function toEmployerProfile(a: EmployerAnswers): EmployerProfileInput {
  return {
    needs: [a.need ?? 'vacancy'],
    sector: a.sector ?? 'overig',
    ...(a.postcode ? { postcode: a.postcode } : {}),
    ...(a.size ? { size: a.size } : {}),
    ...(a.vacancy ? { vacancy: a.vacancy.slice(0, 300) } : {}),
    ...(a.atRisk ? { atRisk: a.atRisk } : {}),
  };
}

/** For the advisor console (Dutch, like the console): "werkgever · Een vacature invullen · …". */
export function employerSummaryLine(a: EmployerAnswers): string {
  const t = nl.employer;
  const parts = ['werkgever'];
  if (a.need) parts.push(t.needs[a.need]);
  if (a.sector) parts.push(`sector: ${t.sectors[a.sector]}`);
  if (a.postcode) parts.push(`postcode ${a.postcode}`);
  if (a.size) parts.push(`${t.sizes[a.size].toLowerCase()} medewerkers`);
  if (a.vacancy) parts.push(`werk: ${a.vacancy}`);
  if (a.atRisk) parts.push(`${a.atRisk} medewerkers met kans op ontslag`);
  return parts.join(' · ');
}
