// What the bot reads at start-up: the matching catalogue (reference data), the knowledge base
// (content/knowledge) and the employer options (content/employer-options.json). Read and validated
// once per process and directory (tests build many bots and apps); a broken file fails start-up
// with the file and entry named.
import { KnowledgeBase } from '../knowledge';
import { loadCatalogue, loadEmployerOptions, type Catalogue, type EmployerCatalogue } from '../matching';

const catalogues = new Map<string, Promise<Catalogue>>();

let knowledge: Promise<KnowledgeBase> | undefined;
const employerOptions = new Map<string, Promise<EmployerCatalogue>>();

/** The matching catalogue of `dataDir`: read-only, so one per process. */
export function sharedCatalogue(dataDir: string): Promise<Catalogue> {
  let loading = catalogues.get(dataDir);
  if (!loading) catalogues.set(dataDir, (loading = loadCatalogue(dataDir)));
  return loading;
}

export function sharedKnowledgeBase(): Promise<KnowledgeBase> {
  knowledge ??= KnowledgeBase.load();
  return knowledge;
}

/** The employer options, checked against the fact sheet in `dataDir`. */
export function sharedEmployerOptions(dataDir: string): Promise<EmployerCatalogue> {
  let loading = employerOptions.get(dataDir);
  if (!loading) employerOptions.set(dataDir, (loading = loadEmployerOptions(dataDir)));
  return loading;
}
