/**
 * The write model: for each collection the API writes, which tables hold a record
 * and its parts. A record is read and written whole, as a snapshot (its fields, its
 * owned parts, and the ids of the evidence spans it cites); one generic store turns
 * snapshots into rows and back, and the change log keeps snapshots, so replaying the
 * log goes through the very same code as the writes did.
 */

import { sortDateOf } from '../domain/dates.js';

/** A column of the snapshot: a plain column, or a date stored in the six date columns. */
export type Field = { name: string; column: string; kind?: 'date' | 'integer' } | string;

/** Parts a record owns: deleted and rewritten with it, in the order given. */
export interface Part {
  /** The snapshot field holding the list. */
  field: string;
  table: string;
  /** The column pointing back at the owning record. */
  parent: string;
  fields: Field[];
  /** The citations column when each part cites its own evidence. */
  citation?: string;
  /** An order column filled with the part's 1-based position (a part without one is ordered by its own ids). */
  seq?: string;
  /** Whether the part has an integer id of its own (citations point at it). */
  hasId?: boolean;
  /** Columns copied from the owning record when the part is written (not part of the snapshot). */
  inherited?: Record<string, (owner: Record<string, any>) => unknown>;
}

/** A reference the write must check exists: a field (or a part's field) naming a record. */
export interface Reference {
  path: string;
  collection: CollectionName;
}

export interface Collection {
  name: CollectionName;
  table: string;
  /** The citations column for the record's own evidence. */
  citation?: string;
  fields: Field[];
  parts: Part[];
  references: Reference[];
  /** Fields computed from the rest of the snapshot, never taken from a caller. */
  derive?: (snapshot: Record<string, any>) => Record<string, unknown>;
}

export const COLLECTION_NAMES = ['sources', 'evidence', 'actors', 'issues', 'proposals', 'statements', 'dates', 'conflicts'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

const date = (name = 'date'): Field => ({ name, column: 'date', kind: 'date' });

export const COLLECTIONS: Record<CollectionName, Collection> = {
  sources: {
    name: 'sources',
    table: 'sources',
    fields: ['title', 'outlet', 'author', 'url', date('published'), { name: 'reference_date', column: 'reference', kind: 'date' }, 'notes', 'body'],
    parts: [],
    references: [],
  },
  evidence: {
    name: 'evidence',
    table: 'evidence_spans',
    fields: ['source_id', { name: 'start', column: 'start', kind: 'integer' }, { name: 'end', column: 'end', kind: 'integer' }, 'exact'],
    parts: [],
    references: [{ path: 'source_id', collection: 'sources' }],
  },
  actors: {
    name: 'actors',
    table: 'actors',
    citation: 'actor_id',
    fields: ['name', 'kind', 'affiliation_id', 'description'],
    parts: [
      { field: 'aliases', table: 'actor_aliases', parent: 'actor_id', fields: ['name', 'note'], citation: 'actor_alias_id', hasId: true },
      { field: 'roles', table: 'actor_roles', parent: 'actor_id', fields: ['title', 'organization_id', date(), 'note'], citation: 'actor_role_id', hasId: true },
    ],
    references: [
      { path: 'affiliation_id', collection: 'actors' },
      { path: 'roles.organization_id', collection: 'actors' },
    ],
  },
  issues: {
    name: 'issues',
    table: 'issues',
    citation: 'issue_id',
    fields: ['name', 'description', 'parent_id'],
    parts: [
      { field: 'aliases', table: 'issue_aliases', parent: 'issue_id', fields: ['name', 'note'], citation: 'issue_alias_id', hasId: true },
      { field: 'links', table: 'issue_links', parent: 'from_issue_id', fields: [{ name: 'issue_id', column: 'to_issue_id' }, 'kind', 'note'], citation: 'issue_link_id', hasId: true },
    ],
    references: [
      { path: 'parent_id', collection: 'issues' },
      { path: 'links.issue_id', collection: 'issues' },
    ],
  },
  proposals: {
    name: 'proposals',
    table: 'proposals',
    citation: 'proposal_id',
    fields: ['title', 'kind', 'summary', 'parent_id', 'status'],
    parts: [
      { field: 'participants', table: 'proposal_participants', parent: 'proposal_id', fields: ['actor_id', 'role'], seq: 'position' },
      { field: 'issues', table: 'proposal_issues', parent: 'proposal_id', fields: ['issue_id'], seq: 'position' },
      { field: 'history', table: 'proposal_statuses', parent: 'proposal_id', fields: ['status', 'actor_id', date(), 'note'], citation: 'proposal_status_id', seq: 'seq', hasId: true },
    ],
    references: [
      { path: 'parent_id', collection: 'proposals' },
      { path: 'participants.actor_id', collection: 'actors' },
      { path: 'issues.issue_id', collection: 'issues' },
      { path: 'history.actor_id', collection: 'actors' },
    ],
    derive: (snapshot) => ({ status: snapshot.history?.at(-1)?.status }),
  },
  statements: {
    name: 'statements',
    table: 'statements',
    citation: 'statement_id',
    // known_by and sort_date, and the copy of sort_date in statement_issues, are kept by triggers (migration 0014).
    fields: ['speaker_id', 'speaker_label', 'kind', 'text', date(), 'venue', 'plover_type', 'responds_to_id', 'note'],
    parts: [
      { field: 'issues', table: 'statement_issues', parent: 'statement_id', fields: ['issue_id', 'stance'], seq: 'position' },
      { field: 'proposals', table: 'statement_proposals', parent: 'statement_id', fields: ['proposal_id', 'stance'], seq: 'position' },
      { field: 'actors', table: 'statement_actors', parent: 'statement_id', fields: ['actor_id', 'role'], seq: 'position' },
    ],
    references: [
      { path: 'speaker_id', collection: 'actors' },
      { path: 'responds_to_id', collection: 'statements' },
      { path: 'issues.issue_id', collection: 'issues' },
      { path: 'proposals.proposal_id', collection: 'proposals' },
      { path: 'actors.actor_id', collection: 'actors' },
    ],
  },
  dates: {
    name: 'dates',
    table: 'dates',
    citation: 'date_id',
    fields: ['kind', 'label', date(), 'location', 'note'],
    parts: [
      { field: 'actors', table: 'date_actors', parent: 'date_id', fields: ['actor_id'], seq: 'position', inherited: { sort_date: (owner) => sortDateOf(owner.date) } },
      { field: 'issues', table: 'date_issues', parent: 'date_id', fields: ['issue_id'], seq: 'position', inherited: { sort_date: (owner) => sortDateOf(owner.date) } },
    ],
    references: [
      { path: 'actors.actor_id', collection: 'actors' },
      { path: 'issues.issue_id', collection: 'issues' },
    ],
  },
  conflicts: {
    name: 'conflicts',
    table: 'contested_claims',
    fields: ['property', 'summary', 'kind', 'note', 'subject_source_id', 'subject_actor_id', 'subject_issue_id', 'subject_proposal_id', 'subject_statement_id', 'subject_date_id'],
    parts: [{ field: 'versions', table: 'claim_versions', parent: 'claim_id', fields: ['value', date(), 'note'], citation: 'claim_version_id', seq: 'seq', hasId: true }],
    references: [
      { path: 'subject_source_id', collection: 'sources' },
      { path: 'subject_actor_id', collection: 'actors' },
      { path: 'subject_issue_id', collection: 'issues' },
      { path: 'subject_proposal_id', collection: 'proposals' },
      { path: 'subject_statement_id', collection: 'statements' },
      { path: 'subject_date_id', collection: 'dates' },
    ],
  },
};

/** The column of `contested_claims` that holds a subject of each type. */
export const CLAIM_SUBJECT_COLUMNS = {
  source: 'subject_source_id',
  actor: 'subject_actor_id',
  issue: 'subject_issue_id',
  proposal: 'subject_proposal_id',
  statement: 'subject_statement_id',
  date: 'subject_date_id',
} as const;

export const fieldName = (f: Field) => (typeof f === 'string' ? f : f.name);
