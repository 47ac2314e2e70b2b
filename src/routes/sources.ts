import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { from, textQuery, to } from '../domain/query.js';
import { Source } from '../domain/schemas.js';
import { SOURCE_INCLUDES, type createSourceRepository } from '../repositories/sources.js';
import { SourceInput } from '../domain/inputs.js';
import { registerCollection } from './collection.js';
import { registerDraft } from './drafts.js';
import { type WriteContext, registerWrites } from './writes.js';

export const sourceRoutes: FastifyPluginAsyncZod<{ sources: ReturnType<typeof createSourceRepository>; ctx: WriteContext }> = async (app, { sources, ctx }) => {
  registerCollection(app, {
    path: '/sources',
    tag: 'sources',
    noun: ['source', 'sources'],
    item: Source,
    exampleId: 'xinhua-2007-10-14',
    pageId: 'SourcePage',
    includes: SOURCE_INCLUDES,
    listSummary: 'List source articles',
    listDescription: 'The articles the knowledge base is curated from, by publication date (undated first), then id. Bodies are left out unless `include=body`.',
    getSummary: 'Get a source article',
    getDescription: 'One article with its verbatim body and every evidence span cited from it.',
    filters: {
      outlet: z.string().optional().describe('Only articles from this outlet, e.g. `Xinhua News Agency`.'),
      from,
      to,
      q: textQuery('the title, outlet, author or body'),
    },
    list: (filters, options) => app.reads.run('listSources', filters, options),
    listByText: (filters, options) => app.views.run('listSources', filters, options),
    find: (id, include) => app.reads.run('findSource', id, include),
    select: sources.selectSources,
  });
  registerDraft(app);
  registerWrites(app, ctx, {
    collection: 'sources',
    path: '/sources',
    tag: 'sources',
    noun: ['source', 'sources'],
    input: SourceInput,
    item: Source,
    exampleId: 'xinhua-2007-10-14',
    find: (id) => ctx.read(sources.findSource(id, new Set(SOURCE_INCLUDES))),
  });
};
