/**
 * The layer rules of src/ (issue 13): what may import what, checked by
 * `npm run lint`. Every rule says why it exists; a violation names the rule.
 * Type-only imports count (tsPreCompilationDeps): a Prisma row type in a view
 * couples the view to the schema as much as a query would.
 *
 * Layers: domain (src/domain), db (src/db), views (src/slack/views), the rest
 * of slack (listeners, notifiers, digests…), api (src/api), jobs (src/jobs).
 * The composition roots (src/app.ts, src/main.ts, src/api/create-api-deps.ts,
 * src/composition/, src/cli/) build repositories and hand them to services,
 * so they may import everything.
 */

/** Files that wire concrete classes together and are therefore allowed to see every layer. */
const COMPOSITION = [
  '^src/app[.]ts$',
  '^src/main[.]ts$',
  '^src/api/create-api-deps[.]ts$',
  '^src/composition/',
  '^src/cli/',
];

/** Transports and database drivers by their npm names (resolved under node_modules). */
const TRANSPORTS_AND_DRIVERS = [
  '^node_modules/@slack/',
  '^node_modules/@prisma/',
  '^node_modules/[.]prisma/',
  '^node_modules/prisma/',
  '^node_modules/pg/',
  '^node_modules/pg-[^/]+/',
  '^node_modules/pglite-prisma-adapter/',
  '^node_modules/@electric-sql/',
  '^node_modules/express/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one: neither can be read, tested or moved without the other, and ' +
        'load order decides which half sees the other undefined. Break it by moving the shared type ' +
        'into its own module that both import (as src/api/api-route-context.ts does for the routes).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-not-to-outer-layers',
      severity: 'error',
      comment:
        'The domain holds the product rules and must work the same whether a Slack listener, the REST ' +
        'API, a job or a test calls it. It reaches storage only through the ports it defines itself ' +
        '(src/domain/<area>/<area>-ports.ts) and never learns about Slack, HTTP, jobs or Prisma.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(slack|api|db|generated|jobs|http|config|observability|charts|cli|composition)/' },
    },
    {
      name: 'domain-not-to-transports-or-drivers',
      severity: 'error',
      comment:
        'Transport and driver libraries (Slack SDKs, Prisma, pg, PGlite, express) belong to the edges. ' +
        'A domain rule that needs one has its port in the domain and its implementation in db or slack.',
      from: { path: '^src/domain/' },
      to: { path: TRANSPORTS_AND_DRIVERS },
    },
    {
      name: 'db-not-to-transports',
      severity: 'error',
      comment:
        'Repositories implement domain ports; they must not call back into Slack, the API or the jobs, ' +
        'or storage would depend on the surfaces that use it.',
      from: { path: '^src/db/' },
      to: { path: ['^src/(slack|api|jobs|http|charts|cli|composition)/', '^node_modules/(@slack|express)/'] },
    },
    {
      name: 'views-only-data-to-blocks',
      severity: 'error',
      comment:
        'Views are pure functions from domain data to Block Kit. They take domain types, never ' +
        'repository or Prisma row types (a schema change must not reach a view), and never call Slack, ' +
        'listeners or the API, so each view is tested on its own without a database or a server.',
      from: { path: '^src/slack/views/' },
      to: {
        path: [
          '^src/(db|generated|api|jobs|http|config|cli|composition)/',
          '^src/slack/(?!views/)',
          '^node_modules/(@slack/bolt|@slack/web-api|@prisma|[.]prisma|pg|express)/',
        ],
      },
    },
    {
      name: 'slack-not-to-db',
      severity: 'error',
      comment:
        'Listeners parse, call a domain service, build a view and answer. They get the services from ' +
        'the composition root and never query or import repositories or Prisma themselves: what they ' +
        'know about an employee or a workspace is the domain type in TouchbaseContext.',
      from: { path: '^src/slack/', pathNot: '^src/slack/views/' },
      to: { path: ['^src/(db|generated)/', '^node_modules/(@prisma|[.]prisma|pg|@electric-sql)/'] },
    },
    {
      name: 'api-not-to-db',
      severity: 'error',
      comment:
        'The REST API is another transport over the same domain services as Slack. Only its composition ' +
        'file (src/api/create-api-deps.ts) builds repositories; routes and API services see domain types.',
      from: { path: '^src/api/', pathNot: COMPOSITION },
      to: { path: ['^src/(db|generated|jobs)/', '^node_modules/(@prisma|[.]prisma|pg|@electric-sql)/'] },
    },
    {
      name: 'api-only-to-slack-views-and-notifiers',
      severity: 'error',
      comment:
        'The API posts Slack messages (views, notifiers), but must not depend on listeners or their ' +
        'request context: a Slack listener change must never break a REST route.',
      from: { path: '^src/api/', pathNot: COMPOSITION },
      to: { path: '^src/slack/', pathNot: ['^src/slack/views/', '^src/slack/notifiers/'] },
    },
    {
      name: 'jobs-not-to-db-or-listeners',
      severity: 'error',
      comment:
        'Jobs run on a timer and only call domain services (the scheduler wires them); the repositories ' +
        'they need are built in the composition root and reach them as ports.',
      from: { path: '^src/jobs/' },
      to: {
        path: ['^src/(db|generated|api)/', '^src/slack/listeners/', '^node_modules/(@prisma|[.]prisma|pg)/'],
      },
    },
    {
      name: 'only-db-touches-prisma',
      severity: 'error',
      comment:
        'Prisma (the generated client and @prisma/*) is an implementation detail of src/db: everything ' +
        'else works with domain types, so the schema can change in one place.',
      from: { path: '^src/', pathNot: ['^src/db/', '^src/generated/', ...COMPOSITION] },
      to: { path: ['^src/generated/', '^node_modules/(@prisma|[.]prisma)/'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    includeOnly: { path: ['^src/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
