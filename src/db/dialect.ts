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
