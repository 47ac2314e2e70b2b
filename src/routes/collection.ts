/**
 * The two operations every collection has — a filtered, paginated list and a record
 * by id — declared from one description, so each resource states only what differs:
 * its filters, its relations and its shape.
 */
import { notFoundError } from '../domain/problem.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { checkedRange, cursor, idPath, include, limit, resolveIncludes } from '../domain/query.js';
import { type Body, asBody } from '../domain/json.js';
import { pageOf } from '../domain/schemas.js';
import type { Page, Sql } from '../repositories/sql.js';
import type { CollectionName } from '../writes/model.js';
import { registerExport } from './exports.js';
import { listResolved, recordErrors, viewErrors } from './common.js';

interface CollectionSpec<Item extends z.ZodType, Filters extends z.ZodRawShape, Inc extends readonly [string, ...string[]]> {
  path: string;
  tag: string;
  /** Singular and plural, for operation ids and messages: ['statement', 'statements']. */
  noun: [string, string];
  item: Item;
  /** A real id, shown as the example in the docs. */
  exampleId: string;
  pageId: string;
  includes: Inc;
  listSummary: string;
  listDescription: string;
  getSummary: string;
  getDescription: string;
  filters: Filters;
  /** The list (through `app.reads`: off the event loop on PostgreSQL). */
  list: (
    filters: z.output<z.ZodObject<Filters>>,
    options: { limit: number; cursor?: string; include: Set<Inc[number]> },
  ) => Promise<Body<Page<z.output<Item>>>>;
  /**
   * The list when `q` is given (which reads the full-text index) or a filter lists
   * several values (one query per combination): a costly view, run off the event loop.
   */
  listByText?: (
    filters: z.output<z.ZodObject<Filters>>,
    options: { limit: number; cursor?: string; include: Set<Inc[number]> },
  ) => Promise<Body<Page<z.output<Item>>>>;
  /** A record (through `app.reads`). */
  find: (id: string, include: Set<Inc[number]>) => Promise<Body<z.output<Item>> | undefined>;
  /** Every record the filters select, in list order, with the relations in `include`: what the exports stream. */
  select: (filters: z.output<z.ZodObject<Filters>>, include: Set<Inc[number]>) => Sql;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function registerCollection<Item extends z.ZodType, Filters extends z.ZodRawShape, Inc extends readonly [string, ...string[]]>(
  app: FastifyInstance,
  spec: CollectionSpec<Item, Filters, Inc>,
) {
  const [one, many] = spec.noun;
  const listQuery = checkedRange(
    z.object({
      ...spec.filters,
      include: include(spec.includes, 'Nothing is embedded by default.'),
      limit,
      cursor,
    }),
  );

  app.get<{ Querystring: { limit: number; cursor?: string; include?: Set<Inc[number]> } & Record<string, unknown> }>(
    spec.path,
    {
      schema: {
        operationId: `list${capital(many)}`,
        tags: [spec.tag],
        summary: spec.listSummary,
        description: spec.listDescription,
        querystring: listQuery,
        response: { 200: pageOf(spec.item, spec.pageId), ...viewErrors },
      },
    },
    // The validator has parsed the query with `listQuery`: its output is the type the route declares.
    async (request) => {
      const { limit, cursor, include: asked, ...given } = request.query;
      return listResolved(app, spec.filters, given as z.output<z.ZodObject<Filters>>, (filters, scope) => {
        const options = { limit, cursor, include: resolveIncludes(asked, []), scope };
        const costly = (filters as { q?: string }).q !== undefined || Object.values(filters).some((v) => Array.isArray(v) && v.length > 1);
        return spec.listByText && costly ? spec.listByText(filters, options) : spec.list(filters, options);
      });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { include?: Set<Inc[number]> } }>(
    `${spec.path}/:id`,
    {
      schema: {
        operationId: `get${capital(one)}`,
        tags: [spec.tag],
        summary: spec.getSummary,
        description: `${spec.getDescription} Without \`include\`, every relation (${spec.includes.map((i) => `\`${i}\``).join(', ')}) is embedded; \`include=\` with an empty value embeds none.`,
        params: idPath(spec.exampleId),
        querystring: z.object({ include: include(spec.includes, 'Defaults to all.') }),
        response: { 200: spec.item, ...recordErrors },
      },
    },
    async (request) => {
      const { id } = request.params;
      const record = await spec.find(id, resolveIncludes(request.query.include, spec.includes));
      if (!record) throw notFoundError(one, id);
      request.recordVersion = (record as { version: number }).version;
      return asBody(record);
    },
  );

  registerExport(app, { collection: many as CollectionName, noun: spec.noun, filters: spec.filters, includes: spec.includes, select: spec.select });
}
