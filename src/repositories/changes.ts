import type { Connection } from '../db/client.js';
import { JsonText } from '../domain/json.js';
import { repositoryBase } from './common.js';
import { Keyset, type Page, Where, raw, sql } from './sql.js';
import type { ChangeEntry } from '../writes/service.js';

/**
 * A `before` or `after` snapshot whose stored JSON is longer than this (in bytes) is
 * left out of list pages: sent as null and named in the entry's `omitted`. The entry
 * itself (`GET /changes/{id}`) always has it whole.
 */
export const MAX_SNAPSHOT_BYTES = 65_536;

/**
 * A list page stops adding entries once the snapshots it holds would pass this many
 * bytes (of stored JSON); it always holds at least one entry.
 */
export const MAX_PAGE_BYTES = 1_048_576;

/** Which snapshots of an entry were left out of a list page. */
export type OmittedSnapshot = 'before' | 'after';

/** A change log entry as the API sends it. */
export type ChangeView = Omit<ChangeEntry, 'id'> & { id: string; omitted: OmittedSnapshot[]; href: string };

interface ChangeRow {
  id: number;
  at: string;
  key_id: string;
  collection: ChangeEntry['collection'];
  record_id: string;
  action: ChangeEntry['action'];
  /** The snapshot as stored JSON text; null for none, or (in a list) when it was left out. */
  before: string | null;
  after: string | null;
  /** The stored snapshot's length in bytes, whether or not it was read; null for none. */
  before_bytes: number | null;
  after_bytes: number | null;
}

/** The ids of a page and the sizes of their snapshots: read before any snapshot is. */
interface SizeRow {
  id: number;
  before_bytes: number | null;
  after_bytes: number | null;
}

const KEYSET = new Keyset('changes', [{ sql: 'c.id', type: 'number', key: 'id' }]);

const HEAD = 'c.id, c.at, c.key_id, c.collection, c.record_id, c.action';
// `octet_length` of a column is answered from the record header (SQLite does not read the
// value for it), so sizes cost nothing, and an oversized snapshot is never read at all.
const SIZES = 'octet_length(c.before) AS before_bytes, octet_length(c.after) AS after_bytes';
const capped = (column: 'before' | 'after') => `CASE WHEN octet_length(c.${column}) > ${MAX_SNAPSHOT_BYTES} THEN NULL ELSE c.${column} END AS ${column}`;

/** The bytes of the snapshots a list page sends for this entry (those over the cap are not sent). */
const sentBytes = (row: SizeRow) => [row.before_bytes, row.after_bytes].reduce<number>((sum, n) => sum + (n !== null && n <= MAX_SNAPSHOT_BYTES ? n : 0), 0);

/**
 * How many of `rows` (in order) a list page holds: at most `limit`, and no more than
 * fit in MAX_PAGE_BYTES of snapshots, but always at least one.
 */
function pageLength(rows: SizeRow[], limit: number): number {
  let bytes = 0;
  let kept = 0;
  for (const row of rows.slice(0, limit)) {
    bytes += sentBytes(row);
    if (kept > 0 && bytes > MAX_PAGE_BYTES) break;
    kept++;
  }
  return kept;
}

/**
 * An entry as JSON text. The snapshots are stored as JSON (written by `JSON.stringify`),
 * so they go into the answer as they are, never parsed: a whole entry may hold megabytes.
 */
function entryJson(row: ChangeRow, omitted: OmittedSnapshot[]): string {
  const id = String(row.id);
  return (
    `{"id":${JSON.stringify(id)},"at":${JSON.stringify(row.at)},"key_id":${JSON.stringify(row.key_id)},"collection":${JSON.stringify(row.collection)},` +
    `"record_id":${JSON.stringify(row.record_id)},"action":${JSON.stringify(row.action)},"before":${row.before ?? 'null'},"after":${row.after ?? 'null'},` +
    `"omitted":${JSON.stringify(omitted)},"href":${JSON.stringify(`/changes/${id}`)}}`
  );
}

/** The snapshots a list page left out of this entry: those stored but not read. */
const omittedOf = (row: ChangeRow): OmittedSnapshot[] =>
  (['before', 'after'] as const).filter((s) => row[s] === null && row[`${s}_bytes`] !== null);

/** A change id as the API writes it: a positive whole number, no sign, no leading zeros. */
const CHANGE_ID = /^[1-9][0-9]{0,15}$/;

export function createChangeRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    ...base.reads({
      /**
       * The change log, oldest first. First the ids and snapshot sizes of up to `limit + 1`
       * entries, which read no snapshot; the page is cut from those by MAX_PAGE_BYTES; then
       * the kept entries, with any snapshot over MAX_SNAPSHOT_BYTES left in the database.
       * So a page never reads more than it sends.
       */
      listChanges(filters: ChangeFilters, options: { limit: number; cursor?: string; scope?: string }): JsonText<Page<ChangeView>> {
        // The log is append-only, so times grow with ids: a time bound becomes an id bound found in the time index.
        const where = new Where()
          .add(sql`c.id > 0`)
          .when(filters.collection, (c) => sql`c.collection = ${c}`)
          .when(filters.record_id, (r) => sql`c.record_id = ${r}`)
          .when(filters.since, (s) => sql`c.id >= coalesce((SELECT min(id) FROM changes WHERE at >= ${s}), 1 << 62)`)
          .when(filters.until, (u) => sql`c.id < coalesce((SELECT min(id) FROM changes WHERE at >= ${u}), 1 << 62)`);
        KEYSET.after(where, options.cursor, options.scope);
        const sizes = base.prepare(`SELECT c.id, ${SIZES} FROM changes c ${where} ${KEYSET.orderBy} LIMIT ?`).all(...where.params, options.limit + 1) as SizeRow[];
        const kept = pageLength(sizes, options.limit);
        const ids = sizes.slice(0, kept).map((r) => r.id);
        const rows = base.byIds<ChangeRow>((ids) => sql`SELECT ${raw(`${HEAD}, ${capped('before')}, ${capped('after')}, ${SIZES}`)} FROM changes c WHERE c.id IN ${ids} ORDER BY c.id`, ids);
        const json = new Map(rows.map((row) => [row.id, entryJson(row, omittedOf(row))]));
        // Of the rows read, the page keeps `kept`; when more were read, its cursor continues right after the last one kept.
        return KEYSET.jsonPage<ChangeView>(sizes.map((r) => ({ id: r.id, json: json.get(r.id) ?? '' })), kept, options.scope);
      },
    }),

    /** One entry, its snapshots whole; undefined for an unknown or malformed id. */
    findChange(id: string): JsonText<ChangeView> | undefined {
      if (!CHANGE_ID.test(id) || !Number.isSafeInteger(Number(id))) return undefined;
      const row = base.prepare(`SELECT ${HEAD}, c.before, c.after, ${SIZES} FROM changes c WHERE c.id = ?`).get(Number(id)) as ChangeRow | undefined;
      return row && new JsonText<ChangeView>(entryJson(row, []));
    },
  };
}

export interface ChangeFilters {
  collection?: string;
  record_id?: string;
  since?: string;
  until?: string;
}
