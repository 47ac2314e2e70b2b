import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { from, idFilter, oneOf, textQuery, to } from '../domain/query.js';
import { Statement } from '../domain/schemas.js';
import { PLOVER_TYPES, STANCES, STATEMENT_KINDS } from '../domain/vocabulary.js';
import { STATEMENT_INCLUDES, STATEMENT_SORTS, type createStatementRepository } from '../repositories/statements.js';
import { StatementInput } from '../domain/inputs.js';
import { registerCollection } from './collection.js';
import { registerPloverExport } from './exports.js';
import { type WriteContext, registerWrites } from './writes.js';

const statementFilters = {
  speaker: idFilter('actors', 'Only statements by this actor id.', 'sergei-lavrov'),
  actor: idFilter('actors', 'Only statements by, addressed to, or mentioning this actor id.', 'iran'),
  issue: idFilter('issues', 'Only statements about this issue id.', 'missile-defense'),
  proposal: idFilter('proposals', 'Only statements about this proposal id.', 'russia-freeze-demand'),
  stance: oneOf(STANCES, 'Only statements with this stance: toward `issue` or `proposal` when given, otherwise toward anything.'),
  source: idFilter('sources', 'Only statements reported by this source id.', 'xinhua-2007-10-14'),
  kind: oneOf(STATEMENT_KINDS, 'Only direct quotations or only paraphrases.'),
  plover: oneOf(PLOVER_TYPES, 'Only statements of this PLOVER event type.'),
  responds_to: idFilter('statements', 'Only statements answering this statement id.', 'lavrov-urged-freeze'),
  from,
  to,
  q: textQuery('the text or venue, or the names and aliases of the speaker and the issues (`iran` finds Iran and Iranian; `Putin CFE` finds Putin on the Conventional Armed Forces in Europe Treaty)'),
  sort: z.enum(STATEMENT_SORTS).default('date').describe('`date`: earliest first (the default); `-date`: latest first. Each is a keyset order: any page costs what the first does.'),
};

export const statementRoutes: FastifyPluginAsyncZod<{ statements: ReturnType<typeof createStatementRepository>; ctx: WriteContext }> = async (app, { statements, ctx }) => {
  registerCollection(app, {
    path: '/statements',
    tag: 'statements',
    noun: ['statement', 'statements'],
    item: Statement,
    exampleId: 'lavrov-urged-freeze',
    pageId: 'StatementPage',
    includes: STATEMENT_INCLUDES,
    listSummary: 'List statements',
    listDescription: 'Quotations and attributed paraphrases in the order they were said (`sort=-date` for the latest first), then by id. A statement stands at its date\'s first day or, when the articles do not date it, at its `known_by` day: the day the earliest article reporting it was written.',
    getSummary: 'Get a statement',
    getDescription: 'One statement with its speaker, the issues and proposals it is about (with stances), the actors it addresses or mentions, and its evidence.',
    filters: statementFilters,
    list: (filters, options) => app.reads.run('listStatements', filters, options),
    listByText: (filters, options) => app.views.run('listStatements', filters, options),
    find: (id, include) => app.reads.run('findStatement', id, include),
    select: statements.selectStatements,
  });
  registerPloverExport(app, statementFilters, statements.selectStatements);
  registerWrites(app, ctx, {
    collection: 'statements',
    path: '/statements',
    tag: 'statements',
    noun: ['statement', 'statements'],
    input: StatementInput,
    item: Statement,
    exampleId: 'lavrov-urged-freeze',
    find: (id) => ctx.read(statements.findStatement(id, new Set(STATEMENT_INCLUDES))),
  });
};
