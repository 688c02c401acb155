// Loads content/schooling-links.json: hand-made occupation → MBO qualification links.
import { z } from 'zod';
import { DataFileError } from './dataError';
import { readJsonFile } from './jsonFile';
import type { CuratedLink, Qualification } from './schoolingRoutes';

const LinksFileSchema = z.object({
  _about: z.string().optional(),
  links: z.array(
    z.object({
      occupationUri: z.string().url(),
      crebo: z.string().regex(/^\d{5}$/, 'a 5-digit crebo code'),
      why: z.string().min(1, 'say why the link is right'),
    }),
  ),
});
export type SchoolingLinkFile = z.infer<typeof LinksFileSchema>;

export async function readSchoolingLinks(file: string): Promise<SchoolingLinkFile> {
  const parsed = LinksFileSchema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(file, undefined, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Resolves URIs and crebo codes; an unknown one is a data error, not a silent skip. */
export function resolveSchoolingLinks(
  file: string,
  links: SchoolingLinkFile,
  occupationByUri: ReadonlyMap<string, number>,
  qualifications: readonly Qualification[],
): CuratedLink[] {
  return links.links.map((link, i) => {
    const occupation = occupationByUri.get(link.occupationUri);
    const qualification = qualifications.findIndex((q) => q.crebo === link.crebo);
    if (occupation === undefined) throw new DataFileError(file, undefined, `links[${i}].occupationUri: unknown occupation ${link.occupationUri}`);
    if (qualification < 0) throw new DataFileError(file, undefined, `links[${i}].crebo: unknown qualification ${link.crebo}`);
    return { occupation, qualification };
  });
}
