/**
 * Responses are serialized by code compiled per route and status from the route's zod
 * schema (fast-json-stringify over the schema's JSON Schema), instead of checking
 * every response against zod at run time. The contract tests check that what the
 * routes send matches the schemas; this only writes it out fast.
 *
 * A body SQLite has already written as JSON (a `JsonText`) is sent as it is.
 *
 * Each serializer is compiled when its route first answers with that status, not at
 * start-up: compiling all of them takes about half a second, and most are rarely used.
 */
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';
import { JsonText } from '../domain/json.js';

export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  if (!(schema instanceof z.ZodType)) return (data) => JSON.stringify(data);
  let compiled: ((data: unknown) => string) | undefined;
  return (data) => {
    if (data instanceof JsonText) return data.text;
    compiled ??= fastJson(z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as Parameters<typeof fastJson>[0]);
    return compiled(data);
  };
};
