// Prints the understanding corpus figures as markdown (for test/golden/understanding/README.md):
// `npm run understanding` (add `-- --failures` to list every item that is not fully right).
import { createMatcher } from '../src/dialogs/matcher';
import { sharedCatalogue } from '../test/helpers/conversation';
import { loadCorpus, runCorpus } from '../test/golden/understandingCorpus';
import { failureLines, markdownReport } from '../test/golden/understandingReport';

async function main(): Promise<void> {
  const items = loadCorpus();
  const results = await runCorpus(items, createMatcher(await sharedCatalogue()));
  const main = results.filter((r) => !r.item.reserve);
  const reserve = results.filter((r) => r.item.reserve);
  console.log(markdownReport(main, 'Corpus'));
  if (reserve.length) console.log(markdownReport(reserve, 'Reserve (held back, not used for floors)'));
  if (process.argv.includes('--failures')) {
    console.log('### Failures\n');
    console.log(failureLines(results).join('\n'));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
