import type { FastifyReply } from 'fastify';
import { ProblemSchema, problem } from '../domain/problem.js';

/** The error responses every read operation documents. */
export const readErrors = {
  400: ProblemSchema.describe('A parameter is invalid; `errors` names each one.'),
  503: ProblemSchema.describe('The service is overloaded or the database unavailable; retry after `Retry-After` seconds.'),
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
