import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { idFilter, q } from '../domain/query.js';
import { Proposal } from '../domain/schemas.js';
import { PARTICIPANT_ROLES, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/vocabulary.js';
import { PROPOSAL_INCLUDES, type createProposalRepository } from '../repositories/proposals.js';
import { registerCollection } from './collection.js';

export const proposalRoutes: FastifyPluginAsync<{ proposals: ReturnType<typeof createProposalRepository> }> = async (app, { proposals }) => {
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
      status: z.enum(PROPOSAL_STATUSES).optional().describe('Only proposals whose current status is this.'),
      kind: z.enum(PROPOSAL_KINDS).optional().describe('Only offers, demands, requests or agreements.'),
      actor: idFilter('Only proposals this actor takes part in (see `role`).', 'russia'),
      role: z.enum(PARTICIPANT_ROLES).optional().describe('With `actor`, only where the actor has this role; alone, only proposals with a participant in this role.'),
      issue: idFilter('Only proposals about this issue id.', 'cfe-treaty'),
      parent: idFilter('Only elements of this proposal id; `none` for top-level proposals.', 'us-missile-defense-offer'),
      history_status: z.enum(PROPOSAL_STATUSES).optional().describe('Only proposals that had this status at any point of their history (e.g. `rejected`, even if later reconsidered).'),
      history_actor: idFilter('Only proposals with a history entry made by this actor or by an actor affiliated with it (so `russia` includes Putin); combine with `history_status`.', 'russia'),
      q: q.describe('Case-insensitive filter on title and summary.'),
    },
    list: proposals.listProposals,
    find: proposals.findProposal,
  });
};
