import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { from, idFilter, oneOf, textQuery, to } from '../domain/query.js';
import { DateRecord } from '../domain/schemas.js';
import { DATE_KINDS } from '../domain/vocabulary.js';
import { DATE_INCLUDES, type createDateRepository } from '../repositories/dates.js';
import { DateInput } from '../domain/inputs.js';
import { registerCollection } from './collection.js';
import { type WriteContext, registerWrites } from './writes.js';

export const dateRoutes: FastifyPluginAsyncZod<{ dates: ReturnType<typeof createDateRepository>; ctx: WriteContext }> = async (app, { dates, ctx }) => {
  registerCollection(app, {
    path: '/dates',
    tag: 'dates',
    noun: ['date', 'dates'],
    item: DateRecord,
    exampleId: 'cfe-suspension-decree',
    pageId: 'DatePage',
    includes: DATE_INCLUDES,
    listSummary: 'List dates',
    listDescription: 'Dated happenings, deadlines, expiries and anniversaries, in chronological order (by the start of each date\'s interval, then id).',
    getSummary: 'Get a date',
    getDescription: 'One dated happening or deadline with the actors and issues involved and its evidence.',
    filters: {
      kind: oneOf(DATE_KINDS, 'Only dates of this kind.'),
      actor: idFilter('actors', 'Only dates involving this actor id.', 'vladimir-putin'),
      issue: idFilter('issues', 'Only dates concerning this issue id.', 'kosovo-status'),
      source: idFilter('sources', 'Only dates reported by this source id.', 'iht-2007-10-22'),
      from,
      to,
      q: textQuery('the label, location or note'),
    },
    list: (filters, options) => app.reads.run('listDates', filters, options),
    listByText: (filters, options) => app.views.run('listDates', filters, options),
    find: (id, include) => app.reads.run('findDate', id, include),
    select: dates.selectDates,
  });
  registerWrites(app, ctx, {
    collection: 'dates',
    path: '/dates',
    tag: 'dates',
    noun: ['date', 'dates'],
    input: DateInput,
    item: DateRecord,
    exampleId: 'cfe-suspension-decree',
    find: (id) => ctx.read(dates.findDate(id, new Set(DATE_INCLUDES))),
  });
};
