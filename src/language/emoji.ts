/** Meaning carried by the few emoji that answer a closed question. */
export type EmojiAnswer = 'yes' | 'no' | 'unknown';

// Skin-tone modifiers and variation selectors are removed before lookup, so 👍🏽 counts as 👍.
const EMOJI_ANSWERS: ReadonlyMap<string, EmojiAnswer> = new Map([
  ['👍', 'yes'], ['👌', 'yes'], ['✅', 'yes'], ['✔', 'yes'], ['☑', 'yes'], ['🙂', 'yes'], ['😊', 'yes'],
  ['😀', 'yes'], ['😃', 'yes'], ['😁', 'yes'], ['🤝', 'yes'], ['💪', 'yes'], ['🙏', 'yes'], ['🆗', 'yes'],
  ['👎', 'no'], ['❌', 'no'], ['✖', 'no'], ['🙅', 'no'], ['⛔', 'no'], ['🚫', 'no'],
  ['🤷', 'unknown'], ['🤔', 'unknown'], ['❓', 'unknown'], ['❔', 'unknown'],
]);

// The modifiers, selectors and joiners below stand alone in their classes on purpose: they are what
// is matched (and stripped), not parts of one combined character.
/* eslint-disable no-misleading-character-class */
/** Matches one pictographic emoji including modifiers, ZWJ sequences and keycaps. */
export const EMOJI_PATTERN =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]|\u200D(?:\p{Extended_Pictographic}|\p{Emoji_Component}))*/gu;

const MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642]/gu;
/* eslint-enable no-misleading-character-class */

/** The answers the emoji in `text` express, in order of appearance (unknown emoji are ignored). */
export function emojiAnswers(text: string): EmojiAnswer[] {
  const answers: EmojiAnswer[] = [];
  for (const match of text.matchAll(EMOJI_PATTERN)) {
    const base = match[0].replace(MODIFIERS, '');
    const answer = EMOJI_ANSWERS.get(base) ?? EMOJI_ANSWERS.get([...base][0] ?? '');
    if (answer) answers.push(answer);
  }
  return answers;
}

/** One answer when all meaningful emoji agree ("👍👍" → yes, "👍👎" → undefined). */
export function emojiAnswer(text: string): EmojiAnswer | undefined {
  const answers = new Set(emojiAnswers(text));
  return answers.size === 1 ? [...answers][0] : undefined;
}
