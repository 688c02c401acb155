// The words an advisor reads for the profile's codes, dates and amounts (Dutch; the console is
// Dutch). Each table is typed over its zod enum: a new code without words does not compile.
import type { z } from 'zod';
import type { DutchLevel, EducationLevel, IncomeSituation, LimitsSchema } from '../matching';
import type { IntakeAnswersSchema } from '../matching/intakeRecord';
import { formatDate, formatEuro, formatYears } from '../language/format';

type Answers = z.infer<typeof IntakeAnswersSchema>;
type Values<K extends keyof Answers> = NonNullable<Answers[K]>;

export const CODES: {
  situation: Record<IncomeSituation, string>;
  wiaType: Record<Values<'wiaType'>, string>;
  education: Record<EducationLevel, string>;
  dutchLevel: Record<DutchLevel, string>;
  healthLimits: Record<Values<'healthLimits'>, string>;
  direction: Record<Values<'direction'>, string>;
  start: Record<Values<'start'>, string>;
} = {
  situation: {
    employed: 'werk (vast contract)',
    flex: 'flexwerk of uitzendwerk',
    'self-employed': "zzp'er",
    ww: 'WW',
    bijstand: 'bijstand',
    wia: 'WIA',
    wajong: 'Wajong',
    'other-benefit': 'een andere uitkering',
    none: 'geen werk en geen uitkering',
  },
  wiaType: { wga: 'WGA: kan nog een deel werken', iva: 'IVA: kan niet meer werken' },
  education: {
    none: 'geen diploma',
    primary: 'basisschool',
    vmbo: 'vmbo',
    'mbo-1': 'mbo niveau 1',
    'mbo-2': 'mbo niveau 2',
    'mbo-3': 'mbo niveau 3',
    'mbo-4': 'mbo niveau 4',
    havo: 'havo',
    vwo: 'vwo',
    hbo: 'hbo',
    wo: 'universiteit (wo)',
  },
  dutchLevel: {
    A0: 'nog bijna geen Nederlands (A0)',
    A1: 'een beetje (A1)',
    A2: 'eenvoudig (A2)',
    B1: 'redelijk (B1)',
    B2: 'goed (B2)',
    C1: 'heel goed (C1)',
    C2: 'uitstekend (C2)',
    native: 'moedertaal',
  },
  healthLimits: { yes: 'heeft beperkingen door gezondheid', no: 'geen beperkingen door gezondheid', private: 'wil dit liever niet zeggen' },
  direction: { same: 'hetzelfde werk als eerder', similar: 'werk dat lijkt op eerder werk', new: 'iets nieuws', unsure: 'weet het nog niet' },
  start: { now: 'zo snel mogelijk', 'within-3-months': 'binnen 3 maanden', 'within-6-months': 'binnen 6 maanden', later: 'later' },
};

export const LIMIT_TIMES: Record<NonNullable<z.infer<typeof LimitsSchema>['times']>, string> = {
  'school-hours': 'alleen onder schooltijd',
  daytime: 'alleen overdag',
  'no-nights': "niet 's nachts of in ploegen",
};

/** Years and hours as said: "2,5", never rounded to a whole number. */
export const number = (n: number) => formatYears(n, 'nl');

/** "1 september 2027" from YYYY-MM-DD, "september 2027" from YYYY-MM; anything else as given. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  return m ? formatDate(m[0], 'nl', m[3] ? 'day' : 'month') : iso;
}

/** "€ 1.900" with a plain space (Intl's no-break space makes copied text differ). */
export const euro = (amount: number) => formatEuro(amount, 'nl').replace(/\s/g, ' ');

export const yearsText = (years: number) => `${number(years)} jaar`;

export function hoursText(h: { min?: number; max?: number }): string {
  if (h.min !== undefined && h.max !== undefined) return h.min === h.max ? `${h.max} uur` : `${h.min} tot ${h.max} uur`;
  if (h.max !== undefined) return `hoogstens ${h.max} uur`;
  if (h.min !== undefined) return `minstens ${h.min} uur`;
  return 'onbekend';
}
