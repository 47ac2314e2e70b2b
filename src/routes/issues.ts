import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idFilter, textQuery } from '../domain/query.js';
import { Issue } from '../domain/schemas.js';
import { ISSUE_INCLUDES, type createIssueRepository } from '../repositories/issues.js';
import { IssueInput } from '../domain/inputs.js';
import { registerCollection } from './collection.js';
import { type WriteContext, registerWrites } from './writes.js';

export const issueRoutes: FastifyPluginAsyncZod<{ issues: ReturnType<typeof createIssueRepository>; ctx: WriteContext }> = async (app, { issues, ctx }) => {
  registerCollection(app, {
    path: '/issues',
    tag: 'issues',
    noun: ['issue', 'issues'],
    item: Issue,
    exampleId: 'cfe-treaty',
    pageId: 'IssuePage',
    includes: ISSUE_INCLUDES,
    listSummary: 'List issues',
    listDescription: 'The subjects of negotiation, ordered by id.',
    getSummary: 'Get an issue',
    getDescription: 'One issue with its parent and children, its aliases, its typed links to other issues (package deals, conditions, trade-offs, shared forums) and its evidence.',
    filters: {
      parent: idFilter('issues', 'Only sub-issues of this issue id; `none` for top-level issues.', 'missile-defense', { none: true }),
      q: textQuery('the name, an alias or the description'),
    },
    list: (filters, options) => app.reads.run('listIssues', filters, options),
    listByText: (filters, options) => app.views.run('listIssues', filters, options),
    find: (id, include) => app.reads.run('findIssue', id, include),
    select: issues.selectIssues,
  });
  registerWrites(app, ctx, {
    collection: 'issues',
    path: '/issues',
    tag: 'issues',
    noun: ['issue', 'issues'],
    input: IssueInput,
    item: Issue,
    exampleId: 'cfe-treaty',
    find: (id) => ctx.read(issues.findIssue(id, new Set(ISSUE_INCLUDES))),
  });
};
