// Words that make a stated value uncertain ("2 jaar denk ik", "about 9 months I think", "rond
// 1500"): the value is kept and marked approximate, never dropped. One table for dates,
// durations and amounts.

export const UNCERTAIN_WORDS = [
  'ongeveer', 'ong', 'rond', 'rondom', 'rond de', 'omstreeks', 'circa', 'ca', 'ergens', "zo'?n", 'ofzo', 'of zo', 'plusminus',
  'denk ik', 'ik denk', 'geloof ik', 'ik geloof', 'schat ik', 'ik schat', 'misschien', 'waarschijnlijk', 'wellicht', 'zowat', 'bijna',
  'about', 'around', 'approximately', 'approx', 'roughly', 'or so', 'somewhere', 'i think', 'i guess', 'i believe', 'maybe',
  'probably', 'perhaps', 'almost', 'nearly', 'ish',
];

const UNCERTAIN = new RegExp(`\\b(?:${UNCERTAIN_WORDS.join('|')})\\b|[±~]|\\+\\/-`);

/** Whether normalised text holds a word of uncertainty ("denk ik", "ongeveer", "maybe", "±"). */
export function isUncertain(normalized: string): boolean {
  return UNCERTAIN.test(normalized);
}
