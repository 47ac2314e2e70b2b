/**
 * Finishing touches on the generated OpenAPI document that the generator cannot
 * express from the route schemas alone: problem responses as shared components
 * served as `application/problem+json`, success responses described by their
 * schema, parameter examples lifted to where Swagger UI shows them, and unused
 * input variants of the response schemas dropped.
 */
import { PROBLEMS, problem, type ProblemCode } from '../domain/problem.js';

type Json = Record<string, any>;

/** A problem answer's content, with an example of that status (so a 503 is not shown as a 400). */
function problemContent(status: string, description: string): Json {
  const code = (Object.entries(PROBLEMS).find(([, p]) => String(p.status) === status)?.[0] ?? 'internal') as ProblemCode;
  return { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: { ...problem(code, description), request_id: '6f1c2a4e-0b7d-4f53-9a1e-2d8c5b7e9f30' } } };
}

const PROBLEM_RESPONSES: Record<string, { name: string; description: string }> = {
  '400': { name: 'BadRequest', description: 'A parameter is invalid; `errors` names each one.' },
  '401': { name: 'Unauthorized', description: 'No API key, or not a valid one.' },
  '403': { name: 'ReadOnly', description: 'The service is read-only: it was started without an API key.' },
  '404': { name: 'NotFound', description: 'No record has this id.' },
  '412': { name: 'PreconditionFailed', description: 'If-Match names a version that is no longer current: someone else changed the record.' },
  '422': { name: 'Unprocessable', description: 'The body refers to records that do not exist, or evidence that is not in its source; `errors` names each field.' },
  '428': { name: 'PreconditionRequired', description: 'If-Match is missing.' },
  '413': { name: 'PayloadTooLarge', description: 'The body is larger than 4 MB.' },
  '429': { name: 'TooManyRequests', description: 'Too many writes from this client; retry after `Retry-After` seconds.' },
  '503': { name: 'ServiceUnavailable', description: 'The service is overloaded or the database unavailable; retry after `Retry-After` seconds.' },
  '507': { name: 'InsufficientStorage', description: 'The database has no room for the write; nothing was written, and reads still work.' },
};

export function finishDocument(doc: Json): Json {
  const components = (doc.components ??= {});
  components.responses ??= {};
  for (const { name, description } of Object.values(PROBLEM_RESPONSES)) {
    const status = Object.entries(PROBLEM_RESPONSES).find(([, r]) => r.name === name)![0];
    components.responses[name] = { description, content: problemContent(status, description) };
  }

  for (const [path, operations] of Object.entries<Json>(doc.paths ?? {})) {
    for (const operation of Object.values<Json>(operations)) {
      // An export streams a file: its success is that file, not a JSON body the route's schema states.
      const exported = /^\/export\/.+\.(ndjson|jsonl|csv)$/.exec(path);
      if (exported) {
        const type = exported[1] === 'csv' ? 'text/csv' : 'application/x-ndjson';
        operation.responses = {
          200: { description: `The file, streamed (\`${type}\`).`, content: { [type]: { schema: { type: 'string' } } } },
          304: { description: 'The client\'s copy (its `If-None-Match`) is current: nothing has been written since.' },
          ...operation.responses,
        };
      }
      for (const parameter of operation.parameters ?? []) {
        const examples = parameter.schema?.examples;
        if (Array.isArray(examples) && examples.length > 0 && parameter.example === undefined) parameter.example = examples[0];
        // A list of values in a query parameter is sent comma-separated (`status=tabled,accepted`).
        if (parameter.in === 'query' && parameter.schema?.type === 'array') Object.assign(parameter, { style: 'form', explode: false });
      }
      for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) {
        const shared = PROBLEM_RESPONSES[status];
        if (!shared && Number(status) >= 400) {
          operation.responses[status] = { description: response.description, content: problemContent(status, response.description) };
          continue;
        }
        if (shared) {
          const specific = response.description && response.description !== shared.description ? response.description : undefined;
          operation.responses[status] = specific
            ? { description: specific, content: problemContent(status, specific) }
            : { $ref: `#/components/responses/${shared.name}` };
          continue;
        }
        if (response.description === 'Default Response') {
          const ref: string | undefined = response.content?.['application/json']?.schema?.$ref;
          const target = ref ? components.schemas?.[ref.split('/').pop()!] : response.content?.['application/json']?.schema;
          response.description = target?.description ?? 'Success.';
        }
      }
    }
  }

  pruneUnreferenced(doc);
  dropSafeIntegerBounds(doc);
  // Components in name order, so the document is the same however the app was built.
  if (components.schemas) components.schemas = Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => a.localeCompare(b)));
  return doc;
}

/**
 * zod writes ±(2^53 − 1) as the bounds of every integer, which says nothing to a
 * reader, and Swagger UI shows the minimum as the example value (`"status": -9007199254740991`).
 */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(dropSafeIntegerBounds);
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  if (object.minimum === Number.MIN_SAFE_INTEGER) delete object.minimum;
  if (object.maximum === Number.MAX_SAFE_INTEGER) delete object.maximum;
  Object.values(object).forEach(dropSafeIntegerBounds);
}

/** Removes schema components nothing refers to (zod emits an input twin of every response schema). */
function pruneUnreferenced(doc: Json): void {
  const schemas: Json = doc.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(doc.paths);
  visit(doc.components?.responses);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
