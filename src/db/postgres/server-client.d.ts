/** A client of a PostgreSQL server through `pg` (server-client.js: plain JavaScript, so that the bridge thread loads it with no compiler). */
export interface Result {
  rows: Record<string, unknown>[];
  fields: { name: string }[];
  rowCount: number;
}
export interface Client {
  query(text: string, params: unknown[], prepare?: boolean): Promise<Result>;
  close(): Promise<void>;
  /** Drops the connection at once, whatever it is doing (its queries fail). */
  destroy(): void;
  /** Whether the connection has ended or failed. */
  readonly gone: boolean;
}
export const PARSERS: Record<number, (text: string) => unknown>;
export function connectServer(target: { url: string; readOnly?: boolean | undefined; statementTimeoutMs?: number | undefined; lockTimeoutMs?: number | undefined; name?: string | undefined }): Promise<Client>;
