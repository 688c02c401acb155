// Placeholders in canned answers and how they are filled for one chat, on the server: the advisor
// sees the finished text before sending it. A placeholder that cannot be filled for this chat is
// replaced by a visible "[invullen: …]" marker that the send endpoint refuses, so raw braces or
// an unfilled gap never reach a seeker.
import { z } from 'zod';

/** Every placeholder an admin may use, with what it becomes. */
export const PLACEHOLDERS = {
  'voornaam-adviseur': 'de voornaam van de adviseur',
  organisatie: 'de naam van de organisatie (ORGANISATION_NAME)',
  'eerste-voorstel': 'de titel van het eerste voorstel voor de werkzoekende',
  'eerste-stap': 'de volgende stap van het eerste voorstel',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const PLACEHOLDER = /\{([a-z-]+)\}/g;
/** The marker for a gap the advisor must fill by hand. */
export const UNFILLED = /\[invullen: [^\]]*\]/;

export const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);
export const unknownPlaceholders = (text: string): string[] => placeholdersIn(text).filter((p) => !isPlaceholder(p));

/** Text that still holds a placeholder or a gap: not fit to send to a seeker. */
export const hasUnfilledPart = (text: string): boolean => UNFILLED.test(text) || placeholdersIn(text).some(isPlaceholder);

export const SnippetBodySchema = z.object({
  title: z.string().trim().min(1).max(80),
  text: z.string().trim().min(1).max(2000),
});
export const SnippetChangesSchema = SnippetBodySchema.partial().strict().refine((b) => b.title !== undefined || b.text !== undefined, { message: 'give title or text' });

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export interface FilledSnippet {
  text: string;
  /** Placeholders this chat has no value for (shown to the advisor as "[invullen: …]"). */
  missing: Placeholder[];
}

const GAP: Record<Placeholder, string> = {
  'voornaam-adviseur': 'je voornaam',
  organisatie: 'naam organisatie',
  'eerste-voorstel': 'eerste voorstel',
  'eerste-stap': 'eerste stap',
};

export function fillSnippet(text: string, values: PlaceholderValues): FilledSnippet {
  const missing = new Set<Placeholder>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isPlaceholder(name)) return `[invullen: ${name}]`;
    const value = values[name]?.trim();
    if (value) return value;
    missing.add(name);
    return `[invullen: ${GAP[name]}]`;
  });
  return { text: filled, missing: [...missing] };
}

/** The values for one chat: the advisor's first name, the organisation, the first fitting proposal. */
export function placeholderValues(input: {
  advisorName: string;
  organisation: string;
  proposals: { title: string; score: number; nextStep?: string; notFitting?: boolean }[];
}): PlaceholderValues {
  const first = [...input.proposals].filter((p) => !p.notFitting).sort((a, b) => b.score - a.score)[0];
  return {
    'voornaam-adviseur': input.advisorName.trim().split(/\s+/)[0],
    organisatie: input.organisation,
    'eerste-voorstel': first?.title,
    'eerste-stap': first?.nextStep,
  };
}
