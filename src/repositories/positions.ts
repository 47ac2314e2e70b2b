import type { Connection } from '../db/client.js';
import { CursorError, decodeCursor, encodeCursor } from '../domain/cursor.js';
import { JsonText } from '../domain/json.js';
import type { ActorKind, Stance, StatementKind } from '../domain/vocabulary.js';
import { type DateValueRow, actorRefJson, dateJson, repositoryBase } from './common.js';

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

/** The answer of GET /issues/{id}/positions. */
export interface Positions {
  issue: { id: string; name: string };
  as_of: string | null;
  positions: Position[];
  next_cursor: string | null;
}

/** How many of an actor's latest statements a position lists (`statements`): at most, and unless asked. */
export const MAX_POSITION_STATEMENTS = 10;
export const DEFAULT_POSITION_STATEMENTS = 3;

/**
 * How many actors a page of positions lists unless asked (`limit`): every speaker of the
 * seed's main issue (missile defense, 15) on one page, and with the default 3 statements
 * each, answers under 20,000 bytes on the generated bases: the largest page of any issue is
 * 18,880 bytes at 100k statements and 19,167 at 1M; with 17 actors it would be 20,103 at 100k.
 */
export const DEFAULT_POSITIONS_PAGE = 16;

/**
 * A page stops adding actors before the UTF-8 text of its statements would pass this many
 * bytes (it always holds one actor, whatever its size), so `limit` × `statements` bounds
 * the rows of a page and this its size: 100 actors × 10 statements of up to 10,000
 * characters would otherwise be megabytes.
 */
export const POSITIONS_PAGE_TEXT_BYTES = 256 * 1024;

export interface PositionsPage {
  /** The request's cursor scope (domain/cursor.ts). */
  scope?: string;
  limit: number;
  cursor?: string | undefined;
  /** How many of each actor's latest statements to list, 0–MAX_POSITION_STATEMENTS. */
  statements: number;
}

/** One actor of a page: its id, whether the walk found more actors than the page's limit, its listed statements' text bytes, and its position as JSON. */
type Row = [speakerId: string, more: number | boolean, bytes: number, json: string];

const POSITIONS_CURSOR = 'positions';

/**
 * A page is one query, and SQLite writes it as JSON. It walks one range of `issue_speakers`
 * (issue, speaker), where triggers keep each actor who spoke on an issue with the number of
 * their known statements on it and the first `known_by` day among them: the speakers who had
 * said nothing by `as_of` are passed over in the walk rather than each with a query, and
 * without `as_of` a count is read, not counted. For each actor of the page, its latest
 * statements' ids, days and stances are one seek into `statement_issues_position_idx`
 * (issue, speaker, known_by, statement, stance), where triggers keep each statement's speaker
 * and `known_by` day: a statement is known by the last day it may have been said (the end of
 * its date's interval) or, when undated, the earliest publication of a source that reports it.
 * With `as_of`, an actor's count is counted in that index range, up to `as_of`.
 */
export function createPositionRepository(connection: Connection) {
  const base = repositoryBase(connection);

  const page = (asOf: boolean) =>
    base
      .prepare(
        `WITH candidates AS MATERIALIZED (
           SELECT speaker_id, statement_count FROM issue_speakers
           WHERE issue_id = @issue AND speaker_id > @after${asOf ? ' AND first_known_by <= @asOf' : ''}
           ORDER BY speaker_id LIMIT @limit + 1),
         who AS (
           SELECT speaker_id, ${
             asOf ? '(SELECT count(*) FROM statement_issues c WHERE c.issue_id = @issue AND c.speaker_id = candidates.speaker_id AND c.known_by <= @asOf)' : 'statement_count'
           } AS statement_count
           FROM candidates ORDER BY speaker_id LIMIT @limit),
         latest AS (
           SELECT who.speaker_id, who.statement_count, j.key AS n, j.value ->> 0 AS statement_id, j.value ->> 1 AS known_by, j.value ->> 2 AS stance
           FROM who, json_each((
             SELECT json_group_array(json_array(x.statement_id, x.known_by, x.stance) ORDER BY x.known_by DESC, x.statement_id DESC) FROM (
               SELECT statement_id, known_by, stance FROM statement_issues
               WHERE issue_id = @issue AND speaker_id = who.speaker_id AND ${asOf ? 'known_by <= @asOf' : 'known_by IS NOT NULL'}
               ORDER BY known_by DESC, statement_id DESC LIMIT @rows) x)) j),
         -- The statement before the current stance's unbroken run: the latest with another stance
         -- (its id, for a seek), read backwards from the latest in the actor's index range.
         breaks AS (
           SELECT l.speaker_id, (
             SELECT z.statement_id FROM statement_issues z
             WHERE z.issue_id = @issue AND z.speaker_id = l.speaker_id AND ${asOf ? 'z.known_by <= @asOf' : 'z.known_by IS NOT NULL'} AND z.stance <> l.stance
             ORDER BY z.known_by DESC, z.statement_id DESC LIMIT 1) AS bs
           FROM latest l
           WHERE l.n = 0),
         -- The first statement of the run, one seek after that one (its day read by its key): when the current stance began.
         starts AS (
           SELECT br.speaker_id, CASE WHEN br.bs IS NULL THEN (
             SELECT min(y.known_by) FROM statement_issues y
             WHERE y.issue_id = @issue AND y.speaker_id = br.speaker_id AND y.known_by IS NOT NULL
           ) ELSE (
             SELECT y.known_by FROM statement_issues y
             WHERE y.issue_id = @issue AND y.speaker_id = br.speaker_id AND (y.known_by, y.statement_id) > (b.known_by, br.bs)
             ORDER BY y.known_by, y.statement_id LIMIT 1
           ) END AS since
           FROM breaks br LEFT JOIN statement_issues b ON b.statement_id = br.bs AND b.issue_id = @issue)
         SELECT l.speaker_id, (SELECT count(*) FROM candidates) > @limit AS more,
           coalesce(sum(octet_length(s.text)) FILTER (WHERE l.n < @statements), 0) AS bytes,
           json_object(
             'actor', ${actorRefJson('a')},
             'stance', max(l.stance) FILTER (WHERE l.n = 0),
             'since', (SELECT since FROM starts WHERE starts.speaker_id = l.speaker_id),
             'statement_count', l.statement_count,
             'statements', json_group_array(
               json_object('id', s.id, 'kind', s.kind, 'text', s.text, 'stance', l.stance, 'date', ${dateJson('s')}, 'known_by', l.known_by) ORDER BY l.n DESC
             ) FILTER (WHERE l.n < @statements)
           ) AS json
         FROM latest l JOIN actors a ON a.id = l.speaker_id JOIN statements s ON s.id = l.statement_id
         GROUP BY l.speaker_id, l.statement_count, a.id ORDER BY l.speaker_id`,
      )
      .raw(true);

  return {
    /**
     * One page of the actors who spoke on the issue, by actor id, with each one's stance
     * over time and their latest `statements`; with `asOf`, only what was known by that day.
     * A page ends after `limit` actors, or before the one whose statements' text would take
     * the page's past POSITIONS_PAGE_TEXT_BYTES; `next_cursor` follows the last actor sent.
     * The answer is the whole body as JSON text.
     */
    positions(issue: { id: string; name: string }, asOf: string | undefined, options: PositionsPage): JsonText<Positions> {
      let after = '';
      if (options.cursor !== undefined) {
        const [key] = decodeCursor(options.cursor, POSITIONS_CURSOR, 1, options.scope);
        if (typeof key !== 'string') throw new CursorError('The cursor is not one this API issued for this list.');
        after = key;
      }
      const rows = page(asOf !== undefined).all({
        issue: issue.id,
        after,
        limit: options.limit,
        statements: options.statements,
        rows: Math.max(1, options.statements), // the latest one gives the stance even when none is listed
        ...(asOf === undefined ? {} : { asOf }),
      }) as Row[];
      const positions: string[] = [];
      let bytes = 0;
      let last: string | undefined;
      // A comparison is 1 or 0 on SQLite, true or false on PostgreSQL.
      let more = Boolean(rows[0]?.[1]);
      for (const [speakerId, , size, json] of rows) {
        if (positions.length > 0 && bytes + size > POSITIONS_PAGE_TEXT_BYTES) {
          more = true;
          break;
        }
        bytes += size;
        positions.push(json);
        last = speakerId;
      }
      const next = more && last !== undefined ? encodeCursor(POSITIONS_CURSOR, [last], options.scope) : null;
      return new JsonText<Positions>(
        `{"issue":${JSON.stringify({ id: issue.id, name: issue.name })},"as_of":${JSON.stringify(asOf ?? null)},"positions":[${positions.join(',')}],"next_cursor":${JSON.stringify(next)}}`,
      );
    },
  };
}
