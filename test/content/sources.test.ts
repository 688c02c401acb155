// Sources shown to people are official and named (issue 13). Every URL in content/**/*.json must
// be on a domain of content/official-domains.json; where a file's schema gives sources a human
// name, every source has one. Data identifiers (ESCO "…Uri" keys) are not sources.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOfficialDomains, type OfficialDomains } from '../../src/matching';
import { DEFAULT_CONTENT_DIR } from '../../src/matching/rawData';
import { contentUrlProblems, jsonFiles, urlUses } from './contentUrls';

describe('content: every source is official and named', () => {
  let domains: OfficialDomains;
  before(async () => {
    domains = await loadOfficialDomains(DEFAULT_CONTENT_DIR);
  });

  it('finds the URLs of the content files (who-to-ask, knowledge, instruments)', () => {
    const files = jsonFiles(DEFAULT_CONTENT_DIR).map((f) => path.relative(DEFAULT_CONTENT_DIR, f));
    expect(files).to.include.members(['who-to-ask.json', 'official-domains.json']);
    expect(files.some((f) => f.startsWith('knowledge/'))).to.equal(true);
    const whoToAsk = urlUses(path.join(DEFAULT_CONTENT_DIR, 'who-to-ask.json'));
    expect(whoToAsk.length).to.be.at.least(20);
    expect(whoToAsk.every((u) => !u.bare && u.name !== undefined)).to.equal(true);
  });

  it('every URL in content/**/*.json is an official source, with a human name where the schema has one', () => {
    const problems = contentUrlProblems(DEFAULT_CONTENT_DIR, domains);
    expect(problems, `${problems.length} problems:\n${problems.join('\n')}`).to.deep.equal([]);
  });

  describe('the check fails on what it must refuse (a fixture)', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'werkloket-content-'));
      mkdirSync(path.join(dir, 'knowledge'));
      const entry = (sources: unknown[]) => ({ id: 'x', sources });
      writeFileSync(
        path.join(dir, 'knowledge', 'a.json'),
        JSON.stringify({
          entries: [
            entry([{ url: 'https://www.uwv.nl/nl/ww', name: { nl: 'UWV: WW', en: 'UWV: WW' } }]),
            entry([{ url: 'https://www.accountancyvanmorgen.nl/2024/04/10/opleiding/', name: { nl: 'Blog', en: 'Blog' } }]),
            entry(['https://www.werk.nl/']),
            entry([{ url: 'https://www.juridischloket.nl/ww', name: { nl: 'Juridisch Loket', en: 'Legal desk' } }]),
            entry([{ url: 'http://www.uwv.nl/particulieren/', name: { nl: 'UWV', en: 'UWV' } }]),
            entry([{ url: 'https://www.werk.nl/ww', name: { nl: 'https://www.werk.nl/ww', en: 'werk.nl' } }]),
            entry([{ url: 'https://uwv.nl.evil.example/ww', name: { nl: 'UWV', en: 'UWV' } }]),
          ],
        }),
      );
      writeFileSync(
        path.join(dir, 'links.json'),
        JSON.stringify({ links: [{ occupationUri: 'http://data.europa.eu/esco/occupation/1' }], sources: ['https://www.randstad.nl/werkgevers/'] }),
      );
    });

    it('reports every wrong URL and name, and nothing else', () => {
      const problems = contentUrlProblems(dir, domains);
      const at = (text: string) => problems.filter((p) => p.includes(text));
      expect(at('entries[0]')).to.deep.equal([]);
      expect(at('entries[1]')).to.have.length(1).and.to.match(/not an official source: https:\/\/www\.accountancyvanmorgen/);
      expect(at('entries[2]')).to.have.length(1).and.to.match(/without a human name/);
      expect(at('entries[3]')).to.have.length(1).and.to.match(/juridischloket/);
      expect(at('entries[4]')).to.have.length(1).and.to.match(/not an official source: http:/);
      expect(at('entries[5]')).to.have.length(1).and.to.match(/name must be words/);
      expect(at('entries[6]')).to.have.length(1).and.to.match(/not an official source/);
      expect(at('links.json')).to.have.length(1).and.to.match(/randstad/);
      expect(problems).to.have.length(7);
      expect(problems.join('\n')).to.not.match(/esco/);
    });
  });
});
