import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COLLECTION_NAMES } from '../writes/model.js';
import { cursorScope } from '../domain/cursor.js';
import { asBody } from '../domain/json.js';
import { cursor, limit } from '../domain/query.js';
import { MAX_PAGE_BYTES, MAX_SNAPSHOT_BYTES } from '../repositories/changes.js';
import { ProblemSchema, notFoundError } from '../domain/problem.js';
import { viewErrors } from './common.js';

const timestamp = (description: string) =>
  z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-11-22T10:00:00Z' }).optional().describe(description);

/** The caps as the documents state them: `64 KB (65,536 bytes)`. */
const size = (bytes: number) => `${bytes >= 1_048_576 ? `${bytes / 1_048_576} MB` : `${bytes / 1024} KB`} (${String(bytes).replace(/\B(?=(\d{3})+$)/g, ',')} bytes)`;
const SNAPSHOT_CAP = size(MAX_SNAPSHOT_BYTES);
const PAGE_CAP = size(MAX_PAGE_BYTES);

const Snapshot = z
  .record(z.string(), z.unknown())
  .nullable()
  .describe('The whole record: its fields, its parts, the ids of the evidence spans it cites, and its version.');

const Change = z
  .object({
    id: z.string().describe('Position in the log; later changes have larger ids.'),
    at: z.string().describe('When the write was made (ISO 8601, UTC).'),
    key_id: z.string().describe('Which API key made it: an HMAC of the key under a secret the server keeps, so the id reveals nothing about the key and guessed keys cannot be tested against it; `seed` for the curated knowledge base the database was first loaded with.'),
    collection: z.enum(COLLECTION_NAMES).describe('The collection written.'),
    record_id: z.string().describe('The record written.'),
    action: z.enum(['create', 'update', 'delete']).describe('What the write did.'),
    before: Snapshot.describe(
      `The record before the write; null for a create. In a list page, also null when its stored JSON is over ${SNAPSHOT_CAP}: then \`omitted\` names it, and \`href\` answers it whole.`,
    ),
    after: Snapshot.describe(
      `The record after the write; null for a delete. In a list page, also null when its stored JSON is over ${SNAPSHOT_CAP}: then \`omitted\` names it, and \`href\` answers it whole.`,
    ),
    omitted: z
      .array(z.enum(['before', 'after']))
      .describe(
        `The snapshots this answer left out: a list page sends a \`before\` or \`after\` whose stored JSON is over ${SNAPSHOT_CAP} as null and names it here, so a null is never ambiguous. Empty when nothing was left out, and always empty in the answer of \`href\`, which holds every snapshot whole.`,
      ),
    href: z.string().describe('The path of this entry, `/changes/{id}`: it answers the entry with both snapshots whole, however large.'),
  })
  .meta({ id: 'Change', description: 'One successful write, as the append-only change log keeps it.' });

const ChangePage = z
  .object({
    data: z
      .array(Change)
      .describe(
        `This page's entries, oldest first: at most \`limit\`, and no more than fit in ${PAGE_CAP} of snapshots; a snapshot over ${SNAPSHOT_CAP} is not sent, and \`omitted\` says so. A page always holds at least one entry when any remain, so it may hold fewer than \`limit\` even when more follow.`,
      ),
    next_cursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page, which starts right after this page\'s last entry; null on the last page. Following the cursors reaches every entry exactly once.'),
  })
  .meta({ id: 'ChangePage', description: `A page of the change log, capped at \`limit\` entries and ${PAGE_CAP} of snapshots.` });

/** Who may read the log: everyone, or (CHANGES_ACCESS=key) holders of an API key. */
const accessErrors = {
  401: ProblemSchema.describe('Only where the deployment sets `CHANGES_ACCESS=key`: no API key, or not a valid one.'),
  403: ProblemSchema.describe('Only where the deployment sets `CHANGES_ACCESS=key` and has no API key configured: nobody can read the log.'),
  429: ProblemSchema.describe('This client already has 8 searches and views in flight (per client address), or, where the deployment sets `CHANGES_ACCESS=key`, it offered too many refused API keys; retry after `Retry-After` seconds.'),
} as const;

const ACCESS =
  'Public by default, like the knowledge base it describes; a deployment that must not publish its history sets `CHANGES_ACCESS=key`, and then reading it needs an API key as writes do.';

export interface ChangeRouteOptions {
  /** Whether reading the log needs an API key (CHANGES_ACCESS=key). */
  requireKey: boolean;
}

export const changeRoutes: FastifyPluginAsyncZod<ChangeRouteOptions> = async (app, { requireKey }) => {
  // Entries may be megabytes: both routes are costly reads, run as views (views/runner.ts).
  // The log grows with every write and may be private (CHANGES_ACCESS=key): no cache keeps it.
  const access = { ...(requireKey ? { onRequest: app.requireWriteKey } : {}), config: { costly: true, cache: 'no-store' } };

  app.get(
    '/changes',
    {
      ...access,
      schema: {
        operationId: 'listChanges',
        tags: ['changes'],
        summary: 'Read the change log',
        description: `Every successful write, oldest first, with the record before and after. The log is append-only and written in the same transaction as each write; it begins with the seed's records, logged as created by the key id \`seed\` when the database was first loaded, so applying its \`after\` snapshots in order to an empty database rebuilds the current knowledge base. A page is capped twice: at \`limit\` entries, and at ${PAGE_CAP} of snapshots, so it may hold fewer than \`limit\` entries even when more follow (\`next_cursor\` says whether they do; it always holds at least one). A snapshot whose stored JSON is over ${SNAPSHOT_CAP} is not sent in a page: it is null and the entry's \`omitted\` names it; the entry's \`href\` (\`GET /changes/{id}\`) answers it whole. ${ACCESS}`,
        security: [{}, { bearerAuth: [] }],
        querystring: z.object({
          collection: z.enum(COLLECTION_NAMES).optional().describe('Only writes to this collection.'),
          record_id: z.string().max(200).optional().describe('Only writes to this record (combine with `collection`).'),
          since: timestamp('Only writes at or after this time.'),
          until: timestamp('Only writes before this time.'),
          limit: limit.describe(`Most entries in the page, 1–100. A page also stops before its snapshots would pass ${PAGE_CAP}, so it may hold fewer.`),
          cursor,
        }),
        response: {
          200: ChangePage,
          ...viewErrors,
          ...accessErrors,
        },
      },
    },
    async (request) => {
      const { limit, cursor, since, until, ...filters } = request.query;
      const iso = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());
      return asBody(await app.views.run('listChanges', { ...filters, since: iso(since), until: iso(until) }, { limit, cursor, scope: cursorScope(request.query) }));
    },
  );

  app.get(
    '/changes/:id',
    {
      ...access,
      schema: {
        operationId: 'getChange',
        tags: ['changes'],
        summary: 'Get one change log entry',
        description: `One entry of the change log, with its \`before\` and \`after\` snapshots whole, however large (\`omitted\` is empty): the \`href\` of an entry whose snapshots a list page left out for being over ${SNAPSHOT_CAP}. ${ACCESS}`,
        security: [{}, { bearerAuth: [] }],
        params: z.object({
          id: z.string().min(1).max(200, 'is too long to be an id').meta({ examples: ['1'] }).describe('The entry\'s `id`, its position in the log.'),
        }),
        response: {
          200: Change,
          ...viewErrors,
          404: ProblemSchema.describe('No entry of the log has this id (an id is a whole number; anything else is answered the same way).'),
          ...accessErrors,
        },
      },
    },
    async (request) => {
      const change = await app.views.run('findChange', request.params.id);
      if (!change) throw notFoundError('change', request.params.id);
      return asBody(change);
    },
  );
};
