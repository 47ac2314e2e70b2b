import type { Connection } from '../db/client.js';
import type { ActorKind, Stance, StatementKind } from '../domain/vocabulary.js';
import { type DatedRow, type DateValueRow, dateOf, groupBy, repositoryBase } from './common.js';

export interface PositionStatement {
  id: string;
  kind: StatementKind;
  text: string;
  stance: Stance;
  date: DateValueRow | null;
  known_by: string;
}

export interface Position {
  actor: { id: string; name: string; kind: ActorKind };
  stance: Stance;
  since: string;
  statement_count: number;
  statements: PositionStatement[];
}

/** How many of an actor's statements a position lists: the latest ones. */
export const POSITION_STATEMENTS = 10;

interface Row extends DatedRow {
  id: string;
  kind: StatementKind;
  text: string;
  stance: Stance;
  known_by: string;
  actor_id: string;
  actor_name: string;
  actor_kind: ActorKind;
  total: number;
}

/**
 * A statement is known by the last day it may have been said (the end of its date's
 * interval) or, when undated, the earliest publication of a source that reports it.
 */
const KNOWN_BY = `coalesce(s.date_end, (
  SELECT min(src.date_end) FROM citations c JOIN evidence_spans e ON e.id = c.evidence_id JOIN sources src ON src.id = e.source_id
  WHERE c.statement_id = s.id))`;

export function createPositionRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    /** Each speaking actor's stance on the issue over time; with `asOf`, only what was known by that day. */
    positions(issueId: string, asOf: string | undefined): Position[] {
      // Each actor's latest statements and how many there are, counted in SQL: an actor
      // may have said tens of thousands of things about a big issue.
      const sql = `
        SELECT * FROM (
          SELECT x.*, row_number() OVER (PARTITION BY actor_id ORDER BY known_by DESC, id DESC) AS latest, count(*) OVER (PARTITION BY actor_id) AS total
          FROM (
            SELECT s.id, s.kind, s.text, si.stance, s.date_value, s.date_precision, s.date_text, s.date_basis,
                   ${KNOWN_BY} AS known_by, a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind
            FROM statement_issues si
            JOIN statements s ON s.id = si.statement_id
            JOIN actors a ON a.id = s.speaker_id
            WHERE si.issue_id = ?
          ) x WHERE known_by IS NOT NULL${asOf ? ' AND known_by <= ?' : ''}
        ) WHERE latest <= ${POSITION_STATEMENTS}
        ORDER BY actor_id, known_by, id`;
      const rows = base.prepare(sql).all(issueId, ...(asOf ? [asOf] : [])) as Row[];
      return [...groupBy(rows, (r) => r.actor_id)].map(([, list]) => {
        const latest = list[list.length - 1]!;
        return {
          actor: { id: latest.actor_id, name: latest.actor_name, kind: latest.actor_kind },
          stance: latest.stance,
          since: latest.known_by,
          statement_count: latest.total,
          statements: list.map((r) => ({ id: r.id, kind: r.kind, text: r.text, stance: r.stance, date: dateOf(r), known_by: r.known_by })),
        };
      });
    },
  };
}
