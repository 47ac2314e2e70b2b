/**
 * `POST /batch`: many writes in one transaction, all or nothing. Each operation is one of
 * the API's own writes (`POST /statements`, `PATCH /actors/{id}`, …), run by the same code
 * as the route, with its body checked by the same schema; the first that fails undoes the
 * whole batch and is named in the problem, with its fields (`body.operations.3.body.speaker_id`).
 * A reviewed draft of an article is committed this way, and any bulk change.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { JsonText } from '../domain/json.js';
import { ProblemError, ProblemSchema } from '../domain/problem.js';
import { expectedVersion } from '../plugins/etag.js';
import { plainReason } from '../plugins/errors.js';
import type { Writer } from '../writes/service.js';
import { SECURITY, type WriteContext, idempotent, writeErrors, writeHeaders, writerOf } from './writes.js';

/** What one write answers: its status, the record as GET shows it (none for a delete), its version and address. */
export interface WriteAnswer {
  status: number;
  body?: unknown;
  version?: number;
  location?: string;
}

/** One of the API's writes, as a batch may run it. */
export interface WriteOperation {
  method: 'POST' | 'PATCH' | 'DELETE';
  /** The path template: `/statements`, `/statements/{id}`, `/proposals/{id}/statuses`. */
  path: string;
  /** The body's schema, when it takes one. */
  body?: z.ZodType;
  /** Whether If-Match is required (`required`), checked when given (`optional`), or not taken. */
  ifMatch: 'required' | 'optional' | 'none';
  run(id: string | undefined, body: unknown, version: number | '*', writer: Writer): WriteAnswer;
}

/** At most this many operations a batch. */
export const MAX_BATCH_OPERATIONS = 1000;

const Operation = z.strictObject({
  method: z.enum(['POST', 'PATCH', 'DELETE']).describe('The write\'s method.'),
  path: z.string().min(1).max(1000).describe('The write\'s path, as the operation takes it: `/statements`, `/actors/sergei-lavrov`, `/proposals/russia-freeze-demand/statuses`.'),
  body: z.unknown().optional().describe('The write\'s body, exactly as the operation takes it (none for a DELETE).'),
  if_match: z.string().max(200).optional().describe('The record\'s ETag (or its version in quotes, `"3"`), for the operations that need If-Match.'),
});

const BatchAnswer = z
  .object({
    results: z
      .array(
        z.object({
          status: z.number().int().describe('What the write alone would have answered: 201 created, 200 changed (or a span that already existed), 204 deleted.'),
          location: z.string().nullable().describe('The record\'s address, for a write that answers one.'),
          version: z.number().int().nullable().describe('The record\'s version after the write (send `"<version>"` as If-Match to change it again).'),
          body: z.unknown().describe('The record as GET shows it after the write; null for a delete.'),
        }),
      )
      .describe('One result for each operation, in order.'),
  })
  .meta({ id: 'BatchResults', description: 'Every write of the batch was applied, in one transaction.' });

/** A path matched against a template: the `{id}` it holds, or null when it does not match. */
function match(template: string, path: string): { id?: string } | null {
  const want = template.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  let id: string | undefined;
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '{id}') {
      if (!have[i]) return null;
      try {
        id = decodeURIComponent(have[i]!);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) return null;
  }
  return id === undefined ? {} : { id };
}

/** A zod failure as the fields it names, under `at`. */
function fieldErrors(error: z.ZodError, at: string) {
  return error.issues.flatMap((issue) => {
    const base = [at, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ name: [...base, key].join('.'), reason: 'is not a field of this body' }));
    return [{ name: base.join('.'), reason: plainReason(issue.message) }];
  });
}

export function registerBatch(app: FastifyInstance, ctx: WriteContext) {
  const operations = ctx.operations;
  const listed = () => [...new Set(operations.map((o) => `${o.method} ${o.path}`))].join(', ');

  function runOne(op: z.output<typeof Operation>, i: number, writer: Writer): WriteAnswer {
    const at = `body.operations.${i}`;
    const what = `Operation ${i} (${op.method} ${op.path.slice(0, 200)})`;
    const path = op.path.split('?')[0]!;
    const found = operations.map((o) => ({ o, m: o.method === op.method ? match(o.path, path) : null })).find((x) => x.m !== null);
    if (!found) throw new ProblemError('validation', `${what} is not one of the API's writes.`, [{ name: `${at}.path`, reason: `is not a write this API takes with ${op.method}; the writes are ${listed()}` }], { operation: i });
    const { o, m } = found as { o: WriteOperation; m: { id?: string } };
    let body: unknown;
    if (o.body) {
      const parsed = o.body.safeParse(op.body);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error, `${at}.body`);
        throw new ProblemError('validation', `${what}: its body is invalid.`, errors, { operation: i });
      }
      body = parsed.data;
    } else if (op.body !== undefined) {
      throw new ProblemError('validation', `${what} takes no body.`, [{ name: `${at}.body`, reason: 'is not taken by this operation' }], { operation: i });
    }
    try {
      const version = o.ifMatch === 'none' ? '*' : o.ifMatch === 'optional' && op.if_match === undefined ? '*' : expectedVersion(op.if_match);
      return o.run(m.id, body, version, writer);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      // The fields a write names are its body's (`body.speaker_id`): here, under its place in the batch.
      const errors = (error.errors ?? []).map((e) => ({ ...e, name: e.name.startsWith('body') ? `${at}.${e.name}` : `${at}${e.name ? `.${e.name}` : ''}` }));
      const named = error.code === 'precondition_required' || error.code === 'precondition_failed' ? [{ name: `${at}.if_match`, reason: error.message }] : errors;
      throw new ProblemError(error.code, `${what}: ${error.message}`, named.length ? named : [{ name: at, reason: error.message }], { ...error.extensions, operation: i });
    }
  }

  app.post<{ Body: { operations: z.output<typeof Operation>[] } }>(
    '/batch',
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: 'batchWrites',
        tags: ['batch'],
        summary: 'Apply many writes at once, all or nothing',
        description: `Runs each operation — any of the API's writes: ${listed()} — in order, in one transaction, exactly as its own route would (the same body schema, the same checks, If-Match where that route needs it, a change-log entry each). A record must be created before a later operation refers to it. The first that fails undoes every one before it: nothing is written, and the problem names the operation (\`operation\`, and the detail) and its fields (\`body.operations.3.body.speaker_id\`), with the status that write alone would have answered. At most ${MAX_BATCH_OPERATIONS} operations; the request body is limited to 4 MB as any other. With an Idempotency-Key, a retry replays the first answer.`,
        security: SECURITY,
        headers: writeHeaders.idempotency,
        body: z.strictObject({
          operations: z
            .array(Operation)
            .min(1, 'must hold at least one operation')
            .max(MAX_BATCH_OPERATIONS, `must hold at most ${MAX_BATCH_OPERATIONS} operations`)
            .describe(`The writes, applied in this order (1 to ${MAX_BATCH_OPERATIONS}).`),
        }),
        response: {
          200: BatchAnswer,
          ...writeErrors,
          404: ProblemSchema.describe('An operation names a record that does not exist; `operation` says which.'),
          409: ProblemSchema.describe('An operation would break what other records hold (a delete while others refer to it); `operation` says which.'),
          412: ProblemSchema.describe('An operation\'s `if_match` is no longer current; `operation` says which.'),
          428: ProblemSchema.describe('An operation that needs `if_match` has none; `operation` says which.'),
        },
      },
    },
    async (request, reply) =>
      idempotent(ctx, request, reply, () =>
        ctx.connection.transaction(() => {
          const writer = writerOf(request);
          const results = request.body.operations.map((op, i) => {
            const answer = runOne(op, i, writer);
            return { status: answer.status, location: answer.location ?? null, version: answer.version ?? null, body: answer.body instanceof JsonText ? answer.body.toJSON() : (answer.body ?? null) };
          });
          return { status: 200, body: { results } };
        }),
      ),
  );
}
