/**
 * Opaque keyset cursors. A cursor carries the sort key of the last row a page
 * returned, the name of the ordering it belongs to and the scope of the request that
 * made it (a digest of its filters), base64url-encoded. Anything that does not decode
 * to exactly that shape is refused, so a tampered cursor is a 400, never a 500; and a
 * cursor brought to the same list with other filters is refused too, instead of
 * answering a page of one list that starts where another list stopped.
 */
import { createHash } from 'node:crypto';

export type CursorKey = (string | number | null)[];

/**
 * The scope of a list request: a digest of its filters (every parameter but `limit`,
 * `cursor` and `include`, which may change from page to page). Sets and arrays count
 * as their sorted values, so `a,b` and `b,a` are one scope.
 */
export function cursorScope(filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .filter((k) => filters[k] !== undefined && k !== 'limit' && k !== 'cursor' && k !== 'include')
    .sort()
    .map((k) => {
      const v = filters[k];
      return [k, v instanceof Set || Array.isArray(v) ? [...v].map(String).sort() : v];
    });
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 12);
}

export class CursorError extends Error {
  override name = 'CursorError';
}

export function encodeCursor(order: string, key: CursorKey, scope = ''): string {
  return Buffer.from(JSON.stringify({ o: order, k: key, s: scope }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, length: number, scope = ''): CursorKey {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('The cursor is not one this API issued.');
  }
  const ok =
    parsed !== null &&
    typeof parsed === 'object' &&
    (parsed as { o?: unknown }).o === order &&
    Array.isArray((parsed as { k?: unknown }).k) &&
    (parsed as { k: unknown[] }).k.length === length &&
    (parsed as { k: unknown[] }).k.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!ok) throw new CursorError('The cursor is not one this API issued for this list.');
  if ((parsed as { s?: unknown }).s !== scope) {
    throw new CursorError('The cursor was issued for this list with other filters: send it with the same filters as the page it came from (only `limit` and `include` may change), or start again without a cursor.');
  }
  return (parsed as { k: CursorKey }).k;
}
