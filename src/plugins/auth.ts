import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../domain/problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler that lets a write through only with a configured key. */
    requireWriteKey: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** Which key authorized the request: a short digest, safe to log and store. */
    keyId: string;
  }
}

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/** The id a key is known by in the change log: never the key, nothing it can be recovered from. */
export const keyIdOf = (key: string) => `key_${digest(key).toString('hex').slice(0, 12)}`;

/**
 * Writes need `Authorization: Bearer <key>`. Keys are compared as SHA-256 digests
 * with a constant-time comparison, every key checked, so timing reveals nothing;
 * no key is ever logged or echoed. With no key configured the service is read-only.
 */
export const authPlugin = fp(async (app: FastifyInstance, { apiKeys }: { apiKeys: readonly string[] }) => {
  const digests = apiKeys.map(digest);
  app.decorateRequest('keyId', '');
  app.decorate('requireWriteKey', async (request: FastifyRequest, reply: FastifyReply) => {
    if (digests.length === 0) {
      throw new ProblemError('read_only', 'This service is read-only: it was started without an API_KEY, so it accepts no writes.');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) {
      reply.header('www-authenticate', 'Bearer realm="parley"');
      throw new ProblemError('unauthorized', 'Writes need an Authorization header of the form "Bearer <API key>".');
    }
    const offered = digest(match[1]!);
    let valid = false;
    for (const known of digests) valid = timingSafeEqual(offered, known) || valid;
    if (!valid) {
      reply.header('www-authenticate', 'Bearer realm="parley", error="invalid_token"');
      throw new ProblemError('unauthorized', 'The API key is not valid.');
    }
    request.keyId = keyIdOf(match[1]!);
  });
});
