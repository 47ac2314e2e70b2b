/**
 * Exports: a collection's records, whole, as NDJSON or CSV, with the filters of its list;
 * the knowledge base as one NDJSON file; statements as PLOVER events. Each streams rows
 * read on a connection of its own (one snapshot, however long the client takes), a
 * batch at a time, so memory stays flat and other requests run between batches; a
 * client that goes away stops the reading at once.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Connection } from '../db/client.js';
import { ProblemError, ProblemSchema, clip } from '../domain/problem.js';
import { checkedRange, include } from '../domain/query.js';
import { csvColumnsDoc, csvHeader, csvLine } from '../exports/csv.js';
import { knowledgeBaseLines } from '../exports/knowledge-base.js';
import { PLOVER_FIELDS, ploverCoder } from '../exports/plover.js';
import { STATEMENT_INCLUDES, type StatementInclude } from '../repositories/statements.js';
import type { Sql } from '../repositories/sql.js';
import { READ_CACHE } from '../plugins/etag.js';
import type { CollectionName } from '../writes/model.js';
import { readErrors, resolveIdFilters } from './common.js';

/** Rows an export reads before it lets other requests run. */
export const EXPORT_BATCH = 200;
/** Exports streaming at once, in all; one more is answered 503. */
export const MAX_EXPORTS = 4;

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

export const exportErrors = {
  ...readErrors,
  503: ProblemSchema.describe(`${MAX_EXPORTS} exports are already streaming, or the service is overloaded; retry after \`Retry-After\` seconds.`),
} as const;

/** What an export reads from: the app's connection, and a count of exports streaming. */
export interface ExportContext {
  connection: Connection;
  /** The id of the newest change-log entry: the state an export reflects. */
  latestChange(): number;
  active: { count: number };
  /** The export files registered, for the 404 that lists them. */
  files: Set<string>;
}

export function exportContext(connection: Connection): ExportContext {
  const latest = connection.prepare('SELECT coalesce(max(id), 0) FROM changes').pluck();
  return { connection, latestChange: () => latest.get() as number, active: { count: 0 }, files: new Set() };
}

/** Answers once the process starts, so an ETag made by an older build is never taken for current. */
const BUILD = `${process.pid}.${Date.now()}`;

/**
 * An export's ETag: the knowledge base's state (the newest change-log entry, which every
 * write adds) and the question asked. A client or cache that has the export sends it back
 * in If-None-Match and gets 304 while nothing has been written.
 */
function exportTag(ctx: ExportContext, request: FastifyRequest): string {
  const hash = createHash('sha256').update(`${BUILD}\n${request.url}`).digest('base64url').slice(0, 16);
  return `"x${ctx.latestChange()}.${hash}"`;
}

function notModified(request: FastifyRequest, tag: string): boolean {
  const header = request.headers['if-none-match'];
  return !!header && (header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === tag));
}

/**
 * Sends `chunks` as the body of a streamed export, after the headers every export carries,
 * or 304 when the client has it. At most MAX_EXPORTS stream at once.
 */
export function sendExport(ctx: ExportContext, request: FastifyRequest, reply: FastifyReply, file: string, chunks: () => AsyncGenerator<string>) {
  const tag = exportTag(ctx, request);
  const extension = file.slice(file.lastIndexOf('.') + 1) as keyof typeof CONTENT_TYPES;
  reply.header('etag', tag).header('cache-control', READ_CACHE).header('content-disposition', `inline; filename="${file}"`);
  if (notModified(request, tag)) return reply.code(304).send();
  if (ctx.active.count >= MAX_EXPORTS) throw new ProblemError('unavailable', `${MAX_EXPORTS} exports are already streaming; retry shortly.`);
  ctx.active.count++;
  let released = false;
  const release = () => {
    if (!released) ctx.active.count--;
    released = true;
  };
  const body = Readable.from(
    (async function* () {
      try {
        yield* chunks();
      } finally {
        release();
      }
    })(),
    { objectMode: false, highWaterMark: 64 * 1024 },
  );
  body.on('close', release);
  return reply.type(CONTENT_TYPES[extension]).send(body);
}

/** Streams a query's rows (each with its record as `json`) in `format`. */
export async function* recordLines(connection: Connection, query: Sql, collection: CollectionName, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader(collection);
  for await (const rows of connection.stream<{ json: string }>(query, EXPORT_BATCH)) {
    yield format === 'csv' ? rows.map((row) => csvLine(collection, JSON.parse(row.json))).join('') : `${rows.map((row) => row.json).join('\n')}\n`;
  }
}

interface ExportSpec<Filters extends z.ZodRawShape, Inc extends readonly [string, ...string[]] | undefined> {
  collection: CollectionName;
  /** Singular and plural, for operation ids and prose. */
  noun: [string, string];
  filters: Filters;
  /** The relations a record may embed (all, unless the request names some with `include`). */
  includes: Inc;
  select(filters: z.output<z.ZodObject<Filters>>, include: Set<NonNullable<Inc>[number]>): Sql;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Registers `GET /export/{collection}.ndjson` and `.csv`, taking the filters of the collection's list. */
export function registerExport<Filters extends z.ZodRawShape, Inc extends readonly [string, ...string[]] | undefined>(app: FastifyInstance, spec: ExportSpec<Filters, Inc>) {
  const ctx = app.exportContext;
  const [, many] = spec.noun;
  for (const format of EXPORT_FORMATS) {
    const file = `${spec.collection}.${format}`;
    ctx.files.add(file);
    const embeds = format === 'ndjson' && spec.includes;
    const query = checkedRange(z.object({ ...spec.filters, ...(embeds ? { include: include(spec.includes!, 'Nothing is embedded by default, as in the list.') } : {}) }));
    const what =
      format === 'ndjson'
        ? `Every ${spec.noun[0]} the filters select, one JSON record a line, in the order of \`GET /${spec.collection}\`${embeds ? `, each as the list gives it: with the relations \`include\` names (\`include=${spec.includes!.join(',')}\` gives each record as \`GET /${spec.collection}/{id}\` does)` : ''}. `
        : `Every ${spec.noun[0]} the filters select as CSV (RFC 4180, UTF-8, CRLF line ends, a header line), one row a record, in the order of \`GET /${spec.collection}\`. A cell starting with \`=\`, \`+\`, \`-\` or \`@\` is written with a leading \`'\`, so a spreadsheet shows it as text. Columns: ${csvColumnsDoc(spec.collection)}. `;
    app.get<{ Querystring: Record<string, unknown> & { include?: Set<string> } }>(
      `/export/${file}`,
      {
        schema: {
          operationId: `export${capital(many)}${capital(format)}`,
          tags: ['exports'],
          summary: `Export ${many} as ${format === 'csv' ? 'CSV' : 'NDJSON'}`,
          description: `${what}The filters are those of the list, and refuse what it refuses. The file streams: it starts at once and holds one snapshot of the knowledge base however long it takes; an empty selection is an empty file${format === 'csv' ? ' (its header line only)' : ''}. Its ETag changes whenever anything is written.`,
          querystring: query,
          response: exportErrors,
        },
      },
      async (request, reply) => {
        const { include: asked, ...given } = request.query;
        const { filters } = await resolveIdFilters(app, spec.filters, given);
        // NDJSON embeds what `include` names, nothing by default (as the list); a CSV's columns need every relation's ids.
        const relations = new Set<NonNullable<Inc>[number]>(format === 'csv' ? (spec.includes ?? []) : [...(asked ?? [])]);
        const sql = spec.select(filters as z.output<z.ZodObject<Filters>>, relations);
        return sendExport(ctx, request, reply, file, () => recordLines(ctx.connection, sql, spec.collection, format));
      },
    );
  }
}

/** `GET /export/knowledge-base.ndjson`: every record of every kind (exports/knowledge-base.ts). */
export function registerKnowledgeBaseExport(app: FastifyInstance) {
  const ctx = app.exportContext;
  const file = 'knowledge-base.ndjson';
  ctx.files.add(file);
  app.get(
    `/export/${file}`,
    {
      schema: {
        operationId: 'exportKnowledgeBase',
        tags: ['exports'],
        summary: 'Export the whole knowledge base',
        description:
          'Every record of every collection, one a line: `{"type", "id", "version", "created_at", "updated_at", "record"}`, where `type` is the collection\'s singular (`source`, `evidence`, `actor`, `issue`, `proposal`, `statement`, `date`, `conflict`) and `record` is exactly the body `POST` takes to create it (as the seed files hold them), its evidence given as spans with their offsets. Sources first, then every evidence span, then actors, issues, proposals, statements, dates and contested claims, each by id. `npm run import -- <file>` loads it into an empty database, checking every record as the write API does and keeping versions and times: exporting that database gives the same bytes. The change log is not included.',
        querystring: z.object({}),
        response: exportErrors,
      },
    },
    async (request, reply) => sendExport(ctx, request, reply, file, () => knowledgeBaseLines(ctx.connection)),
  );
}

/** `GET /export/events.plover.jsonl`: statements as PLOVER events (exports/plover.ts), with the statements' filters. */
export function registerPloverExport<Filters extends z.ZodRawShape>(app: FastifyInstance, filters: Filters, select: (filters: z.output<z.ZodObject<Filters>>, include: Set<StatementInclude>) => Sql) {
  const ctx = app.exportContext;
  const file = 'events.plover.jsonl';
  ctx.files.add(file);
  app.get<{ Querystring: Record<string, unknown> }>(
    `/export/${file}`,
    {
      schema: {
        operationId: 'exportPloverEvents',
        tags: ['exports'],
        summary: 'Export statements as PLOVER events',
        description: `Every statement the filters select (those of \`GET /statements\`, in its order) as a PLOVER event record, one JSON object a line, with the field names of PLOVER's "JSON Data Fields" (Open Event Data Alliance). Fields: ${PLOVER_FIELDS.map(([name, what]) => `\`${name}\` — ${what}`).join(' ')}`,
        querystring: checkedRange(z.object(filters)),
        response: exportErrors,
      },
    },
    async (request, reply) => {
      const { filters: resolved } = await resolveIdFilters(app, filters, request.query);
      const sql = select(resolved as z.output<z.ZodObject<Filters>>, new Set(STATEMENT_INCLUDES));
      const record = ploverCoder(ctx.connection);
      return sendExport(ctx, request, reply, file, async function* () {
        for await (const rows of ctx.connection.stream<{ json: string }>(sql, EXPORT_BATCH)) {
          yield rows.map((row) => `${JSON.stringify(record(JSON.parse(row.json)))}\n`).join('');
        }
      });
    },
  );
}

/** The answer to an export that does not exist: the files there are. */
export function registerUnknownExport(app: FastifyInstance) {
  app.get('/export/*', { schema: { hide: true } }, async (request) => {
    const name = request.url.split('?')[0]!.slice('/export/'.length);
    const files = [...app.exportContext.files].sort();
    throw new ProblemError('not_found', `There is no export "${clip(name, 100)}". The exports are ${files.join(', ')}.`, undefined, { exports: files });
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** What the exports read from (routes/exports.ts). */
    exportContext: ExportContext;
  }
}

