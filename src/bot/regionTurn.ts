// Before the dialogs run: which region this conversation is served by, in the turn state
// (src/dialogs/region.ts). The website's greeting carries the host name it was opened on
// (src/channels/directline/siteHost.ts); that host's region is kept in the conversation state, so
// the later turns (consent, questions) know it too. Without a region's host: WERKLOKET_REGION, else
// the only configured region. The seeker's postcode, once answered, decides their stored region
// (src/db/seekerStore.ts) and the providers named (matching); this is what the server knows before.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DIRECTLINE_CHANNEL } from '../channels/directline/adapter';
import { siteHostOf } from '../channels/directline/siteHost';
import { REGION_KEY, type TurnRegion } from '../dialogs/region';
import { regionName, type RegionChoice } from '../regionChoice';

export class RegionTurns {
  /** The region of the website's host name this conversation started on (no host: none). */
  private readonly site: StatePropertyAccessor<string | undefined>;

  constructor(
    conversationState: ConversationState,
    private readonly regions: RegionChoice,
  ) {
    this.site = conversationState.createProperty<string | undefined>('siteRegion');
  }

  async beforeTurn(context: TurnContext): Promise<void> {
    if (!this.regions.regions.length) return;
    let site = await this.site.get(context);
    // Only the website's own greeting names a host; on other channels nothing here is the client's.
    const host = context.activity.channelId === DIRECTLINE_CHANNEL ? siteHostOf(context.activity) : undefined;
    if (host !== undefined) {
      const byHost = this.regions.ofHost(host)?.id;
      if (byHost !== site) await this.site.set(context, (site = byHost));
    }
    const region = this.regions.choose({ regionId: site });
    if (!region) return;
    // The organisation is named when a host name or WERKLOKET_REGION chose the region; "the only
    // region" serves the seeker (console team, providers) but leaves ORGANISATION_NAME on the page.
    const named = region.id === site || region.id === this.regions.fallbackId;
    context.turnState.set(REGION_KEY, { ...regionName(region), named } satisfies TurnRegion);
  }
}
