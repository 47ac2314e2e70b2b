import type { FastifyReply } from 'fastify';
import { ProblemSchema, problem } from '../domain/problem.js';

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

export function notFound(reply: FastifyReply, kind: string, id: string) {
  return reply
    .code(404)
    .type('application/problem+json')
    .send(problem('not_found', `No ${kind} has the id "${id}".`));
}
