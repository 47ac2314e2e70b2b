/**
 * Opaque keyset cursors. A cursor carries the sort key of the last row a page
 * returned and the name of the ordering it belongs to, base64url-encoded. Anything
 * that does not decode to exactly that shape is refused, so a tampered cursor is a
 * 400, never a 500.
 */
export type CursorKey = (string | number | null)[];

export class CursorError extends Error {
  override name = 'CursorError';
}

export function encodeCursor(order: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ o: order, k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, length: number): CursorKey {
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
  return (parsed as { k: CursorKey }).k;
}
