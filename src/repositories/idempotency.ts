import { createHash } from 'node:crypto';
import type { Connection } from '../db/client.js';
import { ProblemError } from '../domain/problem.js';

export interface StoredAnswer {
  status: number;
  body: unknown;
  /** The Location header the first answer carried, so a replay carries it too. */
  location?: string;
}

/**
 * Answers remembered by Idempotency-Key, per API key. A retry with the same body
 * gets the first answer again; the same key with another body is refused.
 */
export function createIdempotencyStore(connection: Connection) {
  const find = connection.prepare('SELECT request_hash, status, response, location FROM idempotency_keys WHERE key_id = ? AND idempotency_key = ?');
  const save = connection.prepare('INSERT INTO idempotency_keys (key_id, idempotency_key, request_hash, status, response, location, at) VALUES (?, ?, ?, ?, ?, ?, ?)');

  return {
    hashRequest(method: string, url: string, body: unknown): string {
      return createHash('sha256').update(`${method} ${url}\n${JSON.stringify(body ?? null)}`).digest('hex');
    },

    /** The first answer to this key, or undefined; a different request under the same key is a 422. */
    recall(keyId: string, key: string, requestHash: string): StoredAnswer | undefined {
      const row = find.get(keyId, key) as { request_hash: string; status: number; response: string; location: string | null } | undefined;
      if (!row) return undefined;
      if (row.request_hash !== requestHash) {
        throw new ProblemError('unprocessable', 'This Idempotency-Key was already used for a different request.', [
          { name: 'header.idempotency-key', reason: 'was used before with another method, path or body' },
        ]);
      }
      return { status: row.status, body: JSON.parse(row.response), ...(row.location !== null ? { location: row.location } : {}) };
    },

    remember(keyId: string, key: string, requestHash: string, answer: StoredAnswer, at: string): void {
      save.run(keyId, key, requestHash, answer.status, JSON.stringify(answer.body), answer.location ?? null, at);
    },
  };
}
