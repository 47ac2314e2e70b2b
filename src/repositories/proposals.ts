import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Proposal } from '../domain/schemas.js';
import type { ActorKind, ParticipantRole, ProposalKind, ProposalStatus, Stance } from '../domain/vocabulary.js';
import { type DatedRow, dateOf, groupBy, repositoryBase, textFilter } from './common.js';
import { Keyset, Where } from './sql.js';

export type ProposalOut = z.infer<typeof Proposal>;
export const PROPOSAL_INCLUDES = ['participants', 'issues', 'history', 'statements', 'evidence'] as const;
export type ProposalInclude = (typeof PROPOSAL_INCLUDES)[number];

interface ProposalRow {
  version: number;
  created_at: string | null;
  updated_at: string | null;
  id: string;
  title: string;
  kind: ProposalKind;
  summary: string;
  parent_id: string | null;
  status: ProposalStatus;
}

const KEYSET = new Keyset('proposals', [{ sql: 'p.id', type: 'text', read: (r: ProposalRow) => r.id }]);
const COLUMNS = 'p.id, p.title, p.kind, p.summary, p.parent_id, p.status, p.version, p.created_at, p.updated_at';

export interface ProposalFilters {
  status?: ProposalStatus;
  kind?: ProposalKind;
  actor?: string;
  role?: ParticipantRole;
  issue?: string;
  parent?: string;
  history_status?: ProposalStatus;
  history_actor?: string;
  q?: string;
}

export function createProposalRepository(connection: Connection) {
  const base = repositoryBase(connection);

  function embed(rows: ProposalRow[], include: Set<ProposalInclude>): ProposalOut[] {
    const ids = rows.map((r) => r.id);
    const participants = include.has('participants')
      ? groupBy(
          base.byIds<{ proposal_id: string; id: string; name: string; kind: ActorKind; role: ParticipantRole }>(
            `SELECT pp.proposal_id, a.id, a.name, a.kind, pp.role FROM proposal_participants pp JOIN actors a ON a.id = pp.actor_id
             WHERE pp.proposal_id IN IN_LIST ORDER BY pp.proposal_id, pp.rowid`,
            ids,
          ),
          (r) => r.proposal_id,
        )
      : undefined;
    const issues = include.has('issues')
      ? groupBy(
          base.byIds<{ proposal_id: string; id: string; name: string }>(
            'SELECT pi.proposal_id, i.id, i.name FROM proposal_issues pi JOIN issues i ON i.id = pi.issue_id WHERE pi.proposal_id IN IN_LIST ORDER BY pi.proposal_id, pi.rowid',
            ids,
          ),
          (r) => r.proposal_id,
        )
      : undefined;
    let history: Map<string, ProposalOut['history'] & {}> | undefined;
    if (include.has('history')) {
      const list = base.byIds<DatedRow & { id: number; proposal_id: string; status: ProposalStatus; actor_id: string | null; note: string | null }>(
        `SELECT id, proposal_id, status, actor_id, note, date_value, date_precision, date_text, date_basis
         FROM proposal_statuses WHERE proposal_id IN IN_LIST ORDER BY proposal_id, seq`,
        ids,
      );
      const evidence = base.evidenceFor('proposal_status', list.map((e) => e.id));
      history = new Map(
        [...groupBy(list, (e) => e.proposal_id)].map(([k, v]) => [
          k,
          v.map((e) => ({ status: e.status, date: dateOf(e), actor_id: e.actor_id, note: e.note, evidence: evidence.get(e.id) ?? [] })),
        ]),
      );
    }
    const statements = include.has('statements')
      ? groupBy(
          base.byIds<DatedRow & { proposal_id: string; id: string; speaker_id: string | null; text: string; stance: Stance }>(
            `SELECT sp.proposal_id, s.id, s.speaker_id, s.text, sp.stance, s.date_value, s.date_precision, s.date_text, s.date_basis
             FROM statement_proposals sp JOIN statements s ON s.id = sp.statement_id
             WHERE sp.proposal_id IN IN_LIST ORDER BY sp.proposal_id, s.date_start, s.id`,
            ids,
          ),
          (r) => r.proposal_id,
        )
      : undefined;
    const evidence = include.has('evidence') ? base.evidenceFor('proposal', ids) : undefined;
    return rows.map((r) => ({
      ...r,
      ...(participants ? { participants: (participants.get(r.id) ?? []).map(({ id, name, kind, role }) => ({ actor: { id, name, kind }, role })) } : {}),
      ...(issues ? { issues: (issues.get(r.id) ?? []).map(({ id, name }) => ({ id, name })) } : {}),
      ...(history ? { history: history.get(r.id) ?? [] } : {}),
      ...(statements
        ? { statements: (statements.get(r.id) ?? []).map((s) => ({ id: s.id, speaker_id: s.speaker_id, text: s.text, date: dateOf(s), stance: s.stance })) }
        : {}),
      ...(evidence ? { evidence: evidence.get(r.id) ?? [] } : {}),
    }));
  }

  return base.reads({
    listProposals(filters: ProposalFilters, options: { limit: number; cursor?: string; include: Set<ProposalInclude> }) {
      const where = new Where()
        .when(filters.status, (s) => ['p.status = ?', s])
        .when(filters.kind, (k) => ['p.kind = ?', k])
        .when(filters.parent, (p) => (p === 'none' ? ['p.parent_id IS NULL'] : ['p.parent_id = ?', p]))
        .when(filters.issue, (i) => ['p.id IN (SELECT proposal_id FROM proposal_issues WHERE issue_id = ?)', i]);
      textFilter(where, 'p.id', 'proposal', filters.q);
      if (filters.history_actor !== undefined) {
        // The actor and those affiliated with it first, then their history entries by the actor index.
        where.add(
          `p.id IN (SELECT h.proposal_id FROM (SELECT ? AS id UNION ALL SELECT id FROM actors WHERE affiliation_id = ?) who
                    CROSS JOIN proposal_statuses h ON h.actor_id = who.id${filters.history_status ? ' WHERE h.status = ?' : ''})`,
          filters.history_actor,
          filters.history_actor,
          ...(filters.history_status ? [filters.history_status] : []),
        );
      } else if (filters.history_status !== undefined) {
        where.add('p.id IN (SELECT proposal_id FROM proposal_statuses WHERE status = ?)', filters.history_status);
      }
      if (filters.actor !== undefined) {
        where.add(
          `p.id IN (SELECT proposal_id FROM proposal_participants WHERE actor_id = ?${filters.role ? ' AND role = ?' : ''})`,
          filters.actor,
          ...(filters.role ? [filters.role] : []),
        );
      } else if (filters.role !== undefined) {
        where.add('p.id IN (SELECT proposal_id FROM proposal_participants WHERE role = ?)', filters.role);
      }
      return base.page<ProposalRow, ProposalOut>({ select: `SELECT ${COLUMNS} FROM proposals p`, where, keyset: KEYSET, ...options }, (rows) => embed(rows, options.include));
    },

    findProposal(id: string, include: Set<ProposalInclude>): ProposalOut | undefined {
      const row = base.prepare(`SELECT ${COLUMNS} FROM proposals p WHERE p.id = ?`).get(id) as ProposalRow | undefined;
      return row ? embed([row], include)[0] : undefined;
    },
  });
}
