import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { EvidenceRecord } from '../domain/schemas.js';
import type { JsonText } from '../domain/json.js';
import { repositoryBase, spanFields } from './common.js';
import type { AnyOf, ListQuery } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';
import type { Reading } from './reading.js';

export type EvidenceOut = z.infer<typeof EvidenceRecord>;

const KEYSET = new Keyset('evidence', [
  { sql: 'e.source_id', type: 'text', key: 'source_id' },
  { sql: 'e.start', type: 'number', key: 'start' },
  { sql: 'e.id', type: 'text', key: 'id' },
]);
/** A span `e` as JSON, in SQL, with the columns its keyset reads. */
const SELECT = `SELECT e.id, e.source_id, e.start, e.version, json_object(${spanFields('e')},
  'version', e.version, 'created_at', e.created_at, 'updated_at', e.updated_at) AS json FROM evidence_spans e`;

export interface EvidenceFilters {
  source?: string;
}

/** The list's query for one value of each filter. */
const evidenceQuery = (f: EvidenceFilters): ListQuery => ({ select: SELECT, where: new Where().when(f.source, (s) => sql`e.source_id = ${s}`), keyset: KEYSET });

export function createEvidenceRepository(connection: Connection) {
  const base = repositoryBase(connection);
  return {
    listEvidence(filters: AnyOf<EvidenceFilters>, options: { limit: number; cursor?: string; scope?: string }) {
      return base.anyOfPage<EvidenceOut, EvidenceFilters>(filters, evidenceQuery, options);
    },

    /** Every span the filters select, in list order: an export's query. */
    selectEvidence(filters: AnyOf<EvidenceFilters>) {
      return base.anyOfQuery(filters, evidenceQuery);
    },
    findEvidence(id: string): Reading<JsonText<EvidenceOut> | undefined> {
      return base.jsonRecord(`${SELECT} WHERE e.id = ?`, id);
    },
  };
}
