import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ProblemError, ProblemSchema } from '../domain/problem.js';
import { refersTo, takesSeveral } from '../domain/query.js';
import { cursorScope } from '../domain/cursor.js';
import { type Body, asBody, withField } from '../domain/json.js';
import type { NamedCollection } from '../repositories/names.js';

/** The error responses every read operation documents. */
export const readErrors = {
  400: ProblemSchema.describe('A parameter is invalid; `errors` names each one.'),
  503: ProblemSchema.describe('The service is overloaded or the database unavailable; retry after `Retry-After` seconds.'),
} as const;
/** What a costly read (search, a list's `q`, positions, timeline, change log) may also answer. */
export const viewErrors = {
  ...readErrors,
  429: ProblemSchema.describe('This client already has 8 searches and views in flight (per client address); wait for an answer, or retry after `Retry-After` seconds.'),
  503: ProblemSchema.describe('The service is overloaded, or the request needed more than its time budget (`VIEW_TIMEOUT_MS`, 5 s by default) or found 64 searches and views already waiting; retry after `Retry-After` seconds, or narrow the request.'),
} as const;
export const recordErrors = {
  ...readErrors,
  404: ProblemSchema.describe('No record has this id.'),
} as const;


const SINGULAR: Record<NamedCollection, string> = { actors: 'actor', issues: 'issue', proposals: 'proposal', sources: 'source', statements: 'statement' };

/**
 * The id filters of a request (those `idFilter` declared) with every value an id: each
 * value that is not an id is resolved through names and aliases (repositories/names.ts).
 * Answers the filters to list with, and `resolved` — each filter that named a record by
 * its name, with the ids it was taken to mean — or refuses with a 400 naming, for each
 * value, the records it could mean or the closest ones.
 */
export async function resolveIdFilters<F extends Record<string, unknown>>(
  app: FastifyInstance,
  shape: Readonly<Record<string, z.core.$ZodType>>,
  filters: F,
): Promise<{ filters: F; resolved?: Record<string, string> }> {
  const out: Record<string, unknown> = { ...filters };
  const resolved: Record<string, string> = {};
  const errors: { name: string; reason: string }[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const refers = refersTo(schema);
    const given = filters[key] as string | string[] | undefined;
    if (!refers || given === undefined) continue;
    const noun = SINGULAR[refers.collection];
    if (!Array.isArray(given) && !takesSeveral(schema) && given.includes(',')) {
      errors.push({ name: `query.${key}`, reason: `takes one ${noun}, not a list: give one id or name` });
      continue;
    }
    let named = false;
    const values = [given].flat();
    // Resolved where records are read (app.reads): off the event loop on PostgreSQL.
    const resolutions = await Promise.all(values.map((value) => (refers.none && value === 'none' ? undefined : app.reads.run('resolveName', refers.collection, value))));
    const ids = values.map((value, i) => {
      const r = resolutions[i];
      if (r === undefined) return value;
      if (r.kind === 'id') return r.id;
      if (r.kind === 'name') {
        named = true;
        return r.id;
      }
      const list = (records: { id: string; name: string }[]) => records.map((m) => (m.name === m.id ? `\`${m.id}\`` : `\`${m.id}\` (${m.name})`)).join(', ');
      if (r.kind === 'several') {
        errors.push({ name: `query.${key}`, reason: `is ambiguous: "${value}" could be any of ${r.count} ${refers.collection}: ${list(r.matches)}${r.count > r.matches.length ? ', …' : ''}; give the id of the one you mean` });
      } else {
        errors.push({ name: `query.${key}`, reason: `names no ${noun}: "${value}" is not the id, name or alias of any${r.near.length ? `; did you mean ${list(r.near)}?` : ''}` });
      }
      return value;
    });
    const distinct = [...new Set(ids)];
    out[key] = Array.isArray(given) ? distinct : distinct[0];
    if (named) resolved[key] = distinct.join(',');
  }
  if (errors.length) throw new ProblemError('validation', '', errors);
  return Object.keys(resolved).length ? { filters: out as F, resolved } : { filters: out as F };
}

/**
 * A list answered with its id filters resolved (`resolveIdFilters`): `run` lists with
 * the filters as ids and the request's cursor scope, and the page says what was resolved.
 */
export async function listResolved<F extends Record<string, unknown>, P extends object>(
  app: FastifyInstance,
  shape: Readonly<Record<string, z.core.$ZodType>>,
  given: F,
  run: (filters: F, scope: string) => Body<P> | Promise<Body<P>>,
): Promise<P> {
  const { filters, resolved } = await resolveIdFilters(app, shape, given);
  // The scope of the question asked, whether its records were named by id or by name.
  const page = await run(filters, cursorScope(filters));
  return asBody(resolved ? withField(page, 'resolved', resolved) : page);
}
