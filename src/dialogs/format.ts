// Dates and amounts as people read them: "1 september 2027", "€ 1.200".
import type { Locale } from '../texts';

export function formatDate(isoDate: string, locale: Locale, granularity: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    granularity === 'year' ? { year: 'numeric' } : granularity === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { ...options, timeZone: 'UTC' }).format(date);
}

export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: amount % 1 ? 2 : 0 }).format(amount);
}

/** Years of work as said: "0,5" in Dutch, never rounded to a whole year. */
export function formatYears(years: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(years);
}
