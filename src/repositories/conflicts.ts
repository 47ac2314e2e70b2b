import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import { CLAIM_SUBJECT_COLUMNS } from '../db/collections.js';
import type { Conflict } from '../domain/schemas.js';
import type { ClaimSubjectType } from '../domain/vocabulary.js';
import { type DatedRow, dateOf, groupBy, repositoryBase } from './common.js';
import { Keyset, Where } from './sql.js';

export type ConflictOut = z.infer<typeof Conflict>;

interface ClaimRow {
  id: string;
  property: string;
  summary: string;
  note: string | null;
  subject_type: ClaimSubjectType;
  subject_id: string;
  version: number;
  created_at: string | null;
  updated_at: string | null;
}

const SUBJECT_COLUMNS: Record<ClaimSubjectType, string> = CLAIM_SUBJECT_COLUMNS;
const SUBJECT_TYPE = `CASE ${Object.entries(SUBJECT_COLUMNS).map(([type, col]) => `WHEN c.${col} IS NOT NULL THEN '${type}'`).join(' ')} END`;
const SUBJECT_ID = `coalesce(${Object.values(SUBJECT_COLUMNS).map((col) => `c.${col}`).join(', ')})`;
const SELECT = `SELECT c.id, c.property, c.summary, c.note, c.version, c.created_at, c.updated_at, ${SUBJECT_TYPE} AS subject_type, ${SUBJECT_ID} AS subject_id FROM contested_claims c`;
const KEYSET = new Keyset('conflicts', [{ sql: 'c.id', type: 'text', read: (r: ClaimRow) => r.id }]);

export interface ConflictFilters {
  subject_type?: ClaimSubjectType;
  subject_id?: string;
  source?: string;
}

export function createConflictRepository(connection: Connection) {
  const base = repositoryBase(connection);

  function embed(rows: ClaimRow[]): ConflictOut[] {
    const versions = base.byIds<DatedRow & { id: number; claim_id: string; value: string; note: string | null }>(
      'SELECT id, claim_id, value, note, date_value, date_precision, date_text, date_basis FROM claim_versions WHERE claim_id IN IN_LIST ORDER BY claim_id, seq',
      rows.map((r) => r.id),
    );
    const evidence = base.evidenceFor('claim_version', versions.map((v) => v.id));
    const byClaim = groupBy(versions, (v) => v.claim_id);
    return rows.map((r) => ({
      id: r.id,
      subject: { type: r.subject_type, id: r.subject_id },
      property: r.property,
      summary: r.summary,
      note: r.note,
      version: r.version,
      created_at: r.created_at,
      updated_at: r.updated_at,
      versions: (byClaim.get(r.id) ?? []).map((v) => ({ value: v.value, date: dateOf(v), note: v.note, evidence: evidence.get(v.id) ?? [] })),
    }));
  }

  return base.reads({
    listConflicts(filters: ConflictFilters, options: { limit: number; cursor?: string }) {
      const where = new Where();
      if (filters.subject_type && filters.subject_id) where.add(`c.${SUBJECT_COLUMNS[filters.subject_type]} = ?`, filters.subject_id);
      else if (filters.subject_type) where.add(`c.${SUBJECT_COLUMNS[filters.subject_type]} IS NOT NULL`);
      else if (filters.subject_id) {
        // One index lookup per subject column (the coalesce of them has no index).
        const columns = Object.values(SUBJECT_COLUMNS);
        where.add(`c.id IN (${columns.map((col) => `SELECT id FROM contested_claims WHERE ${col} = ?`).join(' UNION ALL ')})`, ...columns.map(() => filters.subject_id!));
      }
      if (filters.source) {
        where.add(
          `c.id IN (SELECT v.claim_id FROM claim_versions v JOIN citations ci ON ci.claim_version_id = v.id JOIN evidence_spans e ON e.id = ci.evidence_id WHERE e.source_id = ?)`,
          filters.source,
        );
      }
      return base.page<ClaimRow, ConflictOut>({ select: SELECT, where, keyset: KEYSET, ...options }, embed);
    },

    findConflict(id: string): ConflictOut | undefined {
      const row = base.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ClaimRow | undefined;
      return row ? embed([row])[0] : undefined;
    },
  });
}
