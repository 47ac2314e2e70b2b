import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../domain/problem.js';
import { clientAddress } from './protection.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** A hook that lets a write through only with a configured key. */
    requireWriteKey: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** Which key authorized the request: an HMAC of the key under the server's secret (`key_…`), safe to log and store. */
    keyId: string;
  }
}

export interface AuthOptions {
  apiKeys: readonly string[];
  /** The server's own secret that key ids are derived with (see repositories/secrets.ts). */
  keyIdSecret: Buffer;
  /** Refused keys allowed per client address per minute before every write from it is refused. */
  authFailureLimit?: number;
}

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/**
 * The id a key is known by in the change log: an HMAC under the server's secret, so
 * that someone who reads the log cannot test guessed keys against it offline.
 */
export const keyIdOf = (secret: Buffer, key: string) => `key_${createHmac('sha256', secret).update(key, 'utf8').digest('hex').slice(0, 12)}`;

export const AUTH_FAILURE_WINDOW_MS = 60_000;

/**
 * Writes need `Authorization: Bearer <key>`. Keys are compared as SHA-256 digests
 * with a constant-time comparison, every key checked, so timing reveals nothing;
 * no key is ever logged or echoed. With no key configured the service is read-only.
 * A client address that offers wrong keys too often is refused every write, right
 * or wrong key alike, until its minute is up: guessing keys gets nowhere.
 */
export const authPlugin = fp(async (app: FastifyInstance, { apiKeys, keyIdSecret, authFailureLimit = 10 }: AuthOptions) => {
  const digests = apiKeys.map(digest);
  const failures = app.createRateLimit({
    max: authFailureLimit,
    timeWindow: AUTH_FAILURE_WINDOW_MS,
    keyGenerator: (request) => `auth-failure:${clientAddress(request)}`,
  });
  const refuse = async (request: FastifyRequest, reply: FastifyReply, detail: string, challenge: string): Promise<never> => {
    await failures(request);
    reply.header('www-authenticate', challenge);
    throw new ProblemError('unauthorized', detail);
  };

  app.decorateRequest('keyId', '');
  app.decorate('requireWriteKey', async (request: FastifyRequest, reply: FastifyReply) => {
    if (digests.length === 0) {
      throw new ProblemError('read_only', 'This service is read-only: it was started without an API_KEY, so it accepts no writes.');
    }
    const state = await failures(request, { increment: false });
    if (!state.isAllowed && state.remaining === 0) {
      reply.header('retry-after', String(Math.max(1, state.ttlInSeconds)));
      throw new ProblemError(
        'too_many_requests',
        `Too many refused API keys from this client: after ${authFailureLimit} in a minute, every write from it is refused. Retry in ${Math.max(1, state.ttlInSeconds)} seconds.`,
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      return refuse(request, reply, 'Writes need an Authorization header of the form "Bearer <API key>".', 'Bearer realm="parley"');
    }
    const offered = digest(match[1]!);
    let valid = false;
    for (const known of digests) valid = timingSafeEqual(offered, known) || valid;
    if (!valid) return refuse(request, reply, 'The API key is not valid.', 'Bearer realm="parley", error="invalid_token"');
    request.keyId = keyIdOf(keyIdSecret, match[1]!);
  });
});
