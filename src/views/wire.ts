/**
 * What crosses between a view thread and the main thread. Structured cloning keeps
 * plain values but not classes, so a JsonText answer and the errors a view may throw
 * are written out and made again on the other side.
 */
import { PostgresError } from '../db/postgres/bridge.js';
import { CursorError } from '../domain/cursor.js';
import { JsonText } from '../domain/json.js';
import { type Problem, type ProblemCode, ProblemError } from '../domain/problem.js';

export type WireValue = { json: string; version?: number } | { value: unknown };

export type WireError =
  | { kind: 'problem'; code: ProblemCode; message: string; errors?: Problem['errors']; extensions?: Record<string, unknown> }
  | { kind: 'cursor'; message: string }
  /** A database's refusal keeps its code (and PostgreSQL's its details), which say whether it is the client's to retry (refusalOf). */
  | { kind: 'database'; name: string; message: string; code: string; detail?: string | undefined; constraint?: string | undefined }
  | { kind: 'error'; message: string; stack?: string };

export interface ViewRequest {
  id: number;
  name: string;
  args: unknown[];
}

export type ViewResponse = { id: number; ok: true; result: WireValue } | { id: number; ok: false; error: WireError };

export const toWire = (value: unknown): WireValue => (value instanceof JsonText ? { json: value.text, version: value.version } : { value });
export const fromWire = (wire: WireValue): unknown => ('json' in wire ? new JsonText(wire.json, wire.version) : wire.value);

export function errorToWire(error: unknown): WireError {
  if (error instanceof ProblemError) return { kind: 'problem', code: error.code, message: error.message, errors: error.errors, extensions: error.extensions };
  if (error instanceof CursorError) return { kind: 'cursor', message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  const { code, detail, constraint } = e as { code?: unknown; detail?: string; constraint?: string };
  if (typeof code === 'string') return { kind: 'database', name: e.name, message: e.message, code, detail, constraint };
  return { kind: 'error', message: e.message, stack: e.stack };
}

export function errorFromWire(wire: WireError): Error {
  if (wire.kind === 'problem') return new ProblemError(wire.code, wire.message, wire.errors, wire.extensions);
  if (wire.kind === 'cursor') return new CursorError(wire.message);
  if (wire.kind === 'database') {
    if (wire.name === 'PostgresError') return new PostgresError(wire.message, wire.code, wire.detail, wire.constraint);
    return Object.assign(new Error(wire.message), { name: wire.name, code: wire.code });
  }
  const error = new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
