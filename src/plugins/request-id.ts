import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** What a caller's X-Request-Id may be to be kept: short, and safe in a header, a log line and JSON. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when it is a plausible one (so a request
 * can be followed from a proxy or a client through the logs), else a fresh UUID.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
}

/**
 * Every answer says its request's id in `X-Request-Id`, every log line of the request
 * carries it (`request_id`), and every problem answer holds it as `request_id`, so a
 * user reporting an error gives what finds it in the logs.
 */
export const requestIdPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('application/problem+json') || typeof payload !== 'string') return payload;
    const end = payload.lastIndexOf('}');
    if (end === -1 || payload.includes('"request_id"')) return payload;
    return `${payload.slice(0, end)},"request_id":${JSON.stringify(request.id)}${payload.slice(end)}`;
  });
});
