// The knowledge base is data, validated on load: a broken file stops start-up with the file and
// the entry named.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeEntries } from '../../src/knowledge';
import { DataFileError } from '../../src/matching';

interface RawFile {
  entries: Record<string, unknown>[];
}

/** A copy of the real knowledge base with one file changed. */
function withBroken(file: string, change: (raw: RawFile) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-kb-'));
  for (const name of readdirSync(DEFAULT_KNOWLEDGE_DIR)) writeFileSync(path.join(dir, name), readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, name)));
  const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as RawFile;
  change(raw);
  writeFileSync(path.join(dir, file), JSON.stringify(raw));
  return dir;
}

async function loadError(dir: string): Promise<DataFileError> {
  try {
    await loadKnowledgeEntries(dir);
  } catch (err) {
    expect(err).to.be.instanceOf(DataFileError);
    return err as DataFileError;
  }
  throw new Error('expected the knowledge base to be refused');
}

describe('knowledge base: validation on load', () => {
  it('loads every shipped file', async () => {
    const entries = await loadKnowledgeEntries();
    expect(entries.length).to.be.at.least(28);
    expect(new Set(entries.map((e) => e.id)).size).to.equal(entries.length);
  });

  it('names the file and the entry when a field is missing', async () => {
    const dir = withBroken('leren.json', (raw) => delete (raw.entries[2].answer as Record<string, unknown>).en);
    const error = await loadError(dir);
    expect(error.file).to.equal(path.join(dir, 'leren.json'));
    expect(error.message).to.match(/entries\[2\] \(leerwerkloket\)\.answer\.en/);
  });

  it('refuses an answer with an amount of money', async () => {
    const dir = withBroken('uitkeringen.json', (raw) => {
      (raw.entries[1].answer as Record<string, string>).nl = 'Je krijgt ongeveer € 1.500 per maand van UWV. Dat is altijd zo, voor iedereen.';
    });
    const error = await loadError(dir);
    expect(error.message).to.match(/uitkeringen\.json: entries\[1\] \(ww-wat-is-het\)\.answer\.nl: answers never contain amounts/);
  });

  it('refuses a source that is not a URL', async () => {
    const dir = withBroken('loket.json', (raw) => (raw.entries[0].sources = ['rijksoverheid']));
    expect((await loadError(dir)).message).to.match(/loket\.json: entries\[0\] \(werkcentrum\)\.sources\[0\]/);
  });

  it('refuses a duplicate id across files, naming both', async () => {
    const dir = withBroken('loket.json', (raw) => (raw.entries[0].id = 'evc'));
    expect((await loadError(dir)).message).to.match(/loket\.json: entry "evc": duplicate id \(also in leren\.json\)/);
  });

  it('refuses the same phrasing under two entries', async () => {
    const dir = withBroken('loket.json', (raw) => (raw.entries[0].questions as { nl: string[] }).nl.push('wat is EVC'));
    expect((await loadError(dir)).message).to.match(/entry "werkcentrum": phrasing "wat is EVC" is also a phrasing of "evc"/);
  });

  it('refuses a file that is not JSON', async () => {
    const dir = withBroken('leren.json', () => undefined);
    writeFileSync(path.join(dir, 'leren.json'), '{ "entries": [');
    expect((await loadError(dir)).message).to.match(/leren\.json: not valid JSON/);
  });
});
