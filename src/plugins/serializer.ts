/**
 * Responses are serialized by code compiled once per route from the route's zod
 * schema (fast-json-stringify over the schema's JSON Schema), instead of checking
 * every response against zod at run time. The contract tests check that what the
 * routes send matches the schemas; this only writes it out fast.
 */
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  if (!(schema instanceof z.ZodType)) return (data) => JSON.stringify(data);
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
  return fastJson(json as Parameters<typeof fastJson>[0]);
};
