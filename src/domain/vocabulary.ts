/** The closed vocabularies of the knowledge model. The schema, the seed loader and the API share them. */

export const ACTOR_KINDS = ['person', 'state', 'organization', 'group', 'unnamed'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ISSUE_LINK_KINDS = ['package_deal', 'conditional_on', 'tradeoff', 'same_forum'] as const;
export type IssueLinkKind = (typeof ISSUE_LINK_KINDS)[number];

export const PROPOSAL_KINDS = ['offer', 'demand', 'request', 'agreement'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = [
  'floated',
  'tabled',
  'under_consideration',
  'countered',
  'accepted',
  'rejected',
  'withdrawn',
  'superseded',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PARTICIPANT_ROLES = ['proposer', 'recipient', 'presenter', 'briefed', 'endorser', 'party'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const STATEMENT_KINDS = ['direct_quote', 'paraphrase'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** How an actor figures in a statement besides speaking it. */
export const STATEMENT_ACTOR_ROLES = ['addressee', 'mentioned'] as const;
export type StatementActorRole = (typeof STATEMENT_ACTOR_ROLES)[number];

export const STANCES = ['supports', 'opposes', 'conditional', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const DATE_KINDS = [
  'meeting',
  'deadline',
  'signing',
  'decree',
  'expiry',
  'announcement',
  'summit',
  'visit',
  'election',
  'briefing',
  'anniversary',
] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** What a contested claim can be about. */
export const CLAIM_SUBJECT_TYPES = ['source', 'actor', 'issue', 'proposal', 'statement', 'date'] as const;

/**
 * What kind of disagreement a contested claim records: articles that say different things
 * (`between_sources`), one article that says both (`within_source`), a plan or an
 * announcement against what later happened (`plan_and_event`), or a reading of the
 * knowledge base's own that the articles do not settle (`inference`).
 */
export const CLAIM_KINDS = ['between_sources', 'within_source', 'plan_and_event', 'inference'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type ClaimSubjectType = (typeof CLAIM_SUBJECT_TYPES)[number];
