import type { Connection } from '../db/client.js';
import { repositoryBase } from './common.js';
import { Keyset, type Page, Where } from './sql.js';
import type { ChangeEntry } from './writes.js';

interface ChangeRow {
  id: number;
  at: string;
  key_id: string;
  collection: ChangeEntry['collection'];
  record_id: string;
  action: ChangeEntry['action'];
  before: string | null;
  after: string | null;
}

const KEYSET = new Keyset('changes', [{ sql: 'c.id', type: 'number', read: (r: ChangeRow) => r.id }]);

export interface ChangeFilters {
  collection?: string;
  record_id?: string;
  since?: string;
  until?: string;
}

export function createChangeRepository(connection: Connection) {
  const base = repositoryBase(connection);
  return {
    /** The change log, oldest first. */
    listChanges(filters: ChangeFilters, options: { limit: number; cursor?: string }): Page<Omit<ChangeEntry, 'id'> & { id: string }> {
      // The log is append-only, so times grow with ids: a time bound becomes an id bound found in the time index.
      const where = new Where()
        .add('c.id > 0')
        .when(filters.collection, (c) => ['c.collection = ?', c])
        .when(filters.record_id, (r) => ['c.record_id = ?', r])
        .when(filters.since, (s) => ["c.id >= coalesce((SELECT min(id) FROM changes WHERE at >= ?), 1 << 62)", s])
        .when(filters.until, (u) => ["c.id < coalesce((SELECT min(id) FROM changes WHERE at >= ?), 1 << 62)", u]);
      return base.page<ChangeRow, Omit<ChangeEntry, 'id'> & { id: string }>(
        { select: 'SELECT c.id, c.at, c.key_id, c.collection, c.record_id, c.action, c.before, c.after FROM changes c', where, keyset: KEYSET, ...options },
        (rows) => rows.map((r) => ({ ...r, id: String(r.id), before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) })),
      );
    },
  };
}
