/**
 * Create, update and delete for a collection, declared once: every write needs a
 * key, POST may carry an Idempotency-Key, PATCH and DELETE must carry If-Match, and
 * each answers with the record as GET shows it (or 204 for a delete).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { CollectionName } from '../writes/model.js';
import type { Body } from '../domain/json.js';
import { patchOf } from '../domain/inputs.js';
import { ProblemError, ProblemSchema } from '../domain/problem.js';
import { idPath } from '../domain/query.js';
import { expectedVersion } from '../plugins/etag.js';
import type { createIdempotencyStore } from '../repositories/idempotency.js';
import { MAX_SEARCHED_CHARACTERS, type Writer, type WriteService } from '../writes/service.js';
import type { WriteAnswer, WriteOperation } from './batch.js';
import type { Reading } from '../repositories/reading.js';

export const writeErrors = {
  400: ProblemSchema.describe(`The body or a parameter is invalid, or its quotes given without offsets would search more than ${MAX_SEARCHED_CHARACTERS.toLocaleString('en-US')} characters of sources in all (give start and end, or split the write); \`errors\` names each field.`),
  401: ProblemSchema.describe('No API key, or not a valid one.'),
  403: ProblemSchema.describe('The service is read-only: it was started without an API key.'),
  422: ProblemSchema.describe('The body refers to records that do not exist, or evidence that is not in its source; `errors` names each field.'),
  413: ProblemSchema.describe('The body is larger than 4 MB.'),
  429: ProblemSchema.describe('Too many writes from this client (`WRITE_RATE_LIMIT` a minute, refused keys included), or too many refused API keys from it (`AUTH_FAILURE_LIMIT` a minute, after which every write from it is refused); retry after `Retry-After` seconds.'),
  503: ProblemSchema.describe('The service is overloaded or the database unavailable; retry after `Retry-After` seconds.'),
  507: ProblemSchema.describe('The database has no room for the write; nothing was written, and reads still work.'),
} as const;
/** What a write to an existing record, checked against its version, may also answer. */
export const versionErrors = {
  404: ProblemSchema.describe('No record has this id.'),
  412: ProblemSchema.describe('If-Match names a version that is no longer current: someone else changed the record.'),
  428: ProblemSchema.describe('If-Match is missing.'),
} as const;

export const writeHeaders = {
  idempotency: z.object({
    'idempotency-key': z
      .string()
      .min(1)
      .max(255, 'must be at most 255 characters')
      .optional()
      .describe('Any unique string. Retrying the same request with the same key replays the first answer instead of writing twice.'),
  }),
  ifMatch: z.object({
    'if-match': z.string().max(200).optional().describe('The ETag of the version being changed (required; without it the answer is 428).'),
  }),
};

export const SECURITY = [{ bearerAuth: [] }];

export interface WriteContext {
  connection: Connection;
  /** Runs a reading on the write connection at once: inside a write, it sees what the write wrote. */
  read<T>(reading: Reading<T>): T;
  writes: WriteService;
  idempotency: ReturnType<typeof createIdempotencyStore>;
  /** Every write the routes declare, as `POST /batch` runs them (routes/batch.ts). */
  operations: WriteOperation[];
}

/**
 * The write service as the routes call it: what a write is given is the request's body,
 * so each field its problems name is a field of the body (`parent_id` → `body.parent_id`).
 */
export function forRequests(writes: WriteService): WriteService {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(writes)) {
    wrapped[name] =
      typeof member === 'function'
        ? (...args: unknown[]) => {
            try {
              return (member as (...a: unknown[]) => unknown)(...args);
            } catch (error) {
              throw error instanceof ProblemError ? error.within('body') : error;
            }
          }
        : member;
  }
  return wrapped as WriteService;
}

export const writerOf = (request: FastifyRequest): Writer => ({ keyId: request.keyId, now: new Date().toISOString() });

/**
 * Runs a POST's write once per Idempotency-Key: inside one transaction it either
 * recalls the first answer or writes and remembers this one.
 */
export function idempotent(
  ctx: WriteContext,
  request: FastifyRequest,
  reply: FastifyReply,
  write: () => WriteAnswer,
) {
  const key = (request.headers['idempotency-key'] as string | undefined)?.trim();
  const answer = !key
    ? write()
    : ctx.connection.transaction(() => {
        const hash = ctx.idempotency.hashRequest(request.method, request.url, request.body);
        const prior = ctx.idempotency.recall(request.keyId, key, hash);
        if (prior) {
          reply.header('idempotent-replayed', 'true');
          const body = prior.body as { version?: number; id?: string };
          return { ...prior, version: body.version };
        }
        const fresh = write();
        ctx.idempotency.remember(request.keyId, key, hash, { status: fresh.status, body: fresh.body, ...(fresh.location ? { location: fresh.location } : {}) }, new Date().toISOString());
        return fresh;
      });
  if (answer.version !== undefined) request.recordVersion = answer.version;
  if ('location' in answer && answer.location) reply.header('location', answer.location);
  return reply.code(answer.status).send(answer.body);
}

interface WriteSpec<Item extends z.ZodType> {
  collection: Exclude<CollectionName, 'evidence'>;
  path: string;
  tag: string;
  noun: [string, string];
  input: z.ZodObject;
  item: Item;
  exampleId: string;
  find: (id: string) => Body<z.output<Item>> | undefined;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function registerWrites<Item extends z.ZodType>(app: FastifyInstance, ctx: WriteContext, spec: WriteSpec<Item>) {
  const [one] = spec.noun;
  const answer = (id: string) => spec.find(id)!;
  const patch = patchOf(spec.input);
  // Each write once, for its route and for a batch.
  const create: WriteOperation = {
    method: 'POST',
    path: spec.path,
    body: spec.input,
    ifMatch: 'none',
    run: (_id, body, _version, writer) => {
      const snapshot = ctx.writes.create(spec.collection, body as Record<string, unknown>, writer);
      return { status: 201, body: answer(snapshot.id), version: snapshot.version, location: `${spec.path}/${snapshot.id}` };
    },
  };
  const update: WriteOperation = {
    method: 'PATCH',
    path: `${spec.path}/{id}`,
    body: patch,
    ifMatch: 'required',
    run: (id, body, version, writer) => {
      const snapshot = ctx.writes.update(spec.collection, id!, body as Record<string, unknown>, version, writer);
      return { status: 200, body: answer(id!), version: snapshot.version, location: `${spec.path}/${id}` };
    },
  };
  const remove: WriteOperation = {
    method: 'DELETE',
    path: `${spec.path}/{id}`,
    ifMatch: 'required',
    run: (id, _body, version, writer) => {
      ctx.writes.remove(spec.collection, id!, version, writer);
      return { status: 204 };
    },
  };
  ctx.operations.push(create, update, remove);

  app.post<{ Body: Record<string, unknown> }>(
    spec.path,
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: `create${capital(one)}`,
        tags: [spec.tag],
        summary: `Create ${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}`,
        description: `Adds ${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one} with its parts and evidence in one transaction. Evidence is given as the exact words of a source, with or without offsets; new spans are created as needed. Without an \`id\` one is made from the record's text. Answers 201 with the record as GET shows it, its ETag and its Location.`,
        security: SECURITY,
        headers: writeHeaders.idempotency,
        body: spec.input,
        response: { 201: spec.item, ...writeErrors },
      },
    },
    async (request, reply) => idempotent(ctx, request, reply, () => create.run(undefined, request.body, '*', writerOf(request))),
  );

  app.patch<{ Params: { id: string }; Body: Record<string, unknown> }>(
    `${spec.path}/:id`,
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: `update${capital(one)}`,
        tags: [spec.tag],
        summary: `Change ${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}`,
        description: `Changes the fields the body names; a list given replaces the whole list. Needs If-Match with the ${one}'s current ETag, so two people cannot overwrite each other. Answers with the changed record and its new ETag.`,
        security: SECURITY,
        params: idPath(spec.exampleId),
        headers: writeHeaders.ifMatch,
        body: patch,
        response: { 200: spec.item, ...writeErrors, ...versionErrors, 409: ProblemSchema.describe('The change would break evidence that cites the record.') },
      },
    },
    async (request, reply) => {
      const changed = update.run(request.params.id, request.body, expectedVersion(request.headers['if-match']), writerOf(request));
      request.recordVersion = changed.version;
      return reply.send(changed.body);
    },
  );

  app.delete<{ Params: { id: string } }>(
    `${spec.path}/:id`,
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: `delete${capital(one)}`,
        tags: [spec.tag],
        summary: `Delete ${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one}`,
        description: `Deletes the ${one} with its own parts and citations. Refused with 409, listing them, while other records still refer to it: nothing else is deleted behind your back. Needs If-Match.`,
        security: SECURITY,
        params: idPath(spec.exampleId),
        headers: writeHeaders.ifMatch,
        response: { 204: z.undefined().describe('Deleted.'), ...writeErrors, ...versionErrors, 409: ProblemSchema.describe('Other records still refer to this one; `referrers` lists them.') },
      },
    },
    async (request, reply) => {
      remove.run(request.params.id, undefined, expectedVersion(request.headers['if-match']), writerOf(request));
      return reply.code(204).send();
    },
  );
}
