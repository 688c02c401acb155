// The regions this installation serves, with their postcode areas and providers. Built once by
// loadRegionDirectory (validated there); every lookup here only reads.
import { contactOf, type Locale, type ProviderContact } from './contact';
import { GEMEENTE_BOUND_KINDS, type Gemeente, type Provider, type ProviderKind, type RegionFile } from './schema';

/** A configured region: region.json, its providers and its postcode areas (pc4 → gemeente id). */
export type Region = RegionFile & {
  readonly providers: readonly Provider[];
  readonly postcodes: ReadonlyMap<string, string>;
};

export interface PostcodePlace {
  region: Region;
  gemeente: Gemeente;
}

/** "3511", "3511 AB", "3511ab" → "3511"; anything else → undefined. */
export function pc4Of(postcode: string): string | undefined {
  return /^\s*([1-9]\d{3})(\s*[a-zA-Z]{2})?\s*$/.exec(postcode)?.[1];
}

/** "Werkloket.Example.nl:443" → "werkloket.example.nl". */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase().replace(/\.$/, '');
  if (lower.startsWith('[')) return lower.replace(/\]:\d+$/, ']'); // IPv6 literal
  return lower.replace(/:\d+$/, '');
}

export class RegionDirectory {
  private readonly byId = new Map<string, Region>();
  private readonly byPc4 = new Map<string, PostcodePlace>();
  private readonly byHostName = new Map<string, Region>();

  /** Expects validated regions (loadRegionDirectory); duplicates here would silently shadow. */
  constructor(readonly regions: readonly Region[] = []) {
    for (const region of regions) {
      this.byId.set(region.id, region);
      const gemeenten = new Map(region.gemeenten.map((g) => [g.id, g]));
      for (const [pc4, gemeente] of region.postcodes) this.byPc4.set(pc4, { region, gemeente: gemeenten.get(gemeente)! });
      for (const host of region.hosts) this.byHostName.set(host, region);
    }
  }

  get(id: string): Region | undefined {
    return this.byId.get(id);
  }

  /** The region and gemeente of a postcode ("3511" or "3511 AB"), when a region covers it. */
  byPostcode(postcode: string): PostcodePlace | undefined {
    const pc4 = pc4Of(postcode);
    return pc4 === undefined ? undefined : this.byPc4.get(pc4);
  }

  /** The region whose website this host is (case-insensitive, port ignored). */
  byHost(host: string): Region | undefined {
    return this.byHostName.get(hostName(host));
  }

  /** Postcode (if in a region) → regionId (if known) → host → fallbackId → the only region. */
  choose(by: { postcode?: string; regionId?: string; host?: string; fallbackId?: string }): Region | undefined {
    return (
      (by.postcode === undefined ? undefined : this.byPostcode(by.postcode)?.region) ??
      (by.regionId === undefined ? undefined : this.get(by.regionId)) ??
      (by.host === undefined ? undefined : this.byHost(by.host)) ??
      (by.fallbackId === undefined ? undefined : this.get(by.fallbackId)) ??
      (this.regions.length === 1 ? this.regions[0] : undefined)
    );
  }

  /**
   * Who to send the seeker to for this kind. A postcode in a region decides region and gemeente
   * (it wins over regionId); regionId alone knows no gemeente. Never guesses a region: without
   * either, or outside every region, there is no provider (the caller then says it generically).
   * A provider serving the seeker's gemeente by name comes first, then one serving the whole
   * region; for other kinds than GEMEENTE_BOUND_KINDS the region's first of the kind after that.
   */
  provider(kind: ProviderKind, at: { regionId?: string; postcode?: string }): Provider | undefined {
    const place = at.postcode === undefined ? undefined : this.byPostcode(at.postcode);
    const region = place?.region ?? (at.regionId === undefined ? undefined : this.get(at.regionId));
    if (!region) return undefined;
    const ofKind = region.providers.filter((p) => p.kind === kind);
    const gemeente = place?.gemeente.id;
    return (
      (gemeente === undefined ? undefined : ofKind.find((p) => p.gemeenten?.includes(gemeente))) ??
      ofKind.find((p) => p.gemeenten === undefined) ??
      (GEMEENTE_BOUND_KINDS.includes(kind) ? undefined : ofKind[0])
    );
  }

  contact(provider: Provider, locale: Locale): ProviderContact {
    return contactOf(provider, locale);
  }
}
