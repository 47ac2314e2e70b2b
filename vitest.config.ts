import { defineConfig } from 'vitest/config';

/**
 * The route tests also run on PostgreSQL: the `postgres` project, through PGlite, or against a
 * real server with `npm run test:postgres` (TEST_DATABASE_URL). PG_FILES=a,b runs only those.
 * tests/db/postgres.test.ts compares the two databases, and runs in that project only.
 */
const ROUTES = ['batch', 'caching', 'changes', 'collections', 'exports', 'filters', 'health', 'mistakes', 'named-filters', 'query-bounds', 'records', 'search', 'views', 'writes'];
const ON_POSTGRES = process.env.PG_FILES?.split(',') ?? ROUTES;
const COMPARISON = 'tests/db/postgres.test.ts';
/** What only a real server shows: included when one is named. */
const SERVER_ONLY = process.env.TEST_DATABASE_URL ? ['tests/db/postgres-server.test.ts'] : [];

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['tests/**/*.test.ts'], exclude: [COMPARISON, 'tests/db/postgres-server.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...ON_POSTGRES.map((name) => `tests/routes/${name}.test.ts`), ...(process.env.PG_FILES ? [] : [COMPARISON, ...SERVER_ONLY])],
          env: { TEST_BACKEND: 'postgres' },
          globalSetup: ['tests/postgres-setup.ts'],
        },
      },
    ],
  },
});
