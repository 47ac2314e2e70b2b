import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../domain/problem.js';
import { RETRY_AFTER_SECONDS } from './protection.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Starts a graceful shutdown: new requests get a 503 from now on, and the
     * promise settles once every request in flight has been answered (or after
     * `timeoutMs`, whichever comes first).
     */
    drain: (timeoutMs: number) => Promise<{ waitedFor: number }>;
  }
}

export const shutdownPlugin = fp(async (app: FastifyInstance) => {
  let closing = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const finished = () => {
    inFlight--;
    if (closing && inFlight === 0) idle?.();
  };

  app.addHook('onRequest', async (request, reply) => {
    if (closing) {
      reply.header('connection', 'close').header('retry-after', String(RETRY_AFTER_SECONDS));
      throw new ProblemError('unavailable', 'The service is shutting down; retry shortly.');
    }
    inFlight++;
    (request as { counted?: boolean }).counted = true;
  });
  app.addHook('onResponse', async (request) => {
    if ((request as { counted?: boolean }).counted) finished();
  });
  app.addHook('onRequestAbort', async (request) => {
    if ((request as { counted?: boolean }).counted) {
      (request as { counted?: boolean }).counted = false;
      finished();
    }
  });

  app.decorate('drain', (timeoutMs: number) => {
    closing = true;
    const waitedFor = inFlight;
    if (inFlight === 0) return Promise.resolve({ waitedFor });
    return new Promise<{ waitedFor: number }>((resolve) => {
      const timer = setTimeout(() => resolve({ waitedFor }), timeoutMs);
      idle = () => {
        clearTimeout(timer);
        resolve({ waitedFor });
      };
    });
  });
});
