/**
 * The tables of schema.ts, for PostgreSQL: the same tables, columns, keys, checks and
 * indexes, in PostgreSQL's types (`npm run db:generate:postgres` writes its migrations into
 * migrations/postgres). What SQLite keeps by triggers (the search index, the issue tree's
 * ancestors and timeline, the derived link columns) is in the hand-written migration
 * after the generated one. Text compares byte by byte, as in SQLite: the database is
 * created with the C collation (README, "PostgreSQL").
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, primaryKey, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { PRECISIONS } from '../domain/dates.js';
import {
  ACTOR_KINDS,
  DATE_KINDS,
  ISSUE_LINK_KINDS,
  PARTICIPANT_ROLES,
  PLOVER_TYPES,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  STANCES,
  STATEMENT_ACTOR_ROLES,
  STATEMENT_KINDS,
  CLAIM_KINDS,
} from '../domain/vocabulary.js';

/**
 * The key lists sort by: the start of the date interval, undated records first
 * (as ''). Indexes and queries use the same expression, so keyset pages are ranges.
 */
export function sortDate(column: AnyPgColumn) {
  return sql`coalesce(${column}, '')`;
}

/** A CHECK that keeps a text column inside its closed vocabulary. */
function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`);
}

/**
 * What every top-level record carries for safe concurrent writes: a version that
 * grows with each change (exposed as the ETag) and the times of its first and last
 * write through the API (null for records loaded from the seed).
 */
function recordColumns() {
  return {
    version: integer('version').notNull().default(1),
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  };
}

/**
 * A date as printed ({value, precision, text, basis}) plus the first and last
 * day it covers, which range filters compare against.
 */
function dateColumns() {
  return {
    dateValue: text('date_value'),
    datePrecision: text('date_precision', { enum: PRECISIONS }),
    dateText: text('date_text'),
    dateBasis: text('date_basis'),
    dateStart: text('date_start'),
    dateEnd: text('date_end'),
  };
}

/** A source's reference date, in the same six columns as a date, prefixed `reference_`. */
function referenceColumns() {
  return {
    referenceValue: text('reference_value'),
    referencePrecision: text('reference_precision', { enum: PRECISIONS }),
    referenceText: text('reference_text'),
    referenceBasis: text('reference_basis'),
    referenceStart: text('reference_start'),
    referenceEnd: text('reference_end'),
  };
}

export const sources = pgTable(
  'sources',
  {
    id: text('id').primaryKey(),
    /** Null when the article prints no headline. */
    title: text('title'),
    outlet: text('outlet'),
    author: text('author'),
    url: text('url'),
    ...dateColumns(),
    /**
     * The day (or month) the article's relative dates are counted from, when that is not its
     * dateline: a page that reposts an article under a later date, a text written days before
     * it was stamped. Null when they count from the dateline.
     */
    ...referenceColumns(),
    notes: text('notes'),
    body: text('body').notNull(),
    ...recordColumns(),
  },
  (t) => [index('sources_date_idx').on(sortDate(t.dateStart), t.id), index('sources_outlet_idx').on(t.outlet, sortDate(t.dateStart), t.id)],
);

export const evidenceSpans = pgTable(
  'evidence_spans',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    exact: text('exact').notNull(),
    ...recordColumns(),
  },
  (t) => [
    uniqueIndex('evidence_spans_position_idx').on(t.sourceId, t.start, t.end),
    check('evidence_spans_range', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
  ],
);

export const actors = pgTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ACTOR_KINDS }).notNull(),
    affiliationId: text('affiliation_id').references((): any => actors.id),
    description: text('description'),
    ...recordColumns(),
  },
  (t) => [
    index('actors_kind_idx').on(t.kind, t.id),
    index('actors_affiliation_idx').on(t.affiliationId),
    index('actors_name_idx').on(t.name),
    oneOf('actors_kind_check', t.kind, ACTOR_KINDS),
  ],
);

export const actorAliases = pgTable(
  'actor_aliases',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    name: text('name').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('actor_aliases_actor_name_idx').on(t.actorId, t.name), index('actor_aliases_name_idx').on(t.name)],
);

export const actorRoles = pgTable(
  'actor_roles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    title: text('title').notNull(),
    organizationId: text('organization_id').references(() => actors.id),
    ...dateColumns(),
    note: text('note'),
  },
  (t) => [index('actor_roles_actor_idx').on(t.actorId), index('actor_roles_organization_idx').on(t.organizationId)],
);

export const issues = pgTable(
  'issues',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    parentId: text('parent_id').references((): any => issues.id),
    ...recordColumns(),
  },
  (t) => [index('issues_parent_idx').on(t.parentId), index('issues_name_idx').on(t.name)],
);

export const issueAliases = pgTable(
  'issue_aliases',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id),
    name: text('name').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('issue_aliases_issue_name_idx').on(t.issueId, t.name), index('issue_aliases_name_idx').on(t.name)],
);

export const issueLinks = pgTable(
  'issue_links',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    fromIssueId: text('from_issue_id')
      .notNull()
      .references(() => issues.id),
    toIssueId: text('to_issue_id')
      .notNull()
      .references(() => issues.id),
    kind: text('kind', { enum: ISSUE_LINK_KINDS }).notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('issue_links_pair_idx').on(t.fromIssueId, t.toIssueId, t.kind),
    index('issue_links_to_idx').on(t.toIssueId),
    index('issue_links_kind_idx').on(t.kind),
    oneOf('issue_links_kind_check', t.kind, ISSUE_LINK_KINDS),
    check('issue_links_not_self', sql`${t.fromIssueId} <> ${t.toIssueId}`),
  ],
);

export const proposals = pgTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
    summary: text('summary').notNull(),
    parentId: text('parent_id').references((): any => proposals.id),
    /** The status of the latest history entry; written with every new entry, never on its own. */
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull(),
    ...recordColumns(),
  },
  (t) => [
    index('proposals_status_idx').on(t.status, t.id),
    index('proposals_kind_idx').on(t.kind, t.id),
    index('proposals_parent_idx').on(t.parentId),
    oneOf('proposals_kind_check', t.kind, PROPOSAL_KINDS),
    oneOf('proposals_status_check', t.status, PROPOSAL_STATUSES),
  ],
);

export const proposalParticipants = pgTable(
  'proposal_participants',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.actorId, t.role] }),
    index('proposal_participants_actor_idx').on(t.actorId, t.role, t.proposalId),
    index('proposal_participants_role_idx').on(t.role, t.proposalId),
    oneOf('proposal_participants_role_check', t.role, PARTICIPANT_ROLES),
  ],
);

export const proposalIssues = pgTable(
  'proposal_issues',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.issueId] }), index('proposal_issues_issue_idx').on(t.issueId, t.proposalId)],
);

export const proposalStatuses = pgTable(
  'proposal_statuses',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    /** Order within the proposal's history; the highest is the current status. */
    seq: integer('seq').notNull(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull(),
    actorId: text('actor_id').references(() => actors.id),
    ...dateColumns(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('proposal_statuses_seq_idx').on(t.proposalId, t.seq),
    index('proposal_statuses_status_idx').on(t.status),
    index('proposal_statuses_date_idx').on(t.dateStart, t.dateEnd),
    index('proposal_statuses_actor_idx').on(t.actorId),
    oneOf('proposal_statuses_status_check', t.status, PROPOSAL_STATUSES),
  ],
);

/**
 * Each dated status change under each issue its proposal is about, with the change's
 * sort key, so the status changes about an issue are one index range in timeline order.
 * Derived from proposal_statuses and proposal_issues and kept by the triggers of
 * migration 0009, whoever writes; it has no foreign keys, so it never counts as a
 * record referring to another.
 */
export const proposalStatusIssues = pgTable(
  'proposal_status_issues',
  {
    issueId: text('issue_id').notNull(),
    dateStart: text('date_start').notNull(),
    proposalId: text('proposal_id').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.issueId, t.dateStart, t.proposalId, t.seq] }),
    index('proposal_status_issues_status_idx').on(t.proposalId, t.seq),
  ],
);

export const statements = pgTable(
  'statements',
  {
    id: text('id').primaryKey(),
    speakerId: text('speaker_id').references(() => actors.id),
    /** The speaker as printed ("a senior U.S. official"); required when there is no speaker actor. */
    speakerLabel: text('speaker_label'),
    kind: text('kind', { enum: STATEMENT_KINDS }).notNull(),
    text: text('text').notNull(),
    ...dateColumns(),
    venue: text('venue'),
    ploverType: text('plover_type', { enum: PLOVER_TYPES }),
    respondsToId: text('responds_to_id').references((): any => statements.id),
    note: text('note'),
    /**
     * The last day the statement can have been made: its date's last day or, when the articles
     * do not date it, the day the earliest article reporting it was written (its reference date,
     * else its publication; null when no cited source is dated). Kept by triggers (migrations 0014
     * and 0018), whoever writes.
     */
    knownBy: text('known_by'),
    /**
     * For an undated statement, the source whose day `known_by` is (the earliest, by id among
     * those of the same day); null for a dated one. Kept by the same triggers (migration 0022),
     * so a read does not work it out again.
     */
    knownBySource: text('known_by_source'),
    /**
     * The list order's key, and where the statement stands in time: its date's first day or,
     * undated, its `known_by` day; '' when neither is known. Kept by triggers (migration 0014).
     */
    sortDate: text('sort_date').notNull().default(''),
    ...recordColumns(),
  },
  (t) => [
    index('statements_speaker_idx').on(t.speakerId, t.sortDate, t.id),
    index('statements_kind_idx').on(t.kind, t.sortDate, t.id),
    index('statements_date_idx').on(t.sortDate, t.id),
    index('statements_date_end_idx').on(t.dateEnd),
    index('statements_plover_idx').on(t.ploverType, t.sortDate, t.id),
    index('statements_responds_to_idx').on(t.respondsToId, t.sortDate, t.id),
    oneOf('statements_kind_check', t.kind, STATEMENT_KINDS),
    check('statements_has_speaker', sql`${t.speakerId} IS NOT NULL OR ${t.speakerLabel} IS NOT NULL`),
  ],
);

export const statementIssues = pgTable(
  'statement_issues',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id),
    stance: text('stance', { enum: STANCES }).notNull(),
    /**
     * The statement's sort key (its date's start, '' when undated), copied here so
     * a list of the statements about an issue is one index range in list order.
     * Written with the statement, never on its own.
     */
    sortDate: text('sort_date').notNull().default(''),
    /**
     * The statement's speaker and its `known_by` day (the end of its date's interval, or
     * for an undated statement the earliest publication of a source citing it), copied
     * here so each actor's position on an issue is one index range. Both depend on other
     * records (citations, sources), so triggers of migration 0008 keep them, whoever writes.
     */
    speakerId: text('speaker_id'),
    knownBy: text('known_by'),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.issueId] }),
    // With the stance, an actor's latest statements on an issue and their stances are read from this index alone.
    index('statement_issues_position_idx').on(t.issueId, t.speakerId, t.knownBy, t.statementId, t.stance),
    index('statement_issues_issue_idx').on(t.issueId, t.stance, t.statementId),
    index('statement_issues_issue_order_idx').on(t.issueId, t.sortDate, t.statementId),
    index('statement_issues_stance_order_idx').on(t.issueId, t.stance, t.sortDate, t.statementId),
    oneOf('statement_issues_stance_check', t.stance, STANCES),
  ],
);

/**
 * Each issue with itself and every issue above it, so "this issue or any nested under it"
 * is one lookup, not a recursive walk. Derived from issues.parent_id and kept by the
 * triggers of migration 0020; no foreign keys, like every derived table.
 */
export const issueAncestors = pgTable(
  'issue_ancestors',
  {
    issueId: text('issue_id').notNull(),
    ancestorId: text('ancestor_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.ancestorId] }), index('issue_ancestors_ancestor_idx').on(t.ancestorId, t.issueId)],
);

/**
 * The timeline of every issue, its nested issues' entries included, in timeline order:
 * a row per entry (a date, a statement, a status change), issue it is linked to, and that
 * issue or any issue above it (`ancestor_id`), with the entry's sort key. An issue's
 * timeline is one index range however large its tree. `stream` orders entries of one day
 * (0 date, 1 statement, 2 status change); `seq` numbers a proposal's status changes (0
 * otherwise). Derived from the link tables and issue_ancestors and kept by the triggers of
 * migration 0020, whoever writes.
 */
export const issueTimeline = pgTable(
  'issue_timeline',
  {
    ancestorId: text('ancestor_id').notNull(),
    dateStart: text('date_start').notNull(),
    stream: integer('stream').notNull(),
    recordId: text('record_id').notNull(),
    seq: integer('seq').notNull(),
    issueId: text('issue_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ancestorId, t.dateStart, t.stream, t.recordId, t.seq, t.issueId] }),
    index('issue_timeline_link_idx').on(t.issueId, t.stream, t.recordId, t.seq),
  ],
);

/**
 * Each actor who spoke on an issue, with how many of their statements on it are known
 * (`known_by` set) and the earliest `known_by` day of them, so a page of positions is one
 * range of this table (by `as_of`, the rows whose first day is not later) and a count is
 * read, not counted. Derived from statement_issues and kept by the triggers of migration
 * 0012, whoever writes; it has no foreign keys, so it never counts as a record referring
 * to another.
 */
export const issueSpeakers = pgTable(
  'issue_speakers',
  {
    issueId: text('issue_id').notNull(),
    speakerId: text('speaker_id').notNull(),
    statementCount: integer('statement_count').notNull(),
    firstKnownBy: text('first_known_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.issueId, t.speakerId] }),
    // The whole row, so a page's walk reads only this index.
    index('issue_speakers_walk_idx').on(t.issueId, t.speakerId, t.firstKnownBy, t.statementCount),
  ],
);

export const statementProposals = pgTable(
  'statement_proposals',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    stance: text('stance', { enum: STANCES }).notNull(),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.proposalId] }),
    index('statement_proposals_proposal_idx').on(t.proposalId, t.stance, t.statementId),
    oneOf('statement_proposals_stance_check', t.stance, STANCES),
  ],
);

/** Actors a statement is addressed to, or that it speaks about. */
export const statementActors = pgTable(
  'statement_actors',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    role: text('role', { enum: STATEMENT_ACTOR_ROLES }).notNull(),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.actorId, t.role] }),
    index('statement_actors_actor_idx').on(t.actorId, t.role, t.statementId),
    oneOf('statement_actors_role_check', t.role, STATEMENT_ACTOR_ROLES),
  ],
);

export const dates = pgTable(
  'dates',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: DATE_KINDS }).notNull(),
    label: text('label').notNull(),
    ...dateColumns(),
    location: text('location'),
    note: text('note'),
    ...recordColumns(),
  },
  (t) => [
    index('dates_kind_idx').on(t.kind, t.dateStart, t.id),
    index('dates_date_idx').on(t.dateStart, t.id),
    index('dates_date_end_idx').on(t.dateEnd),
    oneOf('dates_kind_check', t.kind, DATE_KINDS),
  ],
);

export const dateActors = pgTable(
  'date_actors',
  {
    dateId: text('date_id')
      .notNull()
      .references(() => dates.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    /** The date's start, copied so the dates of one actor are one index range in list order. Written with the date. */
    sortDate: text('sort_date').notNull().default(''),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dateId, t.actorId] }), index('date_actors_actor_idx').on(t.actorId, t.sortDate, t.dateId)],
);

export const dateIssues = pgTable(
  'date_issues',
  {
    dateId: text('date_id')
      .notNull()
      .references(() => dates.id),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id),
    /** The date's start, copied so the dates about one issue are one index range in list order. Written with the date. */
    sortDate: text('sort_date').notNull().default(''),
    /** Its place in the owning record's list, from 1: the order the list was written in. */
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dateId, t.issueId] }), index('date_issues_issue_idx').on(t.issueId, t.sortDate, t.dateId)],
);

/** Where sources disagree. The subject is exactly one record, held in one of the subject columns. */
export const contestedClaims = pgTable(
  'contested_claims',
  {
    id: text('id').primaryKey(),
    property: text('property').notNull(),
    summary: text('summary').notNull(),
    /** What kind of disagreement it is (CLAIM_KINDS); checked where it is written (the API, the loader). */
    kind: text('kind', { enum: CLAIM_KINDS }).notNull().default('between_sources'),
    note: text('note'),
    subjectSourceId: text('subject_source_id').references(() => sources.id),
    subjectActorId: text('subject_actor_id').references(() => actors.id),
    subjectIssueId: text('subject_issue_id').references(() => issues.id),
    subjectProposalId: text('subject_proposal_id').references(() => proposals.id),
    subjectStatementId: text('subject_statement_id').references(() => statements.id),
    subjectDateId: text('subject_date_id').references(() => dates.id),
    ...recordColumns(),
  },
  (t) => [
    index('contested_claims_source_idx').on(t.subjectSourceId),
    index('contested_claims_actor_idx').on(t.subjectActorId),
    index('contested_claims_issue_idx').on(t.subjectIssueId),
    index('contested_claims_proposal_idx').on(t.subjectProposalId),
    index('contested_claims_statement_idx').on(t.subjectStatementId),
    index('contested_claims_date_idx').on(t.subjectDateId),
    index('contested_claims_kind_idx').on(t.kind, t.id),
    check(
      'contested_claims_one_subject',
      sql`num_nonnulls(${t.subjectSourceId}, ${t.subjectActorId}, ${t.subjectIssueId}, ${t.subjectProposalId}, ${t.subjectStatementId}, ${t.subjectDateId}) = 1`,
    ),
  ],
);

export const claimVersions = pgTable(
  'claim_versions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    claimId: text('claim_id')
      .notNull()
      .references(() => contestedClaims.id),
    seq: integer('seq').notNull(),
    value: text('value').notNull(),
    ...dateColumns(),
    note: text('note'),
  },
  (t) => [uniqueIndex('claim_versions_seq_idx').on(t.claimId, t.seq)],
);

/**
 * Which fact an evidence span supports. Exactly one fact column is set, so every
 * citation keeps a real foreign key (no polymorphic id that could dangle).
 */
export const citations = pgTable(
  'citations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    evidenceId: text('evidence_id')
      .notNull()
      .references(() => evidenceSpans.id),
    actorId: text('actor_id').references(() => actors.id),
    actorAliasId: integer('actor_alias_id').references(() => actorAliases.id),
    actorRoleId: integer('actor_role_id').references(() => actorRoles.id),
    issueId: text('issue_id').references(() => issues.id),
    issueAliasId: integer('issue_alias_id').references(() => issueAliases.id),
    issueLinkId: integer('issue_link_id').references(() => issueLinks.id),
    proposalId: text('proposal_id').references(() => proposals.id),
    proposalStatusId: integer('proposal_status_id').references(() => proposalStatuses.id),
    statementId: text('statement_id').references(() => statements.id),
    dateId: text('date_id').references(() => dates.id),
    claimVersionId: integer('claim_version_id').references(() => claimVersions.id),
  },
  (t) => [
    index('citations_evidence_idx').on(t.evidenceId),
    // Each citation sets one fact column: each index holds only the citations of its kind of fact, so its
    // statistics describe those (an index of mostly NULLs looks useless to the planner, which then scans).
    index('citations_actor_idx').on(t.actorId).where(sql`${t.actorId} IS NOT NULL`),
    index('citations_actor_alias_idx').on(t.actorAliasId).where(sql`${t.actorAliasId} IS NOT NULL`),
    index('citations_actor_role_idx').on(t.actorRoleId).where(sql`${t.actorRoleId} IS NOT NULL`),
    index('citations_issue_idx').on(t.issueId).where(sql`${t.issueId} IS NOT NULL`),
    index('citations_issue_alias_idx').on(t.issueAliasId).where(sql`${t.issueAliasId} IS NOT NULL`),
    index('citations_issue_link_idx').on(t.issueLinkId).where(sql`${t.issueLinkId} IS NOT NULL`),
    index('citations_proposal_idx').on(t.proposalId).where(sql`${t.proposalId} IS NOT NULL`),
    index('citations_proposal_status_idx').on(t.proposalStatusId).where(sql`${t.proposalStatusId} IS NOT NULL`),
    index('citations_statement_idx').on(t.statementId).where(sql`${t.statementId} IS NOT NULL`),
    index('citations_date_idx').on(t.dateId).where(sql`${t.dateId} IS NOT NULL`),
    index('citations_claim_version_idx').on(t.claimVersionId).where(sql`${t.claimVersionId} IS NOT NULL`),
    check(
      'citations_one_fact',
      sql`num_nonnulls(${t.actorId}, ${t.actorAliasId}, ${t.actorRoleId}, ${t.issueId}, ${t.issueAliasId}, ${t.issueLinkId}, ${t.proposalId}, ${t.proposalStatusId}, ${t.statementId}, ${t.dateId}, ${t.claimVersionId}) = 1`,
    ),
  ],
);


/**
 * The append-only log of every successful write: who (the key's id, never the key),
 * what, the record before and after, and when. Written in the write's transaction.
 */
export const changes = pgTable(
  'changes',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    at: text('at').notNull(),
    keyId: text('key_id').notNull(),
    collection: text('collection').notNull(),
    recordId: text('record_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [
    index('changes_collection_idx').on(t.collection, t.id),
    index('changes_record_idx').on(t.collection, t.recordId, t.id),
    index('changes_record_only_idx').on(t.recordId, t.id),
    index('changes_at_idx').on(t.at, t.id),
    oneOf('changes_action_check', t.action, ['create', 'update', 'delete']),
  ],
);

/** Answers to POSTs that carried an Idempotency-Key, so a retry replays the first answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    keyId: text('key_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: text('response').notNull(),
    /** The first answer's Location, so a replay carries it too; null when it had none. */
    location: text('location'),
    at: text('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.idempotencyKey] })],
);

/**
 * Values the server makes for itself on first start and keeps with the data, such
 * as the secret key ids are derived with. Never served.
 */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

/*
 * Full-text search lives outside this file: the FTS5 table `search_index` and its
 * companion `search_docs` are created by migrations/0001_search_index.sql, with
 * triggers that keep them in step with the tables above. drizzle-kit cannot
 * describe virtual tables or triggers, so that migration is written by hand.
 */
