import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../domain/problem.js';
import { textFaults } from '../domain/text.js';

/**
 * Refuses control characters and ill-formed Unicode in every parameter and body
 * before any route sees them (see domain/text.ts), so no such text reaches SQL,
 * the search index or the store.
 */
export const inputPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', (request, _reply, done) => {
    const faults = [
      ...textFaults(request.params, 'params'),
      ...textFaults(request.query, 'query'),
      ...(request.body !== undefined ? textFaults(request.body, 'body') : []),
    ];
    if (faults.length === 0) return done();
    done(new ProblemError('validation', 'The request has invalid text.', faults));
  });
});
