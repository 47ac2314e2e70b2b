import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { EvidenceRecord } from '../domain/schemas.js';
import type { JsonText } from '../domain/json.js';
import { repositoryBase, spanFields } from './common.js';
import type { AnyOf } from './common.js';
import { Keyset, Where, raw, sql } from './sql.js';

export type EvidenceOut = z.infer<typeof EvidenceRecord>;

const KEYSET = new Keyset('evidence', [
  { sql: 'e.source_id', type: 'text', read: (r: EvidenceOut) => r.source_id },
  { sql: 'e.start', type: 'number', read: (r: EvidenceOut) => r.start },
  { sql: 'e.id', type: 'text', read: (r: EvidenceOut) => r.id },
]);
/** A span `e` as JSON, in SQL, with the columns its keyset reads. */
const SELECT = `SELECT e.id, e.source_id, e.start, e.version, json_object(${spanFields('e')},
  'version', e.version, 'created_at', e.created_at, 'updated_at', e.updated_at) AS json FROM evidence_spans e`;

export function createEvidenceRepository(connection: Connection) {
  const base = repositoryBase(connection);
  return {
    listEvidence(filters: AnyOf<{ source?: string }>, options: { limit: number; cursor?: string; scope?: string }) {
      return base.anyOfPage<EvidenceOut, { source?: string }>(filters, (f) => ({ select: SELECT, where: new Where().when(f.source, (s) => sql`e.source_id = ${s}`), keyset: KEYSET }), options);
    },
    findEvidence(id: string): JsonText<EvidenceOut> | undefined {
      return base.jsonRecord(`${SELECT} WHERE e.id = ?`, id);
    },
  };
}
