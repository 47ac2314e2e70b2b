import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { from, idFilter, oneOf, textQuery, to } from '../domain/query.js';
import { Proposal } from '../domain/schemas.js';
import { PARTICIPANT_ROLES, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/vocabulary.js';
import { PROPOSAL_INCLUDES, type createProposalRepository } from '../repositories/proposals.js';
import { ProposalInput, StatusInput } from '../domain/inputs.js';
import { ProblemSchema } from '../domain/problem.js';
import { idPath } from '../domain/query.js';
import { expectedVersion } from '../plugins/etag.js';
import type { WriteOperation } from './batch.js';
import { registerCollection } from './collection.js';
import { SECURITY, type WriteContext, idempotent, registerWrites, writeErrors, writeHeaders, writerOf } from './writes.js';

export const proposalRoutes: FastifyPluginAsyncZod<{ proposals: ReturnType<typeof createProposalRepository>; ctx: WriteContext }> = async (app, { proposals, ctx }) => {
  registerCollection(app, {
    path: '/proposals',
    tag: 'proposals',
    noun: ['proposal', 'proposals'],
    item: Proposal,
    exampleId: 'us-missile-defense-offer',
    pageId: 'ProposalPage',
    includes: PROPOSAL_INCLUDES,
    listSummary: 'List proposals',
    listDescription: 'Offers, demands, requests and agreements, ordered by id. `status` filters on the current status (the latest history entry).',
    getSummary: 'Get a proposal',
    getDescription: 'One proposal with its participants, issues, status history (oldest first), the statements about or in response to it, and its evidence.',
    filters: {
      status: oneOf(PROPOSAL_STATUSES, 'Only proposals whose current status is this.'),
      kind: oneOf(PROPOSAL_KINDS, 'Only offers, demands, requests or agreements.'),
      actor: idFilter('actors', 'Only proposals this actor takes part in (see `role`).', 'russia'),
      role: oneOf(PARTICIPANT_ROLES, 'With `actor`, only where the actor has this role; alone, only proposals with a participant in this role.'),
      issue: idFilter('issues', 'Only proposals about this issue id.', 'cfe-treaty'),
      parent: idFilter('proposals', 'Only elements of this proposal id; `none` for top-level proposals.', 'us-missile-defense-offer', { none: true }),
      history_status: oneOf(PROPOSAL_STATUSES, 'Only proposals that had this status at any point of their history (e.g. `rejected`, even if later reconsidered).'),
      history_actor: idFilter('actors', 'Only proposals with a history entry made by this actor or by an actor affiliated with it (so `russia` includes Putin); combine with `history_status`.', 'russia'),
      from: from.describe('Only proposals with an entry of their status history whose date reaches this date or later (`2007`, `2007-10` or `2007-10-12`); with `to`, an entry in the range. With `history_status` or `history_actor`, the same entry (`history_status=rejected&from=2008`: rejected in 2008 or later). Partial dates count as the interval they cover; an undated entry is in no range.'),
      to: to.describe('Only proposals with an entry of their status history whose date begins on or before this date; with `history_status` or `history_actor`, the same entry.'),
      q: textQuery('the title or summary'),
    },
    list: (filters, options) => app.reads.run('listProposals', filters, options),
    listByText: (filters, options) => app.views.run('listProposals', filters, options),
    find: (id, include) => app.reads.run('findProposal', id, include),
    select: proposals.selectProposals,
  });
  registerWrites(app, ctx, {
    collection: 'proposals',
    path: '/proposals',
    tag: 'proposals',
    noun: ['proposal', 'proposals'],
    input: ProposalInput,
    item: Proposal,
    exampleId: 'us-missile-defense-offer',
    find: (id) => ctx.read(proposals.findProposal(id, new Set(PROPOSAL_INCLUDES))),
  });

  const appendStatus: WriteOperation = {
    method: 'POST',
    path: '/proposals/{id}/statuses',
    body: StatusInput,
    ifMatch: 'optional',
    run: (id, body, version, writer) => {
      const snapshot = ctx.writes.appendStatus(id!, body as Record<string, unknown>, version, writer);
      return { status: 201, body: ctx.read(proposals.findProposal(id!, new Set(PROPOSAL_INCLUDES))), version: snapshot.version, location: `/proposals/${id}` };
    },
  };
  ctx.operations.push(appendStatus);

  app.post(
    '/proposals/:id/statuses',
    {
      onRequest: app.requireWriteKey,
      schema: {
        operationId: 'addProposalStatus',
        tags: ['proposals'],
        summary: 'Record a new status of a proposal',
        description:
          'Appends an entry to the proposal\'s status history (e.g. `rejected` with the evidence that says so); the proposal\'s current status becomes the new entry\'s. If-Match is optional here: send it to be sure nobody changed the proposal meanwhile. Answers 201 with the whole proposal.',
        security: SECURITY,
        params: idPath('russia-freeze-demand'),
        headers: writeHeaders.idempotency.extend(writeHeaders.ifMatch.shape),
        body: StatusInput,
        response: {
          201: Proposal,
          ...writeErrors,
          404: ProblemSchema.describe('No record has this id.'),
          412: ProblemSchema.describe('If-Match names a version that is no longer current: someone else changed the record.'),
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const header = request.headers['if-match'];
      const version = header === undefined ? '*' : expectedVersion(header);
      return idempotent(ctx, request, reply, () => appendStatus.run(id, request.body, version, writerOf(request)));
    },
  );
};
