// The language layer remembers its last results per message text for the length of a turn or so
// (issue 16: the same message is read a dozen times a turn). Those are a seeker's own words, so
// "verwijder mijn gegevens" forgets them too, with everything stored.
const caches: Array<{ forget: () => void; holds: (text: string) => boolean }> = [];

/** Registers a cache of message texts: how to empty it and whether it holds a text. */
export function keepsRecentTexts(forget: () => void, holds: (text: string) => boolean): void {
  caches.push({ forget, holds });
}

/** Empties every cache of message texts (all seekers' recent ones: a cache, so nothing is lost). */
export function forgetRecentTexts(): void {
  for (const cache of caches) cache.forget();
}

/** Whether some cache still holds this message text. */
export function holdsRecentText(text: string): boolean {
  return caches.some((cache) => cache.holds(text));
}
