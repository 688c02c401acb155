import { z } from 'zod';

/** The two languages the bot speaks. Decides e.g. whether "1,200" is 1200 (en) or 1.2 (nl). */
export const LocaleSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;
