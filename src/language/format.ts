// Dates and amounts as people read them: "1 september 2027", "€ 1.200" (the chat and the console).
import type { Locale } from '../texts';

// Building an Intl formatter costs far more than formatting with it: one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, granularity: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const key = `date ${locale} ${granularity}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      granularity === 'year' ? { year: 'numeric' } : granularity === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
    formatters.set(key, (format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { ...options, timeZone: 'UTC' })));
  }
  return format;
}
function numberFormat(locale: Locale, kind: 'euro' | 'cents' | 'decimal'): Intl.NumberFormat {
  const key = `number ${locale} ${kind}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    const options: Intl.NumberFormatOptions = kind === 'decimal' ? { maximumFractionDigits: 1 } : { style: 'currency', currency: 'EUR', maximumFractionDigits: kind === 'cents' ? 2 : 0 };
    formatters.set(key, (format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', options)));
  }
  return format;
}

export function formatDate(isoDate: string, locale: Locale, granularity: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return dateFormat(locale, granularity).format(date);
}

export function formatEuro(amount: number, locale: Locale): string {
  return numberFormat(locale, amount % 1 ? 'cents' : 'euro').format(amount);
}

/** Years of work as said: "0,5" in Dutch, never rounded to a whole year. */
export function formatYears(years: number, locale: Locale): string {
  return numberFormat(locale, 'decimal').format(years);
}

/** A training length as people say it: "3 weken", "2,5 maanden", "1 jaar", "anderhalf jaar". */
export function formatTrainingLength(months: number, locale: Locale): string {
  const en = locale === 'en';
  const count = (n: number, one: string, many: string) => `${numberFormat(locale, 'decimal').format(n)} ${n === 1 ? one : many}`;
  if (months < 1) return count(Math.max(1, Math.round((months * 52) / 12)), en ? 'week' : 'week', en ? 'weeks' : 'weken');
  if (months === 18) return en ? 'a year and a half' : 'anderhalf jaar';
  if (months >= 12 && months % 12 === 0) return count(months / 12, en ? 'year' : 'jaar', en ? 'years' : 'jaar');
  return count(months, en ? 'month' : 'maand', en ? 'months' : 'maanden');
}
