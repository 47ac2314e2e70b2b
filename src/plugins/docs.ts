import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type ZodTypeProvider, jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { finishDocument } from './openapi-document.js';
import { z } from 'zod';
import { ProblemSchema } from '../domain/problem.js';

export const API_TAGS = [
  { name: 'sources', description: 'The source articles, verbatim, that every fact cites.' },
  { name: 'actors', description: 'People, states, organizations, groups and unnamed speakers, with aliases and roles as printed.' },
  { name: 'issues', description: 'The subjects of negotiation, their nesting and the links between them.' },
  { name: 'proposals', description: 'Offers, demands, requests and agreements, with who made them, to whom, and their status history.' },
  { name: 'statements', description: 'Quotations and attributed paraphrases, with speaker, date, venue, stance and PLOVER type.' },
  { name: 'dates', description: 'Dated happenings, deadlines, expiries and anniversaries, with their precision as printed.' },
  { name: 'conflicts', description: 'Points on which the sources disagree, every version kept with its evidence.' },
  { name: 'search', description: 'Ranked full-text search across every collection.' },
  { name: 'views', description: 'The negotiation as a timeline, and each actor\'s position on an issue over time.' },
  { name: 'evidence', description: 'Spans of the sources that facts cite, each with its exact text and offsets.' },
  { name: 'batch', description: 'Many writes in one transaction, all or nothing: how a reviewed draft of an article is committed.' },
  { name: 'exports', description: 'Whole collections as NDJSON or CSV, the knowledge base in one file, and statements as PLOVER events, streamed.' },
  { name: 'changes', description: 'The append-only log of every write.' },
  { name: 'service', description: 'Liveness and the API description itself.' },
] as const;

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, and the interactive explorer at /docs. */
export const docsPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Parley',
        version: '0.1.0',
        description:
          'An evidence-backed knowledge base of the 2007–2008 US–Russia "two-plus-two" negotiation: actors, issues, proposals, statements and dates, each fact citing the exact span of the source article that supports it.\n\nCaching: every successful read (records, lists, search, views, exports, this document) has an `ETag` and `Cache-Control: public, no-cache`, so a shared cache or CDN may keep it and revalidates it before each reuse (`If-None-Match` → 304 while nothing changed). `/health`, the change log, writes and problems are `no-store`. With `CORS_ORIGINS` listing origins, answers carry `Vary: Origin`.',
      },
      tags: [...API_TAGS],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key from the `API_KEY` the service was started with. Writes need one; reads do not.' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => finishDocument(jsonSchemaTransformObject(input) as Record<string, any>) as ReturnType<typeof jsonSchemaTransformObject>,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.withTypeProvider<ZodTypeProvider>().get(
    '/openapi.json',
    {
      schema: {
        operationId: 'getOpenApiDocument',
        tags: ['service'],
        summary: 'Get this API\'s OpenAPI document',
        description: 'The OpenAPI 3.1 description of every operation, generated from the same schemas that validate requests and serialize responses. The explorer at `/docs` shows the same document.',
        response: {
          200: z.looseObject({ openapi: z.string().describe('The OpenAPI version, `3.1.0`.') }).describe('The OpenAPI document.'),
          503: ProblemSchema.describe('The service is overloaded; retry after `Retry-After` seconds.'),
        },
      },
    },
    async () => app.swagger() as { openapi: string },
  );
});
