import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EvidenceInput, EvidenceMove } from '../domain/inputs.js';
import { asBody } from '../domain/json.js';
import { ProblemSchema, notFoundError } from '../domain/problem.js';
import { cursor, idFilter, idPath, limit } from '../domain/query.js';
import { EvidenceRecord, pageOf } from '../domain/schemas.js';
import { expectedVersion } from '../plugins/etag.js';
import type { createEvidenceRepository } from '../repositories/evidence.js';
import type { WriteOperation } from './batch.js';
import { listResolved, readErrors, recordErrors } from './common.js';
import { registerExport } from './exports.js';
import { SECURITY, type WriteContext, idempotent, versionErrors, writeErrors, writeHeaders, writerOf } from './writes.js';

const EXAMPLE = 'xinhua-2007-10-14:1257-1425';

const evidenceFilters = { source: idFilter('sources', 'Only spans in this source id.', 'voa-2007-10-12') };

export const evidenceRoutes: FastifyPluginAsyncZod<{ evidence: ReturnType<typeof createEvidenceRepository>; ctx: WriteContext }> = async (app, { evidence, ctx }) => {
  app.get(
    '/evidence',
    {
      schema: {
        operationId: 'listEvidence',
        tags: ['evidence'],
        summary: 'List evidence spans',
        description: 'Spans of the sources that facts cite, by source and position.',
        querystring: z.object({ ...evidenceFilters, limit, cursor }),
        response: { 200: pageOf(EvidenceRecord, 'EvidencePage'), ...readErrors },
      },
    },
    async (request) => {
      const { limit, cursor, ...given } = request.query;
      return listResolved(app, evidenceFilters, given, (filters, scope) => app.reads.run('listEvidence', filters, { limit, cursor, scope }));
    },
  );

  registerExport(app, { collection: 'evidence', noun: ['evidence span', 'evidence'], filters: evidenceFilters, includes: undefined, select: (filters) => evidence.selectEvidence(filters) });

  app.get(
    '/evidence/:id',
    {
      schema: {
        operationId: 'getEvidence',
        tags: ['evidence'],
        summary: 'Get an evidence span',
        description: 'One span: its source, offsets and exact text. `/sources/{id}` lists every span of a source.',
        params: idPath(EXAMPLE),
        response: { 200: EvidenceRecord, ...recordErrors },
      },
    },
    async (request) => {
      const span = await app.reads.run('findEvidence', request.params.id);
      if (!span) throw notFoundError('evidence span', request.params.id);
      request.recordVersion = span.version;
      return asBody(span);
    },
  );

  // Each write once, for its route and for a batch.
  const create: WriteOperation = {
    method: 'POST',
    path: '/evidence',
    body: EvidenceInput,
    ifMatch: 'none',
    run: (_id, body, _version, writer) => {
      const { snapshot, created } = ctx.writes.createSpan(body as z.output<typeof EvidenceInput>, writer);
      return { status: created ? 201 : 200, body: ctx.read(evidence.findEvidence(snapshot.id)), version: snapshot.version, location: `/evidence/${snapshot.id}` };
    },
  };
  const move: WriteOperation = {
    method: 'PATCH',
    path: '/evidence/{id}',
    body: EvidenceMove,
    ifMatch: 'required',
    run: (id, body, version, writer) => {
      const moved = ctx.writes.moveSpan(id!, body as z.output<typeof EvidenceMove>, version, writer);
      return { status: 200, body: ctx.read(evidence.findEvidence(moved.id)), version: moved.version, location: `/evidence/${moved.id}` };
    },
  };
  const remove: WriteOperation = {
    method: 'DELETE',
    path: '/evidence/{id}',
    ifMatch: 'required',
    run: (id, _body, version, writer) => {
      ctx.writes.remove('evidence', id!, version, writer);
      return { status: 204 };
    },
  };
  ctx.operations.push(create, move, remove);

  app.post(
    '/evidence',
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: 'createEvidence',
        tags: ['evidence'],
        summary: 'Create an evidence span',
        description:
          'Registers a span of a source. With `start` and `end`, `exact` must be exactly the text at those offsets. Without them, the words are looked up in the source (line breaks and straight or curly quotes may be typed either way) and must occur exactly once; the answer gives the offsets found. Answers 201 for a new span and 200 when the span already exists.',
        security: SECURITY,
        headers: writeHeaders.idempotency,
        body: EvidenceInput,
        response: { 201: EvidenceRecord, 200: EvidenceRecord.describe('The span already existed.'), ...writeErrors },
      },
    },
    async (request, reply) => idempotent(ctx, request, reply, () => create.run(undefined, request.body, '*', writerOf(request))),
  );

  app.patch(
    '/evidence/:id',
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: 'updateEvidence',
        tags: ['evidence'],
        summary: 'Correct an evidence span',
        description:
          'Moves a span to the words the body gives, in the same source (with or without offsets, as for POST). A span\'s id is its place, so the corrected span has a new id: every fact that cited the old span is changed to cite the new one, the old span is deleted, and each of those changes is logged. Needs If-Match. Answers with the corrected span; its `Location` is its new address.',
        security: SECURITY,
        params: idPath(EXAMPLE),
        headers: writeHeaders.ifMatch,
        body: EvidenceMove,
        response: {
          200: EvidenceRecord,
          ...writeErrors,
          ...versionErrors,
        },
      },
    },
    async (request, reply) => {
      const moved = move.run(request.params.id, request.body, expectedVersion(request.headers['if-match']), writerOf(request));
      request.recordVersion = moved.version;
      return reply.header('location', moved.location).send(moved.body as z.output<typeof EvidenceRecord>);
    },
  );

  app.delete(
    '/evidence/:id',
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: 'deleteEvidence',
        tags: ['evidence'],
        summary: 'Delete an evidence span',
        description: 'Deletes a span no fact cites. While facts cite it the answer is 409 listing them. Needs If-Match.',
        security: SECURITY,
        params: idPath(EXAMPLE),
        headers: writeHeaders.ifMatch,
        response: {
          204: z.undefined().describe('Deleted.'),
          ...writeErrors,
          ...versionErrors,
          409: ProblemSchema.describe('Other records still refer to this one; `referrers` lists them.'),
        },
      },
    },
    async (request, reply) => {
      remove.run(request.params.id, undefined, expectedVersion(request.headers['if-match']), writerOf(request));
      return reply.code(204).send();
    },
  );
};
