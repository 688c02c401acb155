// Small Dutch text helpers for lexical search: normalisation, stop words, a suffix-stripping
// stemmer and compound splitting. No well-kept Dutch stemmer package is installed in this
// project, so this is deliberately small; what matters is that index and query are treated alike.

/** Lower case, accents removed ("kassière" → "kassiere"), everything but letters and digits → space. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that say nothing about an occupation in intake phrases ("ik werkte 10 jaar bij een ..."). */
const STOP_WORDS = new Set(
  (
    'de het een en of in op bij van voor als met aan te om tot uit naar over door na nog al ook wel niet geen ' +
    'ik je jij u we wij ze zij hij mijn mij me jouw uw ons onze hun er daar hier dat dit die wat wie ' +
    'ben bent is was waren werd heb hebt heeft had hadden ga gaat ging wil wilde kan kon doe deed ' +
    'werkte werkten gewerkt werk werken baan banen jaar jaren maand maanden week weken lang ' +
    'ongeveer ruim bijna sinds vroeger eerder laatst graag iets soort'
  ).split(' '),
);

/** Strips common Dutch inflection suffixes (plural -en/-s, -e) and undoubles a final consonant or vowel. */
export function stemDutch(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d+$/.test(w)) return w;
  if (w.endsWith('heden')) w = `${w.slice(0, -5)}heid`;
  else if (w.endsWith('en') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1])) w = w.slice(0, -1);
  // Plurals open the last syllable ("kantoor" → "kantoren"): use the single vowel for both.
  return w.replace(/([aeou])\1([^aeiou])$/, '$1$2');
}

/** Content words of a phrase, stemmed; stop words and bare numbers dropped. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of normalise(text).split(' ')) {
    if (token.length < 2 || STOP_WORDS.has(token) || /^\d+$/.test(token)) continue;
    terms.push(stemDutch(token));
  }
  return terms;
}

/**
 * Splits a compound word into a head and a tail that are both known words
 * ("heftruckchauffeur" → ["heftruck", "chauffeur"]). Dutch writes compounds as one word, and a
 * seeker may type only the tail ("chauffeur"). Returns [] when no split is found.
 */
export function splitCompound(term: string, vocabulary: ReadonlySet<string>, minPart = 4): string[] {
  if (term.length < minPart * 2) return [];
  // Prefer the longest known tail: Dutch compounds put the meaning in the last part.
  for (let cut = minPart; cut <= term.length - minPart; cut++) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    const headKnown = vocabulary.has(head) || (head.endsWith('s') && vocabulary.has(head.slice(0, -1)));
    if (vocabulary.has(tail) && headKnown) return [head.endsWith('s') && !vocabulary.has(head) ? head.slice(0, -1) : head, tail];
  }
  return [];
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
