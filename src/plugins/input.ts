import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { z } from 'zod';
import { ProblemError } from '../domain/problem.js';
import { closest, orList } from '../domain/suggest.js';
import { textFaults } from '../domain/text.js';

/** The keys of a route's query schema: a zod object, perhaps refined or piped. */
function queryKeys(schema: unknown): string[] | undefined {
  const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; in?: unknown; innerType?: unknown } } | undefined)?.def;
  if (!def) return undefined;
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.in) return queryKeys(def.in);
  if (def.innerType) return queryKeys(def.innerType);
  return undefined;
}

/**
 * Refuses control characters and ill-formed Unicode in every parameter and body
 * before any route sees them (see domain/text.ts), so no such text reaches SQL,
 * the search index or the store.
 */
export const inputPlugin = fp(async (app: FastifyInstance) => {
  // A parameter the operation does not take is a mistake to name (`speaker_id` for
  // `speaker`), not something to ignore while answering as if it were not there.
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { querystring?: z.ZodType; hide?: boolean } | undefined;
    // Operations without query parameters (`/health`, the OpenAPI document) ignore a query, as a static file would.
    if (!schema || schema.hide || schema.querystring === undefined) return;
    const known = queryKeys(schema.querystring);
    if (known === undefined) return;
    const check = (request: { query: unknown }, _reply: unknown, done: (error?: Error) => void) => {
      const unknown = Object.keys((request.query ?? {}) as object).filter((key) => !known.includes(key));
      if (unknown.length === 0) return done();
      const errors = unknown.map((key) => {
        const near = closest(key, known, 2);
        const reason = `is not a parameter of this operation${near.length ? `; did you mean ${orList(near)}?` : '.'} It takes ${orList(known)}.`;
        return { name: `query.${key}`, reason };
      });
      done(new ProblemError('validation', '', errors));
    };
    route.preValidation = [check, ...[route.preValidation ?? []].flat()];
  });

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
