import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COLLECTION_NAMES } from '../db/collections.js';
import { cursor, limit } from '../domain/query.js';
import { pageOf } from '../domain/schemas.js';
import type { createChangeRepository } from '../repositories/changes.js';
import { readErrors } from './common.js';

const timestamp = (description: string) =>
  z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-11-22T10:00:00Z' }).optional().describe(description);

const Snapshot = z
  .record(z.string(), z.unknown())
  .nullable()
  .describe('The whole record: its fields, its parts, the ids of the evidence spans it cites, and its version.');

const Change = z
  .object({
    id: z.string().describe('Position in the log; later changes have larger ids.'),
    at: z.string().describe('When the write was made (ISO 8601, UTC).'),
    key_id: z.string().describe('Which API key made it: a digest of the key, never the key itself.'),
    collection: z.enum(COLLECTION_NAMES).describe('The collection written.'),
    record_id: z.string().describe('The record written.'),
    action: z.enum(['create', 'update', 'delete']).describe('What the write did.'),
    before: Snapshot.describe('The record before the write; null for a create.'),
    after: Snapshot.describe('The record after the write; null for a delete.'),
  })
  .meta({ id: 'Change', description: 'One successful write, as the append-only change log keeps it.' });

export const changeRoutes: FastifyPluginAsyncZod<{ changes: ReturnType<typeof createChangeRepository> }> = async (app, { changes }) => {
  app.get(
    '/changes',
    {
      schema: {
        operationId: 'listChanges',
        tags: ['changes'],
        summary: 'Read the change log',
        description:
          'Every successful write, oldest first, with the record before and after. The log is append-only and written in the same transaction as each write; applying its `after` snapshots in order to the seeded knowledge base reproduces the current one.',
        querystring: z.object({
          collection: z.enum(COLLECTION_NAMES).optional().describe('Only writes to this collection.'),
          record_id: z.string().max(200).optional().describe('Only writes to this record (combine with `collection`).'),
          since: timestamp('Only writes at or after this time.'),
          until: timestamp('Only writes before this time.'),
          limit,
          cursor,
        }),
        response: { 200: pageOf(Change, 'ChangePage'), ...readErrors },
      },
    },
    async (request) => {
      const { limit, cursor, since, until, ...filters } = request.query;
      const iso = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());
      return changes.listChanges({ ...filters, since: iso(since), until: iso(until) }, { limit, cursor });
    },
  );
};
