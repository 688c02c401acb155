import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { describeProfileIssues, ProfileSchema } from '../../src/matching';

const ROOT = path.join(__dirname, '..', '..');

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/matching/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('matching/profile schema', () => {
  it('names the field and the problem', () => {
    const parsed = ProfileSchema.safeParse({
      income: { situation: 'unemployed' },
      education: { level: 'mbo-2' },
      dutchLevel: 'B1',
      goals: { postcode: '35AB' },
    });
    expect(parsed.success).to.equal(false);
    const lines = describeProfileIssues(parsed.error!);
    expect(lines.some((l) => l.startsWith('income.situation: '))).to.equal(true);
    expect(lines.some((l) => l.startsWith('goals.postcode: four digits'))).to.equal(true);
  });

  it('rejects a WIA type for another income situation', () => {
    const parsed = ProfileSchema.safeParse({
      income: { situation: 'ww', wiaType: 'wga' },
      education: { level: 'mbo-2' },
      dutchLevel: 'B1',
      goals: {},
    });
    expect(describeProfileIssues(parsed.error!)).to.deep.equal(['income.wiaType: wiaType is only allowed when income.situation is "wia"']);
  });
});

describe('matching/cli', function () {
  this.timeout(60_000);

  it('prints proposals as JSON for a valid profile', () => {
    const run = runCli('examples/profiles/ww-laid-off.json', '--now', '2025-11-24');
    expect(run.status, run.stderr).to.equal(0);
    const out = JSON.parse(run.stdout);
    expect(out.proposals.length).to.be.greaterThan(3);
    for (const p of out.proposals) {
      expect(p).to.include.keys('kind', 'title', 'provider', 'score', 'reasons', 'nextStep', 'sources');
    }
    expect(run.stderr).to.match(/loaded and indexed in \d+ ms, heap \+[\d.]+ MB/);
  });

  it('exits non-zero and names the field for an invalid profile', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-cli-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ income: { situation: 'ww' }, education: { level: 'mbo-9' }, dutchLevel: 'B1', goals: {} }));
    const run = runCli(file);
    expect(run.status).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/Invalid profile .*bad\.json:\n {2}- education\.level: /);
  });

  it('exits non-zero for a file that is not JSON, and for a missing argument', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-cli-'));
    writeFileSync(path.join(dir, 'x.json'), '{ not json');
    expect(runCli(path.join(dir, 'x.json')).status).to.equal(2);
    const usage = runCli();
    expect(usage.status).to.equal(1);
    expect(usage.stderr).to.match(/usage: npm run match/);
  });
});
