import { expect } from 'chai';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('has working defaults: port 3978, embedded SQLite, shared data directory', () => {
    const config = loadConfig({});
    expect(config.port).to.equal(3978);
    expect(config.databaseUrl).to.equal('file:./data/werkloket.db');
    expect(config.database).to.equal('sqlite');
    expect(config.dataDir).to.equal(path.resolve('../shared/data'));
    expect(config.microsoftApp.id).to.equal(undefined);
  });

  it('switches to PostgreSQL for a postgresql:// URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/werk' }).database).to.equal('postgresql');
  });

  it('treats an empty MICROSOFT_APP_ID as "no authentication"', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: '  ' }).microsoftApp.id).to.equal(undefined);
  });

  const bad: [string, Record<string, string>][] = [
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['MICROSOFT_APP_TYPE', { MICROSOFT_APP_TYPE: 'Other' }],
    ['DIRECTLINE_SECRET', { DIRECTLINE_SECRET: 'short' }],
  ];
  for (const [variable, env] of bad) {
    it(`stops with a message naming ${variable} for ${JSON.stringify(env)}`, () => {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ConfigError);
      expect((error as Error).message).to.include(variable).and.to.include('expected');
    });
  }
});
