import { en } from './en';
import { nl, type Texts } from './nl';

export type Locale = 'nl' | 'en';
export type { Texts };

export function textsFor(locale: string | undefined): Texts {
  return locale?.toLowerCase().startsWith('en') ? en : nl;
}
