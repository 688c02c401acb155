// Which configured region serves a seeker, server-side only: by what the server itself knows
// (the seeker's postcode answer, the region stored with the seeker, the host name the website was
// opened on, the installation's WERKLOKET_REGION), never by a field a client sends. One
// installation can serve several regions; with exactly one region configured, it is that one.
import type { Region, RegionDirectory } from '../region/directory';

/** What the texts and the console show of a region (no providers or postcode table). */
export interface RegionName {
  id: string;
  name: string;
  organisationName: string;
}

export const regionName = (r: Pick<Region, 'id' | 'name' | 'organisationName'>): RegionName => ({ id: r.id, name: r.name, organisationName: r.organisationName });

export class RegionChoice {
  constructor(
    readonly directory: RegionDirectory,
    /** WERKLOKET_REGION: checked against the directory at start-up (checkRegionSetting). */
    readonly fallbackId?: string,
  ) {}

  /**
   * Postcode (when a configured region covers it) → the region stored with the seeker → the
   * website's host name → WERKLOKET_REGION → the only region. Unknown values fall through.
   */
  choose(by: { postcode?: string; regionId?: string | null; host?: string }): Region | undefined {
    return this.directory.choose({ postcode: by.postcode, regionId: by.regionId ?? undefined, host: by.host, fallbackId: this.fallbackId });
  }

  /** The region of a postcode, only when a configured region covers it (no fallback). */
  ofPostcode(postcode: string | undefined): Region | undefined {
    return postcode === undefined ? undefined : this.directory.byPostcode(postcode)?.region;
  }

  /** The region whose website this host name is (Host header; port and case ignored). */
  ofHost(host: string | undefined): Region | undefined {
    return host ? this.directory.byHost(host) : undefined;
  }

  get(id: string | null | undefined): Region | undefined {
    return id ? this.directory.get(id) : undefined;
  }

  get regions(): readonly Region[] {
    return this.directory.regions;
  }
}
