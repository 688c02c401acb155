// How a provider is shown to a seeker: one address line, phone, opening hours, links and a map
// link. The map link is a plain OpenStreetMap search (no tracking, no API key).
import { z } from 'zod';
import { ProviderKindSchema, type Provider } from './schema';

export const ProviderContactSchema = z.object({
  providerId: z.string(),
  kind: ProviderKindSchema,
  name: z.string(),
  /** One line: "Daalseplein 2, 3511 SX Utrecht". */
  address: z.string(),
  phone: z.string(),
  openingHours: z.string(),
  website: z.string(),
  appointmentUrl: z.string().optional(),
  mapUrl: z.string(),
});
export type ProviderContact = z.infer<typeof ProviderContactSchema>;

export type Locale = 'nl' | 'en';

export const addressLine = (p: Pick<Provider, 'address'>): string => `${p.address.street}, ${p.address.postcode} ${p.address.city}`;

export const mapUrlOf = (address: string): string => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

export function contactOf(provider: Provider, locale: Locale): ProviderContact {
  const address = addressLine(provider);
  return {
    providerId: provider.id,
    kind: provider.kind,
    name: provider.name,
    address,
    phone: provider.phone,
    openingHours: provider.openingHours[locale],
    website: provider.website,
    ...(provider.appointmentUrl ? { appointmentUrl: provider.appointmentUrl } : {}),
    mapUrl: mapUrlOf(address),
  };
}

/** "werk.nl" for https://www.werk.nl/afspraak: what a person reads and types. */
const siteName = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/**
 * The provider in one short B1 line: name, address, and how to reach them
 * ("UWV Utrecht, Daalseplein 2, 3511 SX Utrecht. Bel 088 898 92 94 of maak een afspraak via werk.nl.").
 */
export function contactSentence(c: ProviderContact, locale: Locale): string {
  const where = `${c.name}, ${c.address}.`;
  if (locale === 'en') {
    return c.appointmentUrl
      ? `${where} Call ${c.phone} or make an appointment at ${siteName(c.appointmentUrl)}.`
      : `${where} Call ${c.phone} or see ${siteName(c.website)}.`;
  }
  return c.appointmentUrl
    ? `${where} Bel ${c.phone} of maak een afspraak via ${siteName(c.appointmentUrl)}.`
    : `${where} Bel ${c.phone} of kijk op ${siteName(c.website)}.`;
}
