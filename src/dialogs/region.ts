// The region this conversation is served by, as the bot decided it before the turn's dialogs ran
// (src/bot/regionTurn.ts): the website's host name, else WERKLOKET_REGION, else the only region.
// Dialogs read it for texts that name the organisation ("de digitale hulp van Werkcentrum
// Midden-Utrecht") and store it with a seeker who consents. Never from a client's field.
import type { TurnContext } from 'botbuilder';
import type { RegionName } from '../regionChoice';

export const REGION_KEY = Symbol('werkloket.region');

export interface TurnRegion extends RegionName {
  /** Chosen by the website's host name or WERKLOKET_REGION: texts name its organisation. */
  named: boolean;
}

export function regionOfTurn(context: TurnContext): TurnRegion | undefined {
  return context.turnState.get(REGION_KEY) as TurnRegion | undefined;
}

/**
 * The region to name offices and schemes for when the seeker's postcode does not say it: only one the
 * website's host name or WERKLOKET_REGION chose. "The only configured region" is not a guess we make
 * for someone who may live elsewhere.
 */
export function namedRegionId(context: TurnContext): string | undefined {
  const region = regionOfTurn(context);
  return region?.named ? region.id : undefined;
}
