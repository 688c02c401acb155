// The proposals in steps, for both summaries: the three best first, "Meer voorstellen" for the
// rest, and "Meer uitleg 2" for one proposal in full. The cards live in the dialog's state (they
// are what the seeker saw, in the language of that moment) until the summary ends.
import type { TurnContext } from 'botbuilder';
import { MORE_PROPOSALS, normalizeText, parseDetailsRequest, saysDetailsOnly, saysMore, saysShowProposals } from '../language';
import type { ResultCard } from '../channels/message';
import type { Texts } from '../texts';
import type { ExtraChoice } from './nextStepDialog';
import { FIRST_SHOWN, proposalDetails, proposalList } from './proposalCards';
import { say } from './turn';

export interface ShownProposals {
  cards?: ResultCard[];
  /** How many of `cards` the seeker has seen. */
  shown?: number;
}

const MORE: ExtraChoice = { choice: MORE_PROPOSALS, label: (t) => t.cards.more };

const hasMore = (state: ShownProposals) => (state.shown ?? 0) < (state.cards?.length ?? 0);

/** Sends the first cards as one list (and says how many more there are); returns the state to keep. */
export async function showFirstProposals(context: TurnContext, t: Texts, cards: ResultCard[]): Promise<Required<ShownProposals>> {
  const shown = Math.min(FIRST_SHOWN, cards.length);
  if (shown) await say(context, proposalList(cards.slice(0, shown), t));
  if (cards.length > shown) await say(context, t.cards.moreHint(cards.length - shown));
  return { cards, shown };
}

/** "Meer voorstellen" among the next steps while there are more. */
export function moreChoices(state: ShownProposals): ExtraChoice[] {
  return hasMore(state) ? [MORE] : [];
}

/** Answers "Meer voorstellen" and "Meer uitleg n"; false for anything else. */
export async function answerProposalRequest(context: TurnContext, t: Texts, state: ShownProposals, text: string, chosen: string | undefined): Promise<boolean> {
  const cards = state.cards ?? [];
  if (!cards.length) return false;
  const n = parseDetailsRequest(text);
  if (n !== undefined) {
    await say(context, n <= cards.length ? proposalDetails(cards[n - 1]) : t.cards.noSuchProposal(cards.length));
    return true;
  }
  if (saysDetailsOnly(text)) {
    await say(context, t.cards.whichOne);
    return true;
  }
  if (saysShowProposals(text)) {
    await say(context, t.summary.proposalsIntro);
    await say(context, proposalList(cards.slice(0, Math.max(state.shown ?? 0, 1)), t));
    return true;
  }
  // After the rest was shown the button is gone; its exact words still get an answer.
  const exact = MORE_PROPOSALS.labels.some((l) => normalizeText(l) === normalizeText(text));
  if (chosen !== MORE_PROPOSALS.value && !saysMore(text) && !exact) return false;
  if (!hasMore(state)) {
    await say(context, t.cards.noMore);
    return true;
  }
  await say(context, t.cards.moreIntro);
  await say(context, proposalList(cards.slice(state.shown), t));
  state.shown = cards.length;
  return true;
}
