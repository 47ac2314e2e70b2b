import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { refusalOf } from '../db/client.js';
import { CursorError } from '../domain/cursor.js';
import { MAX_LISTED_ERRORS, type Problem, type ProblemCode, ProblemError, clip, problem } from '../domain/problem.js';
import { RETRY_AFTER_SECONDS } from './protection.js';

function send(reply: import('fastify').FastifyReply, body: Problem) {
  return reply.code(body.status).type('application/problem+json').send(body);
}

/**
 * The database's own refusals a client can act on: a full disk (507, nothing was
 * written) and a write lock held past the busy timeout (503, retry shortly).
 */
function databaseProblem(error: unknown): Problem | undefined {
  const refusal = refusalOf(error);
  if (refusal === 'full') return problem('insufficient_storage', 'The database has no room for this write; nothing was written. Reads still work.');
  if (refusal === 'busy') return problem('unavailable', `The database is busy with another writer; nothing was written. Retry in ${RETRY_AFTER_SECONDS} seconds.`);
  return undefined;
}

/**
 * A type mismatch said the way a person reads it: "Invalid input: expected array, received
 * undefined" is "is required", and "expected string, received null" is "must be a string, not null".
 */
export function plainReason(message: string): string {
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) return `must be one of ${option[1]!.split('|').map((v) => v.replace(/^"|"$/g, '')).join(', ')}`;
  const mismatch = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!mismatch) return message;
  const [, expected, received] = mismatch as unknown as [string, string, string];
  if (received === 'undefined') return 'is required';
  return `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}, not ${received === 'null' ? 'null' : `${/^[aeiou]/.test(received) ? 'an' : 'a'} ${received}`}`;
}

/** Fields the server writes itself; a body that sends one is refused with this said. */
const SERVER_OWNED = new Set(['id', 'version', 'created_at', 'updated_at', 'status', 'known_by', 'known_by_source']);

/** A 400 naming each bad parameter or field (the first few in the detail, the first 50 in `errors`). */
function validationProblem(errors: NonNullable<Problem['errors']>): Problem {
  if (errors.length === 1) {
    // One mistake: say it whole, so the detail alone tells a person what to change.
    const [{ name, reason }] = errors as [{ name: string; reason: string }];
    const sentence = `${clip(name, 100)} ${clip(reason, 300)}`;
    return problem('validation', `The request has 1 invalid parameter: ${/[.?!]$/.test(sentence) ? sentence : `${sentence}.`}`, errors);
  }
  const names = errors.slice(0, MAX_LISTED_ERRORS).map((e) => clip(e.name, 100));
  return problem('validation', `The request has ${errors.length} invalid parameter${errors.length === 1 ? '' : 's'}: ${names.join(', ')}${errors.length > names.length ? ', …' : ''}.`, errors);
}

const BY_STATUS: Partial<Record<number, ProblemCode>> = {
  400: 'validation',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  429: 'too_many_requests',
  415: 'unsupported_media_type',
  503: 'unavailable',
};

/**
 * Every error leaves as an RFC 9457 problem. Validation errors name each bad
 * parameter; anything unexpected is logged in full and answered with a generic
 * 500 that carries no stack trace, SQL or file path.
 */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setNotFoundHandler((request, reply) => {
    send(reply, problem('not_found', `No route matches ${request.method} ${clip(request.url.split('?')[0]!, 200)}.`));
  });

  app.setErrorHandler((error: FastifyError | CursorError | ProblemError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext === 'querystring' ? 'query' : error.validationContext;
      const errors = error.validation.flatMap((v) => {
        const at = [context, ...v.instancePath.split('/').filter(Boolean)];
        // One entry per unknown field, so each is named; fields the server owns say so.
        if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys)) {
          return (v.params.keys as string[]).map((key) => ({
            name: [...at, key].join('.'),
            reason: SERVER_OWNED.has(key) ? 'is set by the server and cannot be written' : 'is not a field of this body',
          }));
        }
        return [{ name: at.join('.'), reason: plainReason(v.message ?? 'is invalid') }];
      });
      return send(reply, validationProblem(errors));
    }
    const refused = databaseProblem(error);
    if (refused) {
      if (refused.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      request.log.warn({ code: (error as { code?: string }).code }, 'database refused a write');
      return send(reply, refused);
    }
    if (error instanceof ProblemError && error.code === 'validation' && error.errors) {
      return send(reply, { ...validationProblem(error.errors), ...error.extensions } as Problem);
    }
    if (error instanceof ProblemError) {
      if (error.code === 'unavailable' && !reply.hasHeader('retry-after')) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return send(reply, { ...problem(error.code, error.message, error.errors), ...error.extensions } as Problem);
    }
    if (error instanceof CursorError) {
      return send(reply, problem('validation', `The request has 1 invalid parameter: query.cursor.`, [{ name: 'query.cursor', reason: error.message }]));
    }
    const status = error.statusCode ?? 500;
    const code = status < 500 ? BY_STATUS[status] : undefined;
    if (code) return send(reply, problem(code, error.message));
    if (status >= 400 && status < 500) {
      return send(reply, { type: '/problems/client-error', title: 'Bad request', status, detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, problem('internal', 'The server could not answer this request. The failure has been logged.'));
  });
});
