// ESLint (flat config): typescript-eslint's recommended rules without type information (fast), and
// the layer rules that keep the architecture as README "Layers" describes it. `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Import patterns by what they pull in (no-restricted-imports `patterns`, gitignore-style).
const BOTBUILDER = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
  message: 'Bot Framework belongs in the edge (src/bot, src/dialogs, src/channels, src/handoff/bot).',
};
const RESTIFY = {
  group: ['restify', 'restify-*'],
  message: 'HTTP belongs in the edge (src/bot, src/channels, src/advisor, src/web, src/overview/routes.ts).',
};
const PRISMA = {
  group: ['@prisma/*', 'prisma', '**/generated/**', '**/generated'],
  message: 'Prisma stays in src/db: use a store there (or a port it implements).',
};
const DB = {
  group: ['**/db', '**/db/*'],
  message: 'The domain reaches the database only through a port (an interface in its own folder) that src/db implements.',
};
const EDGE = {
  group: ['**/bot', '**/bot/*', '**/dialogs', '**/dialogs/*', '**/channels', '**/channels/**', '**/advisor', '**/advisor/*', '**/web', '**/web/*', '**/cli/*'],
  message: 'The domain does not depend on the edge (bot, dialogs, channels, advisor, web).',
};
const COMPOSITION = {
  group: ['../bot', '../bot/*', '../../bot', '../../bot/*', '../app', '../../app'],
  message: 'src/bot and src/app.ts compose the app: the layers they wire do not import them.',
};
const OVERVIEW_ROUTES = { group: ['**/overview/routes'], message: 'HTTP routes are edge code.' };

/** no-restricted-imports with the given patterns, as an error. */
const forbid = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// The domain: rules and data, no framework. src/handoff/bot and src/overview/routes.ts are edge.
const DOMAIN = ['src/matching/**', 'src/region/**', 'src/regionChoice/**', 'src/budget/**', 'src/followup/**', 'src/language/**', 'src/knowledge/**', 'src/texts/**', 'src/handoff/**', 'src/overview/**'];
const DOMAIN_EDGES = ['src/handoff/bot/**', 'src/overview/routes.ts'];
// The shared kernel at the top of src/ (config, logger, errors, client addresses): domain-like.
const KERNEL = ['src/config.ts', 'src/logger.ts', 'src/errors.ts', 'src/clientAddress.ts'];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', '.bench-base/**', 'src/generated/**', 'data/**', 'docs/**', 'public/**', 'content/**', 'examples/**', 'teams/**', 'prisma/**', 'bench/results/**', '.ci/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed parameters and variables are deliberately unused (interface shapes, rest omits).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `a!` is used where an earlier check (zod, a lookup just made) guarantees the value.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Prisma JSON columns and botbuilder's loose activity fields are `any` at the boundary.
      '@typescript-eslint/no-explicit-any': 'warn',
      // Comma sequences in one-line branches and loops (`(start += 12), (end += 12)`) are house style.
      '@typescript-eslint/no-unused-expressions': 'off',
      // `let [y, m, d] = …` where only y changes.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // Plain Node scripts (.mjs); TypeScript files get their globals checked by tsc instead.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },

  // --- Layers (README "Layers"); the later block for a file wins, so edges come after the domain.
  { files: DOMAIN, ignores: DOMAIN_EDGES, rules: forbid(BOTBUILDER, RESTIFY, PRISMA, DB, EDGE, OVERVIEW_ROUTES) },
  { files: KERNEL, rules: forbid(BOTBUILDER, RESTIFY, PRISMA, DB, EDGE, OVERVIEW_ROUTES) },
  // Persistence: Prisma yes; no Bot Framework, no HTTP, no edge (it implements the domain's ports).
  { files: ['src/db/**'], rules: forbid(BOTBUILDER, RESTIFY, EDGE, OVERVIEW_ROUTES) },
  // (EDGE covers COMPOSITION for the domain, the kernel and src/db.)
  // Dialogs: botbuilder-dialogs yes; no HTTP, no database (their services are ports, dialogs/services.ts).
  { files: ['src/dialogs/**'], rules: forbid(RESTIFY, PRISMA, DB, COMPOSITION) },
  // The handoff's botbuilder half: the rules, texts and dialogs' helpers; no HTTP, no database.
  { files: ['src/handoff/bot/**'], rules: forbid(RESTIFY, PRISMA, DB, COMPOSITION) },
  // HTTP without Bot Framework: the advisor console's API, static files, the overview's routes.
  { files: ['src/advisor/**', 'src/web/**', 'src/overview/routes.ts'], rules: forbid(BOTBUILDER, PRISMA, COMPOSITION) },
  // Channels: Bot Framework and HTTP, the database through src/db.
  { files: ['src/channels/**'], rules: forbid(PRISMA, COMPOSITION) },
  // The composition (src/bot, src/app.ts, src/index.ts) wires everything, but Prisma only via src/db.
  { files: ['src/bot/**', 'src/app.ts', 'src/index.ts'], rules: forbid(PRISMA) },
  // src/cli, scripts/, bench/ and test/ may reach Prisma (set-up, fixtures, measurements).

  // --- Size: warnings, so long files show up without failing the build.
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
);
