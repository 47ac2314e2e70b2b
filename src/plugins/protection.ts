/**
 * What keeps the service standing under hostile or heavy use: security headers on
 * every response (relaxed only as far as the docs page needs), CORS when configured,
 * load shedding with Retry-After instead of timeouts, and a rate limit on every
 * write route, keyed by the client's address (X-Forwarded-For counts only behind a
 * configured trusted proxy).
 */
import cors from '@fastify/cors';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { ProblemError } from '../domain/problem.js';

export interface ProtectionOptions {
  corsOrigins?: '*' | string[];
  /** Writes per minute per client address. */
  writeRateLimit?: number;
  /** Refused API keys per minute per client address before its writes are all refused (see plugins/auth.ts). */
  authFailureLimit?: number;
  /** Costly reads (search, q, positions, timeline, change log) one client address may have in flight at once. */
  costlyPerClient?: number;
  /** Shed load when the event loop lags this long (ms); 0 turns shedding off. */
  maxEventLoopDelayMs?: number;
}

export const RETRY_AFTER_SECONDS = 5;
export const COSTLY_PER_CLIENT = 8;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read whose cost grows with what it is asked (views/registry.ts): limited per client. */
    costly?: boolean;
  }
  interface FastifyRequest {
    /** The client address this request holds a costly-read slot for, if any. */
    costlySlot?: string;
  }
}

/**
 * Whom a limit counts against: the client's address, IPv6 addresses by their /64
 * (one client often holds a whole prefix). A client that has already hung up has
 * no address left to read; its request is counted under one shared name rather than
 * failing.
 */
export const clientAddress = (request: FastifyRequest): string => (request.ip ? normalizeIP(request.ip) : 'unknown');
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** The headers helmet sets with these options, collected by running it once. */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = { setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)), removeHeader: () => {} };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}

/** Data gets a policy that allows nothing to load. */
const DATA_HEADERS = helmetHeaders({
  contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginEmbedderPolicy: false,
});
/** The explorer is a page, not data: it may load its own scripts, styles and images (and nothing from elsewhere). */
const DOCS_HEADERS = {
  ...DATA_HEADERS,
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
};

export const protectionPlugin = fp(async (app: FastifyInstance, options: ProtectionOptions) => {
  // Helmet's headers are worked out once, not rebuilt for every request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url === '/docs' || request.url.startsWith('/docs/') ? DOCS_HEADERS : DATA_HEADERS);
    done();
  });

  if (options.corsOrigins) {
    await app.register(cors, {
      origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key'],
      exposedHeaders: ['etag', 'location', 'retry-after', 'idempotent-replayed', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
    });
  }

  if ((options.maxEventLoopDelayMs ?? 1000) > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs ?? 1000,
      retryAfter: RETRY_AFTER_SECONDS,
      pressureHandler: (_request, reply) => {
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        throw new ProblemError('unavailable', `The service is overloaded; retry in ${RETRY_AFTER_SECONDS} seconds.`);
      },
    });
  }

  // One client cannot take every view thread and queue place: past a few costly reads
  // in flight, its next one is a 429 (its others, and everyone else's, go on).
  const costlyLimit = options.costlyPerClient ?? COSTLY_PER_CLIENT;
  const inFlight = new Map<string, number>();
  app.addHook('onRequest', (request, reply, done) => {
    const costly = request.routeOptions.config?.costly === true || (request.method === 'GET' && typeof (request.query as { q?: unknown })?.q === 'string');
    if (!costly) return done();
    const client = clientAddress(request);
    const held = inFlight.get(client) ?? 0;
    if (held >= costlyLimit) {
      reply.header('retry-after', '1');
      return done(new ProblemError('too_many_requests', `Too many searches and views at once from this client: at most ${costlyLimit} in flight. Wait for an answer before sending more.`));
    }
    inFlight.set(client, held + 1);
    request.costlySlot = client;
    done();
  });
  const release = (request: FastifyRequest) => {
    const client = request.costlySlot;
    if (client === undefined) return;
    request.costlySlot = undefined;
    const held = (inFlight.get(client) ?? 1) - 1;
    if (held <= 0) inFlight.delete(client);
    else inFlight.set(client, held);
  };
  app.addHook('onResponse', (request, _reply, done) => (release(request), done()));
  app.addHook('onRequestAbort', (request, done) => (release(request), done()));

  await app.register(rateLimit, {
    global: false,
    keyGenerator: clientAddress,
    errorResponseBuilder: (_request, context) =>
      new ProblemError('too_many_requests', `Too many writes: at most ${context.max} a minute from one client. Retry in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });

  // Every write route is limited, including any added later. The limit runs before the
  // route's own hooks, authentication among them, so a refused key counts as a write too.
  const writeLimit = app.rateLimit({ max: options.writeRateLimit ?? 120, timeWindow: 60_000 }) as onRequestAsyncHookHandler;
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (methods.some((m) => WRITE_METHODS.has(m))) route.onRequest = [writeLimit, ...[route.onRequest ?? []].flat()];
  });
});
