import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { startTestApp } from './helpers/app';
import { sqliteDatabase } from './helpers/databases';
import { DirectLineClient } from './helpers/directLine';

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

  it('office closing days: Dutch holidays by default, extra dates as a list', () => {
    expect(loadConfig({}).handoff).to.include({ holidays: 'nl' });
    expect(loadConfig({}).handoff.closedDays).to.deep.equal([]);
    const config = loadConfig({ OFFICE_CLOSED_DAYS: ' 2026-12-24, 2026-12-31 ', OFFICE_HOLIDAYS: 'none' });
    expect(config.handoff.closedDays).to.deep.equal(['2026-12-24', '2026-12-31']);
    expect(config.handoff.holidays).to.equal('none');
  });

  const bad: [string, Record<string, string>][] = [
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['MICROSOFT_APP_TYPE', { MICROSOFT_APP_TYPE: 'Other' }],
    ['DIRECTLINE_SECRET', { DIRECTLINE_SECRET: 'short' }],
    ['OFFICE_CLOSED_DAYS', { OFFICE_CLOSED_DAYS: '2026-02-30' }],
    ['OFFICE_CLOSED_DAYS', { OFFICE_CLOSED_DAYS: '24-12-2026' }],
    ['OFFICE_HOLIDAYS', { OFFICE_HOLIDAYS: 'be' }],
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

describe('production secrets come from the environment', () => {
  const HTTPS = { PUBLIC_URL: 'https://werkloket.example.nl' };
  const SECRETS = { DIRECTLINE_SECRET: 'd'.repeat(32), SEEKER_KEY: 's'.repeat(32) };
  const WHATSAPP = { WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_APP_SECRET: 'a', WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_ACCESS_TOKEN: 't' };
  const issuesOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      expect(error).to.be.instanceOf(ConfigError);
      return (error as ConfigError).issues;
    }
  };

  it('with an https PUBLIC_URL, ConfigError names every missing secret', () => {
    expect(issuesOf(HTTPS).map((i) => i.split('=')[0])).to.deep.equal(['DIRECTLINE_SECRET', 'SEEKER_KEY']);
    expect(issuesOf({ ...HTTPS, ...WHATSAPP }).map((i) => i.split('=')[0])).to.deep.equal(['DIRECTLINE_SECRET', 'SEEKER_KEY', 'WHATSAPP_KEY']);
    expect(issuesOf({ ...HTTPS, DIRECTLINE_SECRET: SECRETS.DIRECTLINE_SECRET }).map((i) => i.split('=')[0])).to.deep.equal(['SEEKER_KEY']);
    expect(issuesOf(HTTPS)[0]).to.match(/at least 32 characters.*production/);
  });

  it('each secret needs at least 32 characters', () => {
    expect(issuesOf({ ...HTTPS, ...SECRETS, SEEKER_KEY: 'x'.repeat(31) })[0]).to.match(/^SEEKER_KEY=.*at least 32 characters/);
    expect(issuesOf({ SEEKER_KEY: 'short' })[0]).to.match(/^SEEKER_KEY=/);
  });

  it('starts with them, and without them over plain http (local development)', () => {
    expect(loadConfig({ ...HTTPS, ...SECRETS }).seekerKey).to.equal(SECRETS.SEEKER_KEY);
    expect(loadConfig({ ...HTTPS, ...SECRETS, ...WHATSAPP, WHATSAPP_KEY: 'w'.repeat(32) }).whatsApp?.key).to.equal('w'.repeat(32));
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3978' }).seekerKey).to.equal(undefined);
    expect(loadConfig({}).directLine.secret).to.equal(undefined);
  });

  it('npm start refuses to start and says which variables are missing', function () {
    this.timeout(60_000);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...process.env, ...HTTPS, PORT: '0', HOST: '127.0.0.1', DIRECTLINE_SECRET: '', SEEKER_KEY: '', DATABASE_URL: sqliteDatabase().url },
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(run.status).to.equal(2);
    expect(run.stderr).to.include('DIRECTLINE_SECRET').and.include('SEEKER_KEY');
  });

  it("the seekers' pseudonyms and the Direct Line tokens use the configured keys, not keys in the database", async function () {
    this.timeout(60_000);
    const database = sqliteDatabase();
    const app = await startTestApp(database.url, SECRETS);
    try {
      const seeker = await new DirectLineClient(app.url).generate();
      await seeker.start();
      await seeker.say('Ik zoek werk');
      await seeker.say('ja');
      expect(await app.db.setting.findMany({ where: { key: { in: ['seeker.key', 'directline.secret'] } } })).to.deep.equal([]);
      const expected = crypto.createHmac('sha256', SECRETS.SEEKER_KEY).update(`directline:${seeker.userId}`).digest('hex');
      expect(await app.db.seeker.count({ where: { userKey: expected } })).to.equal(1);
      const [body] = seeker.token.split('.');
      expect(seeker.token.split('.')[1]).to.equal(crypto.createHmac('sha256', SECRETS.DIRECTLINE_SECRET).update(body).digest('base64url'));
    } finally {
      await app.close();
      await database.drop();
    }
  });

  it('moving the generated key to SEEKER_KEY keeps returning seekers and removes it from the database', async function () {
    this.timeout(90_000);
    const database = sqliteDatabase();
    let app = await startTestApp(database.url);
    let key = '';
    let cookie: string | undefined;
    try {
      const seeker = await new DirectLineClient(app.url).generate();
      cookie = seeker.cookie;
      await seeker.start();
      await seeker.say('Ik zoek werk');
      await seeker.say('ja');
      key = (await app.db.setting.findUniqueOrThrow({ where: { key: 'seeker.key' } })).value;
    } finally {
      await app.close();
    }
    app = await startTestApp(database.url, { SEEKER_KEY: key });
    try {
      expect(await app.db.setting.count({ where: { key: 'seeker.key' } })).to.equal(0);
      // The same browser comes back: its seeker cookie names the same server-issued user id.
      const browser = new DirectLineClient(app.url);
      browser.cookie = cookie;
      const again = await browser.generate();
      await again.start();
      await again.say('Ik zoek werk');
      const replies = (await again.botReplies()).map((a) => a.text).join(' ');
      expect(replies, 'the returning seeker is recognised').to.not.match(/Mag ik je antwoorden bewaren/);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
