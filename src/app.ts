import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import { type ZodTypeProvider, validatorCompiler } from 'fastify-type-provider-zod';
import type { Connection } from './db/client.js';
import { problem } from './domain/problem.js';
import { docsPlugin } from './plugins/docs.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin } from './plugins/errors.js';
import { serializerCompiler } from './plugins/serializer.js';
import { shutdownPlugin } from './plugins/shutdown.js';
import { type ProtectionOptions, protectionPlugin } from './plugins/protection.js';
import { etagPlugin } from './plugins/etag.js';
import { createActorRepository } from './repositories/actors.js';
import { createChangeRepository } from './repositories/changes.js';
import { createConflictRepository } from './repositories/conflicts.js';
import { createDateRepository } from './repositories/dates.js';
import { createEvidenceRepository } from './repositories/evidence.js';
import { createIdempotencyStore } from './repositories/idempotency.js';
import { createIssueRepository } from './repositories/issues.js';
import { createProposalRepository } from './repositories/proposals.js';
import { createSourceRepository } from './repositories/sources.js';
import { createSearchRepository } from './repositories/search.js';
import { createPositionRepository } from './repositories/positions.js';
import { createStatementRepository } from './repositories/statements.js';
import { createTimelineRepository } from './repositories/timeline.js';
import { createWriteService } from './repositories/writes.js';
import { actorRoutes } from './routes/actors.js';
import { changeRoutes } from './routes/changes.js';
import { conflictRoutes } from './routes/conflicts.js';
import { dateRoutes } from './routes/dates.js';
import { evidenceRoutes } from './routes/evidence.js';
import { healthRoutes } from './routes/health.js';
import { issueRoutes } from './routes/issues.js';
import { proposalRoutes } from './routes/proposals.js';
import { sourceRoutes } from './routes/sources.js';
import { searchRoutes } from './routes/search.js';
import { statementRoutes } from './routes/statements.js';
import { viewRoutes } from './routes/views.js';
import { type WriteContext } from './routes/writes.js';

export interface AppOptions {
  connection: Connection;
  /** CORS, write rate limit and load shedding; see plugins/protection.ts. */
  protection?: ProtectionOptions;
  /** Which proxies' X-Forwarded-For to believe (Fastify's trustProxy); none by default. */
  trustProxy?: boolean | number | string[];
  /** How long a client may take to send a whole request. */
  requestTimeoutMs?: number;
  /** Keys allowed to write; none makes the service read-only. */
  apiKeys?: readonly string[];
  logger?: FastifyServerOptions['logger'];
}

/** Builds the application: plugins and routes, ready to inject or listen. It never listens itself. */
export async function buildApp({ connection, apiKeys = [], logger = false, protection = {}, trustProxy = false, requestTimeoutMs = 30_000 }: AppOptions) {
  const app = Fastify({
    logger,
    // A source body may be up to a million characters; JSON escaping can double that.
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    // A slow client is cut off: the whole request within requestTimeoutMs, the headers within 10 s.
    requestTimeout: requestTimeoutMs,
    connectionTimeout: requestTimeoutMs + 5_000,
    keepAliveTimeout: 5_000,
    http: { headersTimeout: Math.min(10_000, requestTimeoutMs), connectionsCheckingInterval: 1_000 },
    // On close, idle keep-alive connections are closed at once; busy ones finish their request.
    forceCloseConnections: 'idle',
    // Ids are validated (and refused past 200 characters) by the routes, not cut off by the router.
    routerOptions: { maxParamLength: 1000 },
    // Malformed URLs are refused by the router before any route runs; answer them as problems too.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      reply.code(400).type('application/problem+json').send(problem('validation', error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The routes as registered, so tests can check every route a later change adds.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  app.decorate('routeTable', routeTable);

  await app.register(errorsPlugin);
  await app.register(shutdownPlugin);
  await app.register(protectionPlugin, protection);
  await app.register(etagPlugin);
  await app.register(authPlugin, { apiKeys });
  await app.register(docsPlugin);

  const ctx: WriteContext = { connection, writes: createWriteService(connection), idempotency: createIdempotencyStore(connection) };
  const issues = createIssueRepository(connection);
  await app.register(healthRoutes, { connection });
  await app.register(sourceRoutes, { sources: createSourceRepository(connection), ctx });
  await app.register(evidenceRoutes, { evidence: createEvidenceRepository(connection), ctx });
  await app.register(actorRoutes, { actors: createActorRepository(connection), ctx });
  await app.register(issueRoutes, { issues, ctx });
  await app.register(proposalRoutes, { proposals: createProposalRepository(connection), ctx });
  await app.register(statementRoutes, { statements: createStatementRepository(connection), ctx });
  await app.register(dateRoutes, { dates: createDateRepository(connection), ctx });
  await app.register(conflictRoutes, { conflicts: createConflictRepository(connection), ctx });
  await app.register(searchRoutes, { search: createSearchRepository(connection) });
  await app.register(viewRoutes, { timeline: createTimelineRepository(connection), positions: createPositionRepository(connection), issues });
  await app.register(changeRoutes, { changes: createChangeRepository(connection) });

  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly { method: string; url: string }[];
  }
}
