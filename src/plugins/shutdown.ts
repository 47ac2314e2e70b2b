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

  // Plain callback hooks: they run on every request, and an async hook costs a promise each time.
  app.addHook('onRequest', (request, reply, done) => {
    if (closing) {
      reply.header('connection', 'close').header('retry-after', String(RETRY_AFTER_SECONDS));
      return done(new ProblemError('unavailable', 'The service is shutting down; retry shortly.'));
    }
    inFlight++;
    (request as { counted?: boolean }).counted = true;
    done();
  });
  app.addHook('onResponse', (request, _reply, done) => {
    if ((request as { counted?: boolean }).counted) finished();
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    if ((request as { counted?: boolean }).counted) {
      (request as { counted?: boolean }).counted = false;
      finished();
    }
    done();
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
