import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { Statement } from '../domain/schemas.js';
import type { ActorKind, PloverType, Stance, StatementActorRole, StatementKind } from '../domain/vocabulary.js';
import { type DatedRow, dateOf, groupBy, overlaps, repositoryBase, textFilter } from './common.js';
import { Keyset, Where } from './sql.js';

export type StatementOut = z.infer<typeof Statement>;
export const STATEMENT_INCLUDES = ['speaker', 'issues', 'proposals', 'actors', 'evidence'] as const;
export type StatementInclude = (typeof STATEMENT_INCLUDES)[number];

export interface StatementRow extends DatedRow {
  id: string;
  speaker_id: string | null;
  speaker_label: string | null;
  kind: StatementKind;
  text: string;
  venue: string | null;
  plover_type: PloverType | null;
  responds_to_id: string | null;
  note: string | null;
  date_start: string | null;
  version: number;
  created_at: string | null;
  updated_at: string | null;
}

const KEYSET = new Keyset('statements', [
  { sql: 's.sort_date', type: 'text', read: (r: StatementRow) => r.date_start ?? '' },
  { sql: 's.id', type: 'text', read: (r: StatementRow) => r.id },
]);
/** The same order read from the statements about one issue, where the sort key is copied. */
const KEYSET_BY_ISSUE = new Keyset('statements', [
  { sql: 'si.sort_date', type: 'text', read: (r: StatementRow) => r.date_start ?? '' },
  { sql: 'si.statement_id', type: 'text', read: (r: StatementRow) => r.id },
]);
export const STATEMENT_COLUMNS =
  's.id, s.speaker_id, s.speaker_label, s.kind, s.text, s.venue, s.plover_type, s.responds_to_id, s.note, s.date_value, s.date_precision, s.date_text, s.date_basis, s.date_start, s.version, s.created_at, s.updated_at';

export interface StatementFilters {
  speaker?: string;
  actor?: string;
  issue?: string;
  proposal?: string;
  stance?: Stance;
  source?: string;
  kind?: StatementKind;
  plover?: PloverType;
  responds_to?: string;
  from?: string;
  to?: string;
  q?: string;
}

export function createStatementRepository(connection: Connection) {
  const base = repositoryBase(connection);

  function embed(rows: StatementRow[], include: Set<StatementInclude>): StatementOut[] {
    const ids = rows.map((r) => r.id);
    const speakers = include.has('speaker') ? base.actorRefs(rows.map((r) => r.speaker_id)) : undefined;
    const issues = include.has('issues')
      ? groupBy(
          base.byIds<{ statement_id: string; id: string; name: string; stance: Stance }>(
            'SELECT si.statement_id, i.id, i.name, si.stance FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id IN IN_LIST ORDER BY si.statement_id, si.rowid',
            ids,
          ),
          (r) => r.statement_id,
        )
      : undefined;
    const proposals = include.has('proposals')
      ? groupBy(
          base.byIds<{ statement_id: string; id: string; title: string; stance: Stance }>(
            'SELECT sp.statement_id, p.id, p.title, sp.stance FROM statement_proposals sp JOIN proposals p ON p.id = sp.proposal_id WHERE sp.statement_id IN IN_LIST ORDER BY sp.statement_id, sp.rowid',
            ids,
          ),
          (r) => r.statement_id,
        )
      : undefined;
    const actors = include.has('actors')
      ? groupBy(
          base.byIds<{ statement_id: string; id: string; name: string; kind: ActorKind; role: StatementActorRole }>(
            'SELECT sa.statement_id, a.id, a.name, a.kind, sa.role FROM statement_actors sa JOIN actors a ON a.id = sa.actor_id WHERE sa.statement_id IN IN_LIST ORDER BY sa.statement_id, sa.rowid',
            ids,
          ),
          (r) => r.statement_id,
        )
      : undefined;
    const evidence = include.has('evidence') ? base.evidenceFor('statement', ids) : undefined;
    const strip = <T extends { statement_id: string }>(list: T[] | undefined) => (list ?? []).map(({ statement_id: _s, ...rest }) => rest);
    return rows.map((r) => ({
      id: r.id,
      speaker_id: r.speaker_id,
      speaker_label: r.speaker_label,
      kind: r.kind,
      text: r.text,
      date: dateOf(r),
      venue: r.venue,
      plover_type: r.plover_type,
      responds_to_id: r.responds_to_id,
      note: r.note,
      version: r.version,
      created_at: r.created_at,
      updated_at: r.updated_at,
      ...(speakers ? { speaker: r.speaker_id ? (speakers.get(r.speaker_id) ?? null) : null } : {}),
      ...(issues ? { issues: strip(issues.get(r.id)) } : {}),
      ...(proposals ? { proposals: strip(proposals.get(r.id)) } : {}),
      ...(actors ? { actors: strip(actors.get(r.id)) } : {}),
      ...(evidence ? { evidence: evidence.get(r.id) ?? [] } : {}),
    }));
  }

  return base.reads({
    embedStatements: embed,

    listStatements(filters: StatementFilters, options: { limit: number; cursor?: string; include: Set<StatementInclude> }) {
      const where = new Where()
        .when(filters.speaker, (a) => ['s.speaker_id = ?', a])
        .when(filters.actor, (a) => ['s.speaker_id = ? OR s.id IN (SELECT statement_id FROM statement_actors WHERE actor_id = ?)', a, a])
        .when(filters.kind, (k) => ['s.kind = ?', k])
        .when(filters.plover, (p) => ['s.plover_type = ?', p])
        .when(filters.responds_to, (r) => ['s.responds_to_id = ?', r])
        .when(filters.source, (src) => [
          's.id IN (SELECT c.statement_id FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id WHERE e.source_id = ? AND c.statement_id IS NOT NULL)',
          src,
        ]);
      textFilter(where, 's.id', 'statement', filters.q);
      const stance = filters.stance ? ' AND stance = ?' : '';
      const stanceParam = filters.stance ? [filters.stance] : [];
      if (filters.issue !== undefined) {
        where.add('si.issue_id = ?', filters.issue);
        if (filters.stance) where.add('si.stance = ?', filters.stance);
      }
      if (filters.proposal !== undefined) where.add(`s.id IN (SELECT statement_id FROM statement_proposals WHERE proposal_id = ?${stance})`, filters.proposal, ...stanceParam);
      if (filters.stance !== undefined && filters.issue === undefined && filters.proposal === undefined) {
        // Every stance is common (one of four), so walking the list order and probing each
        // statement's links stops after about four pages' worth of rows.
        where.add(
          '(EXISTS (SELECT 1 FROM statement_issues x WHERE x.statement_id = s.id AND x.stance = ?) OR EXISTS (SELECT 1 FROM statement_proposals x WHERE x.statement_id = s.id AND x.stance = ?))',
          filters.stance,
          filters.stance,
        );
      }
      overlaps(where, 's', filters.from, filters.to, 's.sort_date');
      const byIssue = filters.issue !== undefined;
      const select = byIssue
        ? `SELECT ${STATEMENT_COLUMNS} FROM statement_issues si JOIN statements s ON s.id = si.statement_id`
        : `SELECT ${STATEMENT_COLUMNS} FROM statements s`;
      return base.page<StatementRow, StatementOut>({ select, where, keyset: byIssue ? KEYSET_BY_ISSUE : KEYSET, ...options }, (rows) => embed(rows, options.include));
    },

    findStatement(id: string, include: Set<StatementInclude>): StatementOut | undefined {
      const row = base.prepare(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ?`).get(id) as StatementRow | undefined;
      return row ? embed([row], include)[0] : undefined;
    },
  });
}
