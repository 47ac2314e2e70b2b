import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import { indexHint } from '../db/dialect.js';
import type { Proposal } from '../domain/schemas.js';
import type { ParticipantRole, ProposalKind, ProposalStatus } from '../domain/vocabulary.js';
import type { JsonText } from '../domain/json.js';
import { actorRefJson, dateJson, evidenceJson, issueRefJson, recordJson, repositoryBase, textFilter, overlaps } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, join, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type ProposalOut = z.infer<typeof Proposal>;
export const PROPOSAL_INCLUDES = ['participants', 'issues', 'history', 'statements', 'evidence'] as const;
export type ProposalInclude = (typeof PROPOSAL_INCLUDES)[number];

const KEYSET = new Keyset('proposals', [{ sql: 'p.id', type: 'text', key: 'id' }]);

/** A proposal `p` as JSON, in SQL: its fields in the schema's order, then the relations asked for. */
const proposalJson = recordJson<ProposalInclude>(
  `'id', p.id, 'title', p.title, 'kind', p.kind, 'summary', p.summary, 'parent_id', p.parent_id, 'status', p.status,
    'version', p.version, 'created_at', p.created_at, 'updated_at', p.updated_at`,
  {
    participants: `(SELECT json_group_array(json_object('actor', ${actorRefJson('a')}, 'role', x.role) ORDER BY x.position)
      FROM proposal_participants x JOIN actors a ON a.id = x.actor_id WHERE x.proposal_id = p.id)`,
    issues: `(SELECT json_group_array(${issueRefJson('i')} ORDER BY x.position) FROM proposal_issues x JOIN issues i ON i.id = x.issue_id WHERE x.proposal_id = p.id)`,
    history: `(SELECT json_group_array(json_object('status', h.status, 'date', ${dateJson('h')}, 'actor_id', h.actor_id, 'note', h.note,
      'evidence', ${evidenceJson('proposal_status', 'h.id')}) ORDER BY h.seq) FROM proposal_statuses h WHERE h.proposal_id = p.id)`,
    statements: `(SELECT json_group_array(json_object('id', s.id, 'speaker_id', s.speaker_id, 'text', s.text, 'date', ${dateJson('s')}, 'stance', x.stance)
      ORDER BY s.date_start, s.id) FROM statement_proposals x JOIN statements s ON s.id = x.statement_id WHERE x.proposal_id = p.id)`,
    evidence: evidenceJson('proposal', 'p.id'),
  },
  PROPOSAL_INCLUDES,
);

export interface ProposalFilters {
  status?: ProposalStatus;
  kind?: ProposalKind;
  actor?: string;
  role?: ParticipantRole;
  issue?: string;
  parent?: string;
  history_status?: ProposalStatus;
  history_actor?: string;
  from?: string;
  to?: string;
  q?: string;
}

/** The list's query for one value of each filter. */
const proposalQuery = (include: Set<ProposalInclude>) => (filters: ProposalFilters): ListQuery => {
  const where = new Where()
    .when(filters.status, (s) => sql`p.status = ${s}`)
    .when(filters.kind, (k) => sql`p.kind = ${k}`)
    .when(filters.parent, (p) => (p === 'none' ? sql`p.parent_id IS NULL` : sql`p.parent_id = ${p}`))
    .when(filters.issue, (i) => sql`p.id IN (SELECT proposal_id FROM proposal_issues WHERE issue_id = ${i})`);
  textFilter(where, 'p.id', 'proposal', filters.q);
  // A date range with history_status or history_actor qualifies the same history entry
  // ("rejected in 2008"); alone, it asks for any entry in the range.
  const dated = new Where();
  overlaps(dated, 'h', filters.from, filters.to);
  const inRange = dated.params.length > 0;
  if (filters.history_actor !== undefined) {
    // The actor and those affiliated with it first, then their history entries by the actor index.
    const conditions = [...(filters.history_status ? [sql`h.status = ${filters.history_status}`] : []), ...(inRange ? [dated.sql] : [])];
    where.add(
      sql`p.id IN (SELECT h.proposal_id FROM (SELECT ${filters.history_actor} AS id UNION ALL SELECT id FROM actors WHERE affiliation_id = ${filters.history_actor}) who
                CROSS JOIN proposal_statuses h ON h.actor_id = who.id${conditions.length ? sql` WHERE ${join(conditions, ' AND ')}` : raw('')})`,
    );
  } else if (filters.history_status !== undefined) {
    where.add(sql`p.id IN (SELECT h.proposal_id FROM proposal_statuses h WHERE h.status = ${filters.history_status}${inRange ? sql` AND ${dated.sql}` : raw('')})`);
  } else if (inRange) {
    // Any entry of the history in the range, sought in the history's date index (a range
    // that covers most entries would otherwise be read as the whole table).
    where.add(sql`p.id IN (SELECT h.proposal_id FROM proposal_statuses h ${raw(indexHint('proposal_statuses_date_idx'))} WHERE ${dated.sql})`);
  }
  if (filters.actor !== undefined) {
    where.add(sql`p.id IN (SELECT proposal_id FROM proposal_participants WHERE actor_id = ${filters.actor}${filters.role ? sql` AND role = ${filters.role}` : raw('')})`);
  } else if (filters.role !== undefined) {
    where.add(sql`p.id IN (SELECT proposal_id FROM proposal_participants WHERE role = ${filters.role})`);
  }
  return { select: `SELECT p.id, ${proposalJson(include)} AS json FROM proposals p`, where, keyset: KEYSET };
};

export function createProposalRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    listProposals(filters: AnyOf<ProposalFilters>, options: { limit: number; cursor?: string; scope?: string; include: Set<ProposalInclude> }) {
      return base.anyOfPage<ProposalOut, ProposalFilters>(filters, proposalQuery(options.include), options);
    },

    /** Every record the filters select, in list order: an export's query. */
    selectProposals(filters: AnyOf<ProposalFilters>, include: Set<ProposalInclude>) {
      return base.anyOfQuery(filters, proposalQuery(include));
    },

    findProposal(id: string, include: Set<ProposalInclude>): Reading<JsonText<ProposalOut> | undefined> {
      return base.jsonRecord(`SELECT ${proposalJson(include)} AS json, p.version FROM proposals p WHERE p.id = ?`, id);
    },
  };
}
