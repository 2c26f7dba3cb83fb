/**
 * The arrows of docs/adr/0001-layout.md, checked on every test run:
 * web → contracts (types only; the staff cabinets' pages may use its zod schemas: docs/adr/0004);
 * api → core, db, contracts, config, testing (tests), worker (its index);
 * worker → core, db, config;
 * db → core; core → vocabulary only; vocabulary → nothing; only db (and test factories) touch the SQL client;
 * no cycles. The vocabulary (the closed lists of codes) may be imported by every layer (docs/adr/0005).
 */
/**
 * The staff cabinets' pages and features: everything under cabinets/{doctor,registry,admin} and
 * features/staff-*, except the route tables, which come with the app's first JavaScript.
 */
const STAFF_PAGES =
  '^apps/web/src/(cabinets/(doctor|registry|admin)|features/staff-[^/]+)/(?!.*-routes\\.tsx$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      comment:
        'Business rules import no framework, no database, no date library (clinic-local time is shared/zoned-time) and no other package of ours but the vocabulary. One pure library is allowed: the Snowball Russian stemmer of the symptom guide (@orama/stemmers: no I/O, no dependencies).',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: {
        pathNot: [
          '^packages/(core|vocabulary)/',
          '^node_modules/(vitest|fast-check)/',
          '^node_modules/@orama/stemmers/',
          '^node:',
        ],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'vocabulary-imports-nothing',
      comment: 'The closed lists of codes stand alone, so any layer (the patient pages too) may import them.',
      severity: 'error',
      from: { path: '^packages/vocabulary/' },
      to: { pathNot: '^packages/vocabulary/' },
    },
    {
      name: 'core-modules-through-index',
      comment: "A core module uses another module only through that module's index.ts.",
      severity: 'error',
      from: { path: '^packages/core/src/([^/]+)/' },
      to: {
        path: '^packages/core/src/([^/]+)/.+',
        pathNot: ['^packages/core/src/$1/', '^packages/core/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'only-db-touches-sql',
      comment:
        'SQL clients and the ORM are used in packages/db (and test factories/global setup, and the load benchmarks, which prepare data and check invariants) only.',
      severity: 'error',
      from: { pathNot: ['^packages/db/', '^packages/testing/', '^bench/'] },
      to: { path: '^node_modules/(drizzle-orm|pg|@electric-sql/pglite)/' },
    },
    {
      name: 'web-sees-only-contracts',
      severity: 'error',
      comment: 'Except the pure identifier validators, so forms check SNILS and the rest as the user types.',
      from: { path: '^apps/web/' },
      to: {
        path: '^(packages/(core|db|config|testing)|apps/api)/',
        pathNot: '^packages/core/src/identifiers/',
      },
    },
    {
      name: 'web-imports-contract-types-only',
      comment:
        "Runtime zod stays out of the patient's JavaScript: only the staff cabinets' pages (loaded on their own) check forms with the contracts' schemas (docs/adr/0004-typed-client-and-forms.md).",
      severity: 'error',
      from: { path: '^apps/web/', pathNot: STAFF_PAGES },
      to: {
        path: '^(packages/contracts/|node_modules/(zod|@hookform/resolvers)/)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'staff-pages-load-lazily',
      comment:
        'Staff pages may carry zod: the rest of the app reaches them only by a lazy import (the route tables), never in its own chunks.',
      severity: 'error',
      from: { path: '^apps/web/', pathNot: STAFF_PAGES },
      to: { path: STAFF_PAGES, dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    {
      name: 'db-depends-on-core-only',
      comment: 'Test files of db may use the shared test helpers.',
      severity: 'error',
      from: { path: '^packages/db/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(packages/(contracts|testing)|apps)/' },
    },
    {
      name: 'contracts-and-config-stand-alone',
      severity: 'error',
      from: { path: '^packages/(contracts|config)/' },
      to: { path: '^(packages/(core|db|testing)|apps)/' },
    },
    {
      name: 'nothing-imports-apps',
      comment: 'Apps are leaves: packages never import them, and apps do not import each other.',
      severity: 'error',
      from: { path: '^(packages/|apps/(web|e2e)/)' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'worker-depends-on-core-db-config',
      comment: 'The job worker (apps/worker) uses core, db and config only (its tests may use test helpers).',
      severity: 'error',
      from: { path: '^apps/worker/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(packages/(contracts|testing)|apps/(api|web|e2e))/' },
    },
    {
      name: 'only-api-starts-the-worker',
      comment:
        'The API process may run the worker in-process, through its index.ts; nothing else imports it.',
      severity: 'error',
      from: { pathNot: '^apps/(worker|api)/' },
      to: { path: '^apps/worker/' },
    },
    {
      name: 'worker-through-its-index',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/worker/', pathNot: '^apps/worker/src/index\\.ts$' },
    },
    {
      name: 'tests-only-in-tests',
      comment: 'Test helpers are not shipped in production code.',
      severity: 'error',
      from: {
        path: '^(apps/(api|worker)|packages/(core|db|contracts|config))/',
        pathNot: ['\\.test\\.ts$', '/testing/'],
      },
      to: { path: '^(packages/testing/|node_modules/(vitest|fast-check)/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['dist', '\\.tmp'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
