// Markdown figures and failure lines for the understanding corpus (README tables, --failures).
import { accuracy, itemRight, tally, type ItemResult, type Tally } from './understandingCorpus';

const pct = (t: Tally) => `${Math.round(accuracy(t) * 100)}%`;

/** Markdown tables per fact and per question (accuracy, n, wrong-stored), as the README shows them. */
export function markdownReport(results: ItemResult[], title: string): string {
  const t = tally(results);
  const table = (head: string, rows: Map<string, Tally>) => [
    `| ${head} | accuracy | n | wrong-stored |`,
    '|---|---:|---:|---:|',
    ...[...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `| ${k} | ${pct(v)} | ${v.n} | ${v.wrong} |`),
  ];
  const right = results.filter(itemRight).length;
  return [
    `### ${title}`,
    '',
    `${results.length} items; ${right} fully right (${Math.round((right / Math.max(1, results.length)) * 100)}%); ` +
      `facts ${t.overall.correct}/${t.overall.n} (${pct(t.overall)}), wrong-stored ${t.overall.wrong}; ` +
      `asked again ${Math.round(t.askedAgainRate * 100)}% of answers that should be taken.`,
    '',
    ...table('fact', t.perFact),
    '',
    ...table('question', t.perQuestion),
    '',
  ].join('\n');
}

/** One line per item with a check that is not correct: what was expected and what was stored. */
export function failureLines(results: ItemResult[]): string[] {
  return results
    .filter((r) => !itemRight(r))
    .map((r) => {
      const bad = r.checks.filter((c) => c.verdict !== 'correct');
      const detail = bad.map((c) => `${c.key} ${c.verdict}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`).join('; ');
      return `- ${r.item.id} [${r.item.question}/${r.item.locale}] "${r.item.text}" → ${detail}`;
    });
}
