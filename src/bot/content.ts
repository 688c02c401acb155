// Project-authored content the bot reads at start-up: the knowledge base (content/knowledge) and
// the employer options (content/employer-options.json). Read and validated once per process and
// directory (tests build many bots); a broken file fails start-up with the file and entry named.
import { KnowledgeBase } from '../knowledge';
import { loadEmployerOptions, type EmployerCatalogue } from '../matching';

let knowledge: Promise<KnowledgeBase> | undefined;
const employerOptions = new Map<string, Promise<EmployerCatalogue>>();

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
