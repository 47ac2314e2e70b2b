import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { z } from 'zod';
import { ProblemError } from '../domain/problem.js';
import { takesSeveral } from '../domain/query.js';
import { closest, orList } from '../domain/suggest.js';
import { textFaults } from '../domain/text.js';

/** The fields of a route's query schema: a zod object, perhaps refined or piped. */
function queryShape(schema: unknown): Record<string, z.core.$ZodType> | undefined {
  const def = (schema as { def?: { type?: string; shape?: Record<string, z.core.$ZodType>; in?: unknown; innerType?: unknown } } | undefined)?.def;
  if (!def) return undefined;
  if (def.type === 'object' && def.shape) return def.shape;
  if (def.in) return queryShape(def.in);
  if (def.innerType) return queryShape(def.innerType);
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
    const shape = queryShape(schema.querystring);
    if (shape === undefined) return;
    const known = Object.keys(shape);
    const check = (request: { query: unknown }, _reply: unknown, done: (error?: Error) => void) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const errors: { name: string; reason: string }[] = [];
      for (const [key, value] of Object.entries(query)) {
        if (!known.includes(key)) {
          const near = closest(key, known, 2);
          errors.push({ name: `query.${key}`, reason: `is not a parameter of this operation${near.length ? `; did you mean ${orList(near)}?` : '.'} ${known.length ? `It takes ${orList(known)}.` : 'It takes none.'}` });
        } else if (Array.isArray(value)) {
          // `speaker=a&speaker=b` means what `speaker=a,b` does, for a filter that takes several values.
          if (takesSeveral(shape[key]!)) query[key] = value.join(',');
          else errors.push({ name: `query.${key}`, reason: `is given ${value.length} times; it takes one value` });
        }
      }
      done(errors.length ? new ProblemError('validation', '', errors) : undefined);
    };
    route.preValidation = [check, ...[route.preValidation ?? []].flat()];
  });

  app.addHook('preValidation', (request, _reply, done) => {
    // A percent-encoded value that is not UTF-8 (`q=caf%E9`, `%FF`) would be searched as its
    // literal text: refused instead, naming the parameter.
    const takesQuery = (request.routeOptions.schema as { querystring?: unknown } | undefined)?.querystring !== undefined;
    const query = !takesQuery || request.url.indexOf('?') === -1 ? '' : request.url.slice(request.url.indexOf('?') + 1);
    for (const pair of query ? query.split('&') : []) {
      const [rawKey = '', rawValue = ''] = pair.split('=');
      for (const part of [rawKey, rawValue]) {
        try {
          decodeURIComponent(part.replace(/\+/g, ' '));
        } catch {
          let name = rawKey;
          try {
            name = decodeURIComponent(rawKey);
          } catch {
            // the key itself is the ill-encoded part: named as sent
          }
          return done(new ProblemError('validation', '', [{ name: `query.${name}`.slice(0, 200), reason: 'is not valid percent-encoded UTF-8' }]));
        }
      }
    }
    const faults = [
      ...textFaults(request.params, 'params'),
      ...textFaults(request.query, 'query'),
      ...(request.body !== undefined ? textFaults(request.body, 'body') : []),
    ];
    if (faults.length === 0) return done();
    done(new ProblemError('validation', 'The request has invalid text.', faults));
  });
});
