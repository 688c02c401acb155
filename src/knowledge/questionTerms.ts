// Search terms of a question: the matching module's normalisation and Dutch stemmer, with stop
// words for questions instead of intake phrases. Function words and neutral question words
// ("hoe", "wat", "mag", "how", "can") carry no topic and are dropped. Words that change what is
// asked are kept: "hoeveel", "wanneer", "much", "when" (an amount or a date is a different
// question than "what is it").
import { normalise, stemDutch } from '../matching';

const STOP_WORDS = new Set(
  (
    // Dutch
    'de het een en of in op bij van voor als met aan te om tot uit naar over door na nog al ook wel niet geen ' +
    'ik je jij u we wij ze zij hij mijn mij me jouw uw ons onze hun er daar hier dat dit die deze ' +
    'wat wie welk welke hoe waar waarom is ben bent zijn was waren wordt worden word ' +
    'kan kun kunt kunnen mag mogen moet moeten wil wilt willen zou zouden ga gaat gaan ' +
    'heb hebt heeft hebben had doe doet doen dan dus maar toch eens even graag eigenlijk iets ' +
    'iemand men zich zelf jullie nou hoor ergens terecht tussen vraagje krijg krijgt krijgen kreeg laat laten ' +
    // English
    'the a an and or in on at of for to with from by about is are am was were be been being do does did ' +
    'can could may might must should shall will would i you he she we they my your me our us it its this that these ' +
    'what which who whom how where why there here have has had please any some get getting question'
  ).split(' '),
);

/** Dutch separable verbs: "vraag … aan" and "aanvragen" ask the same. */
const SAME_STEM: Record<string, string> = { aanvrag: 'vraag' };

export function questionTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of normalise(text).split(' ')) {
    if (token.length < 2 || STOP_WORDS.has(token) || /^\d+$/.test(token)) continue;
    const stem = stemDutch(token);
    terms.push(SAME_STEM[stem] ?? stem);
  }
  return terms;
}
