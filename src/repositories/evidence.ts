import type { z } from 'zod';
import type { Connection } from '../db/client.js';
import type { EvidenceRecord } from '../domain/schemas.js';
import { repositoryBase } from './common.js';
import { Keyset, Where } from './sql.js';

export type EvidenceOut = z.infer<typeof EvidenceRecord>;

const KEYSET = new Keyset('evidence', [
  { sql: 'e.source_id', type: 'text', read: (r: EvidenceOut) => r.source_id },
  { sql: 'e.start', type: 'number', read: (r: EvidenceOut) => r.start },
  { sql: 'e.id', type: 'text', read: (r: EvidenceOut) => r.id },
]);
const SELECT = 'SELECT e.id, e.source_id, e.start, e."end", e.exact, e.version, e.created_at, e.updated_at FROM evidence_spans e';

export function createEvidenceRepository(connection: Connection) {
  const base = repositoryBase(connection);
  return base.reads({
    listEvidence(filters: { source?: string }, options: { limit: number; cursor?: string }) {
      const where = new Where().when(filters.source, (s) => ['e.source_id = ?', s]);
      return base.page<EvidenceOut, EvidenceOut>({ select: SELECT, where, keyset: KEYSET, ...options }, (rows) => rows);
    },
    findEvidence(id: string): EvidenceOut | undefined {
      return base.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EvidenceOut | undefined;
    },
  });
}
