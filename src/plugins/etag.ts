import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../domain/problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by a handler answering with one record, so its ETag carries the record's version. */
    recordVersion: number | undefined;
  }
  interface FastifyContextConfig {
    /** The route's Cache-Control for a successful read, when not the default (`public, no-cache`). */
    cache?: string;
  }
}

/**
 * What a shared cache (a CDN, a proxy) may do with an answer. A successful read is
 * `public, no-cache`: stored, but revalidated with its ETag before each reuse, so a cache
 * never serves a record older than the database while still saving the body (a 304).
 * A route may say otherwise (`/health` and the change log: `no-store`). Writes and
 * problems are never stored.
 */
export const READ_CACHE = 'public, no-cache';
function cachePolicy(request: FastifyRequest, status: number): string {
  if (status >= 400 || (request.method !== 'GET' && request.method !== 'HEAD')) return 'no-store';
  return request.routeOptions.config?.cache ?? READ_CACHE;
}

/**
 * Every answer says how it may be cached (cachePolicy). Every successful GET carries a
 * strong ETag computed from the body it sends, and a
 * request whose If-None-Match names it gets 304 Not Modified without the body. A
 * single record's ETag starts with its version (`"3.<hash>"`), which is what
 * If-Match on PATCH and DELETE is checked against.
 */
export const etagPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('recordVersion', undefined);
  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', cachePolicy(request, reply.statusCode));
    if (reply.statusCode >= 300 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    const hash = createHash('sha256').update(payload).digest('base64url').slice(0, 27);
    if (request.recordVersion !== undefined) reply.header('etag', `"${request.recordVersion}.${hash}"`);
    else if (request.method === 'GET' || request.method === 'HEAD') reply.header('etag', `"${hash}"`);
    else return payload;
    if ((request.method === 'GET' || request.method === 'HEAD') && matches(request.headers['if-none-match'], reply.getHeader('etag') as string)) {
      reply.code(304);
      reply.removeHeader('content-length');
      reply.removeHeader('content-type');
      return '';
    }
    return payload;
  });
});

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The record version an If-Match header asks for: `"3.<hash>"`, `"3"` or `W/"3…"`
 * give 3, `*` gives '*' (any version). Missing is 428; unreadable is 412.
 */
export function expectedVersion(header: string | undefined): number | '*' {
  if (header === undefined || header.trim() === '') {
    throw new ProblemError('precondition_required', 'This request changes a record, so it must send If-Match with the record\'s ETag (from GET, or the answer to the last write).');
  }
  if (header.trim() === '*') return '*';
  const match = /^(?:W\/)?"(\d{1,15})(?:\.[^"]*)?"$/.exec(header.split(',')[0]!.trim());
  if (!match) throw new ProblemError('precondition_failed', 'If-Match does not name a version of this record.');
  return Number(match[1]);
}
