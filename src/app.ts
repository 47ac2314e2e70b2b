import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { type FastifyReply, type FastifyServerOptions, LogController } from 'fastify';
import { type ZodTypeProvider, validatorCompiler } from 'fastify-type-provider-zod';
import type { Connection } from './db/client.js';
import { PROBLEMS, type ProblemCode, problem } from './domain/problem.js';
import { docsPlugin } from './plugins/docs.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin } from './plugins/errors.js';
import { inputPlugin } from './plugins/input.js';
import { serializerCompiler } from './plugins/serializer.js';
import { shutdownPlugin } from './plugins/shutdown.js';
import { type ProtectionOptions, protectionPlugin } from './plugins/protection.js';
import { etagPlugin } from './plugins/etag.js';
import { requestIdOf, requestIdPlugin } from './plugins/request-id.js';
import { registerBatch } from './routes/batch.js';
import { exportContext, registerKnowledgeBaseExport, registerUnknownExport } from './routes/exports.js';
import { createActorRepository } from './repositories/actors.js';
import { createConflictRepository } from './repositories/conflicts.js';
import { createDateRepository } from './repositories/dates.js';
import { createEvidenceRepository } from './repositories/evidence.js';
import { createIdempotencyStore } from './repositories/idempotency.js';
import { createIssueRepository } from './repositories/issues.js';
import { createProposalRepository } from './repositories/proposals.js';
import { createSourceRepository } from './repositories/sources.js';
import { serverSecret } from './repositories/secrets.js';
import { createStatementRepository } from './repositories/statements.js';
import { createWriteService } from './writes/service.js';
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
import { type WriteContext, forRequests } from './routes/writes.js';
import { type ViewOptions, type ViewRunner, createReadRunner, createViewRunner } from './views/runner.js';
import { readNow } from './repositories/reading.js';
import { statementCache } from './repositories/sql.js';

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
  /** Threads and time budget for the costly views (search, q, positions, timeline, change log); see views/runner.ts. */
  views?: ViewOptions;
  /** Whether reading the change log needs an API key too (CHANGES_ACCESS=key). */
  privateChanges?: boolean;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the application: plugins and routes, ready to inject or listen. It never listens itself. */
/**
 * Requests Node's HTTP parser refuses before Fastify sees them (bytes that are not
 * HTTP, headers past the size limit, a client too slow to send its headers) are
 * answered as problems like every other error, then the connection is closed.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, detail]: [ProblemCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['request_header_fields_too_large', 'The request line and headers are larger than the server accepts (16 KB).']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['request_timeout', 'The request was not sent in time.']
        : ['validation', 'The request is not well-formed HTTP (for example, raw non-ASCII bytes in the URL, or both Content-Length and Transfer-Encoding).'];
  const body = JSON.stringify(problem(code, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${PROBLEMS[code].status} ${STATUS_CODES[PROBLEMS[code].status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export async function buildApp({ connection, apiKeys = [], privateChanges = false, views = {}, logger = false, protection = {}, trustProxy = false, requestTimeoutMs = 30_000 }: AppOptions) {
  const app = Fastify({
    logger,
    // A request's id: the caller's X-Request-Id when plausible, else a new one (plugins/request-id.ts).
    genReqId: requestIdOf,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
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
    frameworkErrors: (error, request, reply: FastifyReply) => {
      // No route ran, so no hook either: the request id is added here.
      reply.code(400).type('application/problem+json').header('x-request-id', request.id).send({ ...problem('validation', error.message), request_id: request.id });
    },
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The routes as registered, so tests can check every route a later change adds.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  app.decorate('routeTable', routeTable);

  const viewRunner = createViewRunner(connection, views);
  app.decorate('views', viewRunner);
  const readRunner = createReadRunner(connection, views);
  app.decorate('reads', readRunner);
  app.addHook('onClose', () => Promise.all([viewRunner.close(), readRunner.close()]));

  await app.register(requestIdPlugin);
  await app.register(errorsPlugin);
  await app.register(shutdownPlugin);
  await app.register(protectionPlugin, protection);
  await app.register(etagPlugin);
  await app.register(inputPlugin);
  await app.register(authPlugin, { apiKeys, keyIdSecret: serverSecret(connection, 'key_id'), authFailureLimit: protection.authFailureLimit });
  await app.register(docsPlugin);

  app.decorate('exportContext', exportContext(connection));
  const prepare = statementCache(connection);
  const ctx: WriteContext = { connection, read: (reading) => readNow(prepare, reading), writes: forRequests(createWriteService(connection)), idempotency: createIdempotencyStore(connection), operations: [] };
  const issues = createIssueRepository(connection);
  await app.register(healthRoutes);
  await app.register(sourceRoutes, { sources: createSourceRepository(connection), ctx });
  await app.register(evidenceRoutes, { evidence: createEvidenceRepository(connection), ctx });
  await app.register(actorRoutes, { actors: createActorRepository(connection), ctx });
  await app.register(issueRoutes, { issues, ctx });
  await app.register(proposalRoutes, { proposals: createProposalRepository(connection), ctx });
  await app.register(statementRoutes, { statements: createStatementRepository(connection), ctx });
  await app.register(dateRoutes, { dates: createDateRepository(connection), ctx });
  await app.register(conflictRoutes, { conflicts: createConflictRepository(connection), ctx });
  await app.register(searchRoutes);
  await app.register(viewRoutes);
  await app.register(changeRoutes, { requireKey: privateChanges });
  await app.register(async (batchApp) => registerBatch(batchApp, ctx));
  await app.register(async (exportsApp) => {
    registerKnowledgeBaseExport(exportsApp);
    registerUnknownExport(exportsApp);
  });

  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly { method: string; url: string }[];
    /** Where the costly views run: worker threads or inline (views/runner.ts). */
    views: ViewRunner;
    /** Where records by id and lists are read: inline on SQLite, on threads on a PostgreSQL server (views/runner.ts). */
    reads: ViewRunner;
  }
}
