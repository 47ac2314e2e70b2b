import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import { CLAIM_SUBJECT_COLUMNS } from '../writes/model.js';
import type { Conflict } from '../domain/schemas.js';
import type { ClaimKind, ClaimSubjectType } from '../domain/vocabulary.js';
import type { JsonText } from '../domain/json.js';
import { dateJson, evidenceJson, repositoryBase } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, join, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type ConflictOut = z.infer<typeof Conflict>;

const SUBJECT_COLUMNS: Record<ClaimSubjectType, string> = CLAIM_SUBJECT_COLUMNS;
const SUBJECT_TYPE = `CASE ${Object.entries(SUBJECT_COLUMNS).map(([type, col]) => `WHEN c.${col} IS NOT NULL THEN '${type}'`).join(' ')} END`;
const SUBJECT_ID = `coalesce(${Object.values(SUBJECT_COLUMNS).map((col) => `c.${col}`).join(', ')})`;
/** A contested claim `c` as JSON, in SQL, with its versions in order and the columns its keyset reads. */
const SELECT = `SELECT c.id, c.version, json_object('id', c.id, 'subject', json_object('type', ${SUBJECT_TYPE}, 'id', ${SUBJECT_ID}),
  'property', c.property, 'summary', c.summary, 'kind', c.kind, 'note', c.note, 'version', c.version, 'created_at', c.created_at, 'updated_at', c.updated_at,
  'versions', (SELECT json_group_array(json_object('value', v.value, 'date', ${dateJson('v')}, 'note', v.note, 'evidence', ${evidenceJson('claim_version', 'v.id')}) ORDER BY v.seq)
    FROM claim_versions v WHERE v.claim_id = c.id)) AS json FROM contested_claims c`;
const KEYSET = new Keyset('conflicts', [{ sql: 'c.id', type: 'text', key: 'id' }]);

export interface ConflictFilters {
  kind?: ClaimKind;
  subject_type?: ClaimSubjectType;
  subject_id?: string;
  source?: string;
}

/** The list's query for one value of each filter. */
const conflictQuery = (filters: ConflictFilters): ListQuery => {
  const where = new Where().when(filters.kind, (k) => sql`c.kind = ${k}`);
  if (filters.subject_type && filters.subject_id) where.add(sql`${raw(`c.${SUBJECT_COLUMNS[filters.subject_type]}`)} = ${filters.subject_id}`);
  else if (filters.subject_type) where.add(sql`${raw(`c.${SUBJECT_COLUMNS[filters.subject_type]}`)} IS NOT NULL`);
  else if (filters.subject_id) {
    // One index lookup per subject column (the coalesce of them has no index).
    const columns = Object.values(SUBJECT_COLUMNS);
    where.add(sql`c.id IN (${join(columns.map((col) => sql`SELECT id FROM contested_claims WHERE ${raw(col)} = ${filters.subject_id!}`), ' UNION ALL ')})`);
  }
  if (filters.source) {
    where.add(
      // From the source's spans to their citations (CROSS JOIN keeps that order): the planner would
      // otherwise walk every claim citation testing its span's source.
      sql`c.id IN (SELECT v.claim_id FROM evidence_spans e CROSS JOIN citations ci ON ci.evidence_id = e.id CROSS JOIN claim_versions v ON v.id = ci.claim_version_id WHERE e.source_id = ${filters.source})`,
    );
  }
  return { select: SELECT, where, keyset: KEYSET };
};

export function createConflictRepository(connection: Connection) {
  const base = repositoryBase(connection);

  return {
    listConflicts(filters: AnyOf<ConflictFilters>, options: { limit: number; cursor?: string; scope?: string }) {
      return base.anyOfPage<ConflictOut, ConflictFilters>(filters, conflictQuery, options);
    },

    /** Every record the filters select, in list order: an export's query. */
    selectConflicts(filters: AnyOf<ConflictFilters>) {
      return base.anyOfQuery(filters, conflictQuery);
    },

    findConflict(id: string): Reading<JsonText<ConflictOut> | undefined> {
      return base.jsonRecord(`${SELECT} WHERE c.id = ?`, id);
    },
  };
}
