import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COLLECTION_NAMES } from '../db/collections.js';
import { cursor, limit } from '../domain/query.js';
import { pageOf } from '../domain/schemas.js';
import type { createChangeRepository } from '../repositories/changes.js';
import { ProblemSchema } from '../domain/problem.js';
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
    key_id: z.string().describe('Which API key made it: an HMAC of the key under a secret the server keeps, so the id reveals nothing about the key and guessed keys cannot be tested against it.'),
    collection: z.enum(COLLECTION_NAMES).describe('The collection written.'),
    record_id: z.string().describe('The record written.'),
    action: z.enum(['create', 'update', 'delete']).describe('What the write did.'),
    before: Snapshot.describe('The record before the write; null for a create.'),
    after: Snapshot.describe('The record after the write; null for a delete.'),
  })
  .meta({ id: 'Change', description: 'One successful write, as the append-only change log keeps it.' });

export interface ChangeRouteOptions {
  changes: ReturnType<typeof createChangeRepository>;
  /** Whether reading the log needs an API key (CHANGES_ACCESS=key). */
  requireKey: boolean;
}

export const changeRoutes: FastifyPluginAsyncZod<ChangeRouteOptions> = async (app, { changes, requireKey }) => {
  app.get(
    '/changes',
    {
      ...(requireKey ? { onRequest: app.requireWriteKey } : {}),
      schema: {
        operationId: 'listChanges',
        tags: ['changes'],
        summary: 'Read the change log',
        description:
          'Every successful write, oldest first, with the record before and after. The log is append-only and written in the same transaction as each write; applying its `after` snapshots in order to the seeded knowledge base reproduces the current one. Public by default, like the knowledge base it describes; a deployment that must not publish its history sets `CHANGES_ACCESS=key`, and then reading it needs an API key as writes do.',
        security: [{}, { bearerAuth: [] }],
        querystring: z.object({
          collection: z.enum(COLLECTION_NAMES).optional().describe('Only writes to this collection.'),
          record_id: z.string().max(200).optional().describe('Only writes to this record (combine with `collection`).'),
          since: timestamp('Only writes at or after this time.'),
          until: timestamp('Only writes before this time.'),
          limit,
          cursor,
        }),
        response: {
          200: pageOf(Change, 'ChangePage'),
          ...readErrors,
          401: ProblemSchema.describe('Only where the deployment sets `CHANGES_ACCESS=key`: no API key, or not a valid one.'),
          403: ProblemSchema.describe('Only where the deployment sets `CHANGES_ACCESS=key` and has no API key configured: nobody can read the log.'),
          429: ProblemSchema.describe('Only where the deployment sets `CHANGES_ACCESS=key`: too many refused API keys from this client; retry after `Retry-After` seconds.'),
        },
      },
    },
    async (request) => {
      const { limit, cursor, since, until, ...filters } = request.query;
      const iso = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());
      return changes.listChanges({ ...filters, since: iso(since), until: iso(until) }, { limit, cursor });
    },
  );
};
