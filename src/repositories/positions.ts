import type { Connection } from '../db/client.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import type { ActorKind, Stance, StatementKind } from '../domain/vocabulary.js';
import { type DatedRow, type DateValueRow, dateOf, repositoryBase } from './common.js';
import type { Page } from './sql.js';

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
  actor_name: string;
  actor_kind: ActorKind;
}

const ORDER = 'positions';

/**
 * Every query here is a seek into `statement_issues_position_idx` (issue, speaker,
 * known_by, statement), where triggers keep each statement's speaker and `known_by`
 * day: a statement is known by the last day it may have been said (the end of its
 * date's interval) or, when undated, the earliest publication of a source that reports
 * it. So a page costs the same whether the issue has ten statements or a million.
 */
export function createPositionRepository(connection: Connection) {
  const base = repositoryBase(connection);

  /** `known_by` by `asOf`, or known at all. */
  const known = (asOf: string | undefined) => (asOf === undefined ? 'si.known_by IS NOT NULL' : 'si.known_by <= ?');

  return base.reads({
    /**
     * One page of the actors who spoke on the issue, by actor id, with each one's stance
     * over time; with `asOf`, only what was known by that day.
     */
    positions(issueId: string, asOf: string | undefined, page: { limit: number; cursor?: string | undefined }): Page<Position> {
      let after = '';
      if (page.cursor !== undefined) {
        const [key] = decodeCursor(page.cursor, ORDER, 1);
        if (typeof key !== 'string') throw new CursorError('The cursor is not one this API issued for this list.');
        after = key;
      }
      const byAsOf = asOf === undefined ? [] : [asOf];
      const nextSpeaker = base.prepare('SELECT speaker_id FROM statement_issues si WHERE issue_id = ? AND speaker_id > ? ORDER BY speaker_id LIMIT 1').pluck();
      const latest = base.prepare(
        `SELECT s.id, s.kind, s.text, si.stance, s.date_value, s.date_precision, s.date_text, s.date_basis, si.known_by, a.name AS actor_name, a.kind AS actor_kind
         FROM statement_issues si JOIN statements s ON s.id = si.statement_id JOIN actors a ON a.id = si.speaker_id
         WHERE si.issue_id = ? AND si.speaker_id = ? AND ${known(asOf)}
         ORDER BY si.known_by DESC, si.statement_id DESC LIMIT ${POSITION_STATEMENTS}`,
      );
      const count = base.prepare(`SELECT count(*) FROM statement_issues si WHERE si.issue_id = ? AND si.speaker_id = ? AND ${known(asOf)}`).pluck();

      // Walk the issue's speakers in id order, one seek each, keeping those with a
      // statement known by `asOf`, until the page and one more are found.
      const found: { actorId: string; rows: Row[] }[] = [];
      for (let speaker = nextSpeaker.get(issueId, after) as string | undefined; speaker !== undefined && found.length <= page.limit; speaker = nextSpeaker.get(issueId, speaker) as string | undefined) {
        const rows = latest.all(issueId, speaker, ...byAsOf) as Row[];
        if (rows.length > 0) found.push({ actorId: speaker, rows: rows.reverse() });
      }
      const more = found.length > page.limit;
      const kept = more ? found.slice(0, page.limit) : found;
      return {
        data: kept.map(({ actorId, rows }) => {
          const last = rows[rows.length - 1]!;
          return {
            actor: { id: actorId, name: last.actor_name, kind: last.actor_kind },
            stance: last.stance,
            since: last.known_by,
            statement_count: count.get(issueId, actorId, ...byAsOf) as number,
            statements: rows.map((r) => ({ id: r.id, kind: r.kind, text: r.text, stance: r.stance, date: dateOf(r), known_by: r.known_by })),
          };
        }),
        next_cursor: more ? encodeCursor(ORDER, [kept[kept.length - 1]!.actorId]) : null,
      };
    },
  });
}
