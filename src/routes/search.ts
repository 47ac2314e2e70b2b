import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cursorScope } from '../domain/cursor.js';
import { MAX_QUERY_WORDS, MIN_PREFIX_LENGTH } from '../domain/fts.js';
import { asBody } from '../domain/json.js';
import { problem } from '../domain/problem.js';
import { cursor, limit } from '../domain/query.js';
import { pageOf } from '../domain/schemas.js';
import { SEARCH_CANDIDATES, SEARCH_TYPES } from '../repositories/search.js';
import { viewErrors } from './common.js';

const SearchHit = z
  .object({
    type: z.enum(SEARCH_TYPES).describe('The collection the record belongs to.'),
    id: z.string().describe('The record\'s id.'),
    href: z.string().describe('Where the whole record is: `/statements/lavrov-urged-freeze`.'),
    title: z.string().describe('The record\'s name, title, label, or for a statement its speaker as printed.'),
    snippet: z.string().describe('The best-matching passage, with the matched words in `<mark>…</mark>`.'),
    score: z.number().describe('Relevance: how often the query matched the record\'s title (weighted 5×) and text, against their lengths (BM25 without its word-rarity weight, since every word must match); higher is better. Comparable only within one search.'),
  })
  .meta({ id: 'SearchHit', description: 'A record that matches a search.' });

/** The candidate limit as the description prints it (`1,000`). */
const CANDIDATES = String(SEARCH_CANDIDATES).replace(/\B(?=(\d{3})+$)/g, ',');

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      config: { costly: true },
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary: 'Search every collection',
        description: `Full-text search over sources, statements, actors (names and aliases), issues, proposals and dates, best match first. A statement is also found by the names and aliases of its speaker and its issues (\`Putin CFE\`). Every word must match, in any of its forms and in British or American spelling (\`negotiating\` finds negotiations, \`defence\` finds defense, \`neutralise\` finds neutralize); \`"quoted words"\` match as a phrase and a trailing \`*\` matches a prefix (\`negotiat*\`) of at least ${MIN_PREFIX_LENGTH} characters. A word or phrase repeated counts once, and at most ${MAX_QUERY_WORDS} distinct ones are allowed (more is a 400). Any other syntax is searched as plain text, so any input is safe. The ${CANDIDATES} most recently added or changed matches are ranked, so pages go up to ${CANDIDATES} results deep; when more records match, add words or a \`type\` to narrow the search.`,
        querystring: z.object({
          q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').meta({ examples: ['missile defense'] }).describe(`What to search for: at most ${MAX_QUERY_WORDS} distinct words or "quoted phrases"; a prefix (\`negotiat*\`) needs at least ${MIN_PREFIX_LENGTH} characters.`),
          type: z
            .enum([...SEARCH_TYPES, ...SEARCH_TYPES.map((t) => `${t}s` as const)])
            .optional()
            .transform((t) => t?.replace(/s$/, '') as (typeof SEARCH_TYPES)[number] | undefined)
            .describe('Only records of this collection, named as in the hits (`statement`) or as in the paths (`statements`).'),
          limit,
          cursor,
        }),
        response: { 200: pageOf(SearchHit, 'SearchPage'), ...viewErrors },
      },
    },
    async (request, reply) => {
      const { q, ...options } = request.query;
      const page = await app.views.run('search', q, { ...options, scope: cursorScope(request.query) });
      if (page) return asBody(page);
      return reply
        .code(400)
        .type('application/problem+json')
        .send(problem('validation', 'The request has 1 invalid parameter: query.q.', [{ name: 'query.q', reason: 'has no letters or digits to search for' }]));
    },
  );
};
