import { notFoundError } from '../domain/problem.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asBody } from '../domain/json.js';
import { cursor, idFilter, idPath, limit, oneOf } from '../domain/query.js';
import { Conflict, pageOf } from '../domain/schemas.js';
import { CLAIM_KINDS, CLAIM_SUBJECT_TYPES } from '../domain/vocabulary.js';
import type { createConflictRepository } from '../repositories/conflicts.js';
import { ConflictInput } from '../domain/inputs.js';
import { listResolved, readErrors, recordErrors } from './common.js';
import { registerExport } from './exports.js';
import { type WriteContext, registerWrites } from './writes.js';

const conflictFilters = {
  kind: oneOf(CLAIM_KINDS, 'Only disagreements of this kind: between articles, within one article, a plan against a later event, or a reading of the knowledge base\'s own.'),
  subject_type: z.enum(CLAIM_SUBJECT_TYPES).optional().describe('Only disagreements about this kind of record.'),
  subject_id: z.string().max(200, 'is too long to be an id').optional().describe('Only disagreements about this record id (of any collection; see `subject_type`). For example `robert-gates`.'),
  source: idFilter('sources', 'Only disagreements in which this source id gives a version.', 'times-2008'),
};

export const conflictRoutes: FastifyPluginAsyncZod<{ conflicts: ReturnType<typeof createConflictRepository>; ctx: WriteContext }> = async (app, { conflicts, ctx }) => {
  app.get(
    '/conflicts',
    {
      schema: {
        operationId: 'listConflicts',
        tags: ['conflicts'],
        summary: 'List the points the sources disagree on',
        description: 'Every contested claim, ordered by id, each with every version the sources give and the evidence for each. None is dropped or resolved.',
        querystring: z.object({
          ...conflictFilters,
          limit,
          cursor,
        }),
        response: { 200: pageOf(Conflict, 'ConflictPage'), ...readErrors },
      },
    },
    async (request) => {
      const { limit, cursor, ...given } = request.query;
      return listResolved(app, conflictFilters, given, (filters, scope) => app.reads.run('listConflicts', filters, { limit, cursor, scope }));
    },
  );

  registerExport(app, { collection: 'conflicts', noun: ['contested claim', 'conflicts'], filters: conflictFilters, includes: undefined, select: (filters) => conflicts.selectConflicts(filters) });

  app.get(
    '/conflicts/:id',
    {
      schema: {
        operationId: 'getConflict',
        tags: ['conflicts'],
        summary: 'Get a disagreement',
        description: 'One contested claim with every version and its evidence.',
        params: idPath('start-1-expiry-year'),
        response: { 200: Conflict, ...recordErrors },
      },
    },
    async (request) => {
      const conflict = await app.reads.run('findConflict', request.params.id);
      if (!conflict) throw notFoundError('conflict', request.params.id);
      request.recordVersion = conflict.version;
      return asBody(conflict);
    },
  );
  registerWrites(app, ctx, {
    collection: 'conflicts',
    path: '/conflicts',
    tag: 'conflicts',
    noun: ['conflict', 'conflicts'],
    input: ConflictInput,
    item: Conflict,
    exampleId: 'start-1-expiry-year',
    find: (id) => ctx.read(conflicts.findConflict(id)),
  });
};
