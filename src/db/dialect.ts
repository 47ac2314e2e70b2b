/**
 * What is SQLite's own in the SQL the repositories write, and in the data it stores:
 * kept here, so that what another database would do differently is in one place.
 */

/**
 * A hint that makes SQLite read a table through one index. The planner picks a skip-scan
 * of another index from the statistics of a large base (every speaker's range of a date
 * range, then a sort: half a second a page at 1M statements); where the index is known to
 * be right, the query says so. Another database plans with its own statistics.
 */
export const indexHint = (index: string) => `INDEXED BY ${index}`;

/** The SQLite varints of an FTS5 shadow-table blob (`%_docsize` sizes, the averages record). */
export function fts5Varints(blob: Uint8Array): number[] {
  const values: number[] = [];
  for (let i = 0; i < blob.length; ) {
    let value = 0;
    for (let k = 0; k < 9 && i < blob.length; k++) {
      const byte = blob[i++]!;
      if (k === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    values.push(value);
  }
  return values;
}

/**
 * A query whose answer (`v`) changes whenever any connection, in any process, changes the
 * database: what a cache of its contents checks (the names of repositories/names.ts). SQLite's data
 * version moves with other connections' commits and the connection's count of changes with
 * its own; PostgreSQL's write-ahead log moves with every write (on a replica, as it replays them).
 */
export const DATA_VERSION_SQL = {
  sqlite: "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v",
  postgres: 'SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS v',
} as const;
