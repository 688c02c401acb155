// The layer rules in eslint.config.mjs, checked on snippets: if a rule is dropped or its folder list
// loses a layer, these fail (the lint run itself would just pass more code).
import path from 'node:path';
import { expect } from 'chai';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
const BOTBUILDER = "import { TurnContext } from 'botbuilder';\nexport type T = TurnContext;\n";
const DIALOGS = "import { Dialog } from 'botbuilder-dialogs';\nexport type T = Dialog;\n";
const RESTIFY = "import type { Server } from 'restify';\nexport type T = Server;\n";
const PRISMA = "import type { PrismaClient } from '@prisma/client';\nexport type T = PrismaClient;\n";
const GENERATED = "import type { Prisma } from '../generated/sqlite/client';\nexport type T = Prisma.JsonValue;\n";
const DB = "import type { Db } from '../db/client';\nexport type T = Db;\n";

describe('lint: layer rules', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });

  /** The no-restricted-imports messages for `code` placed at `file`. */
  async function restricted(code: string, file: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    expect(result.messages.filter((m) => m.fatal), `parse of ${file}`).to.deep.equal([]);
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  const cases: [string, string, boolean][] = [
    // [code, file, forbidden?]
    [BOTBUILDER, 'src/matching/x.ts', true],
    [BOTBUILDER, 'src/language/x.ts', true],
    [BOTBUILDER, 'src/knowledge/x.ts', true],
    [BOTBUILDER, 'src/texts/x.ts', true],
    [BOTBUILDER, 'src/handoff/x.ts', true],
    [BOTBUILDER, 'src/overview/x.ts', true],
    [BOTBUILDER, 'src/db/x.ts', true],
    [BOTBUILDER, 'src/advisor/x.ts', true],
    [DIALOGS, 'src/matching/x.ts', true],
    [BOTBUILDER, 'src/bot/x.ts', false],
    [BOTBUILDER, 'src/dialogs/x.ts', false],
    [BOTBUILDER, 'src/channels/x.ts', false],
    [BOTBUILDER, 'src/handoff/bot/x.ts', false],
    [RESTIFY, 'src/matching/x.ts', true],
    [RESTIFY, 'src/dialogs/x.ts', true],
    [RESTIFY, 'src/handoff/bot/x.ts', true],
    [RESTIFY, 'src/db/x.ts', true],
    [RESTIFY, 'src/advisor/x.ts', false],
    [RESTIFY, 'src/web/x.ts', false],
    [RESTIFY, 'src/overview/routes.ts', false],
    [RESTIFY, 'src/bot/x.ts', false],
    [PRISMA, 'src/matching/x.ts', true],
    [PRISMA, 'src/dialogs/x.ts', true],
    [PRISMA, 'src/channels/x.ts', true],
    [PRISMA, 'src/bot/x.ts', true],
    [GENERATED, 'src/handoff/x.ts', true],
    [PRISMA, 'src/db/x.ts', false],
    [GENERATED, 'src/db/x.ts', false],
    [DB, 'src/matching/x.ts', true],
    [DB, 'src/overview/x.ts', true],
    [DB, 'src/dialogs/x.ts', true],
    [DB, 'src/channels/x.ts', false],
  ];
  for (const [code, file, forbidden] of cases) {
    const what = /from '([^']+)'/.exec(code)![1];
    it(`${what} in ${file}: ${forbidden ? 'an error' : 'allowed'}`, async () => {
      const messages = await restricted(code, file);
      if (forbidden) expect(messages, `${what} in ${file}`).to.have.length(1);
      else expect(messages, `${what} in ${file}`).to.deep.equal([]);
    });
  }

  it('the domain does not reach into the edge', async () => {
    expect(await restricted("import { ask } from '../dialogs/ask';\nexport const a = ask;\n", 'src/handoff/x.ts')).to.have.length(1);
    expect(await restricted("import { x } from '../../channels/render';\nexport const a = x;\n", 'src/matching/sub/x.ts')).to.have.length(1);
  });

  it('only src/app.ts and src/index.ts import the composition in src/bot', async () => {
    const code = "import { useTurnPipeline } from '../bot/pipeline';\nexport const u = useTurnPipeline;\n";
    for (const file of ['src/dialogs/x.ts', 'src/advisor/x.ts', 'src/matching/x.ts', 'src/db/x.ts']) expect(await restricted(code, file), file).to.have.length(1);
    expect(await restricted("import { useTurnPipeline } from '../../bot/pipeline';\nexport const u = useTurnPipeline;\n", 'src/channels/teams/x.ts')).to.have.length(1);
    expect(await restricted("import { serve } from './bot/composeServer';\nexport const s = serve;\n", 'src/app.ts')).to.deep.equal([]);
  });

  it('the error names where the import belongs', async () => {
    const [message] = await restricted(BOTBUILDER, 'src/matching/x.ts');
    expect(message).to.include('src/bot');
  });
});
