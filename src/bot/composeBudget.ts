// "Één budget voor de regio" on the seeker's side (issue 18): the region's schemes from the
// catalogue, and the application stored with its consent (purpose 'budget') through the budget
// store's port. Used by the application dialog (src/dialogs/budgetApplyDialog.ts).
import type { BudgetApplications } from '../budget/ports';
import type { Scheme } from '../budget/scheme';
import type { SeekerStore } from '../db/seekerStore';
import type { BudgetSchemeView, SeekerBudget } from '../dialogs/services';
import type { Catalogue } from '../matching';
import { schemeRegion } from '../matching/schemeProposals';
import type { Locale } from '../texts';

/** The Consent row's purpose: keep the application and share it with the region's Werkcentrum. */
export const BUDGET_PURPOSE = 'budget';

export interface SeekerBudgetOptions {
  /** The installation's region, for seekers without a postcode (WERKLOKET_REGION). */
  regionId?: string;
}

function view(catalogue: Catalogue, regionId: string, scheme: Scheme, locale: Locale): BudgetSchemeView {
  const region = catalogue.directory.get(regionId);
  return {
    regionId,
    schemeId: scheme.id,
    title: scheme.title[locale],
    maxPerPerson: scheme.maxPerPerson,
    organisation: region?.organisationName ?? scheme.title[locale],
    ...(scheme.decisionWorkdays ? { decisionWorkdays: scheme.decisionWorkdays } : {}),
  };
}

export function createSeekerBudget(catalogue: Catalogue, seekers: Pick<SeekerStore, 'find' | 'giveConsent'>, applications: BudgetApplications, o: SeekerBudgetOptions = {}): SeekerBudget {
  return {
    scheme(regionId, schemeId, locale) {
      const scheme = catalogue.schemes.get(regionId)?.find((s) => s.id === schemeId);
      return scheme && view(catalogue, regionId, scheme, locale);
    },
    schemesFor(answers, locale) {
      const region = schemeRegion(catalogue, { postcode: answers?.postcode, regionId: o.regionId });
      return region ? region.schemes.map((s) => view(catalogue, region.regionId, s, locale)) : [];
    },
    async apply(who, application) {
      // The consent first: it creates the (pseudonymous) seeker the application belongs to.
      const seekerId = await seekers.giveConsent(who, application.locale, application.consentVersion, BUDGET_PURPOSE);
      return applications.apply({ seekerId, regionId: application.regionId, schemeId: application.schemeId, data: application.data });
    },
    async applications(who) {
      const seeker = await seekers.find(who);
      return seeker ? applications.openFor(seeker.id) : [];
    },
  };
}
