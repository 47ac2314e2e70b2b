import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import { type ZodTypeProvider, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Connection } from './db/client.js';
import { problem } from './domain/problem.js';
import { docsPlugin } from './plugins/docs.js';
import { errorsPlugin } from './plugins/errors.js';
import { etagPlugin } from './plugins/etag.js';
import { createActorRepository } from './repositories/actors.js';
import { createConflictRepository } from './repositories/conflicts.js';
import { createDateRepository } from './repositories/dates.js';
import { createIssueRepository } from './repositories/issues.js';
import { createProposalRepository } from './repositories/proposals.js';
import { createSourceRepository } from './repositories/sources.js';
import { createSearchRepository } from './repositories/search.js';
import { createPositionRepository } from './repositories/positions.js';
import { createStatementRepository } from './repositories/statements.js';
import { createTimelineRepository } from './repositories/timeline.js';
import { actorRoutes } from './routes/actors.js';
import { conflictRoutes } from './routes/conflicts.js';
import { dateRoutes } from './routes/dates.js';
import { healthRoutes } from './routes/health.js';
import { issueRoutes } from './routes/issues.js';
import { proposalRoutes } from './routes/proposals.js';
import { sourceRoutes } from './routes/sources.js';
import { searchRoutes } from './routes/search.js';
import { statementRoutes } from './routes/statements.js';
import { viewRoutes } from './routes/views.js';

export interface AppOptions {
  connection: Connection;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the application: plugins and routes, ready to inject or listen. It never listens itself. */
export async function buildApp({ connection, logger = false }: AppOptions) {
  const app = Fastify({
    logger,
    // Ids are validated (and refused past 200 characters) by the routes, not cut off by the router.
    routerOptions: { maxParamLength: 1000 },
    // Malformed URLs are refused by the router before any route runs; answer them as problems too.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      reply.code(400).type('application/problem+json').send(problem('validation', error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(etagPlugin);
  await app.register(docsPlugin);
  await app.register(healthRoutes, { connection });
  await app.register(sourceRoutes, { sources: createSourceRepository(connection) });
  await app.register(actorRoutes, { actors: createActorRepository(connection) });
  const issues = createIssueRepository(connection);
  await app.register(issueRoutes, { issues });
  await app.register(proposalRoutes, { proposals: createProposalRepository(connection) });
  await app.register(statementRoutes, { statements: createStatementRepository(connection) });
  await app.register(dateRoutes, { dates: createDateRepository(connection) });
  await app.register(conflictRoutes, { conflicts: createConflictRepository(connection) });
  await app.register(searchRoutes, { search: createSearchRepository(connection) });
  await app.register(viewRoutes, { timeline: createTimelineRepository(connection), positions: createPositionRepository(connection), issues });

  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
