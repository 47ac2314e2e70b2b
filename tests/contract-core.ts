/**
 * Checks a response against the committed OpenAPI document: the status must be
 * documented for the operation, with the documented content type, and a JSON body
 * must match the documented schema. Shared by the route tests and the fuzzer.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { LightMyRequestResponse } from 'fastify';
import { OPENAPI_FILE } from '../src/openapi.js';

export const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...doc, $id: 'openapi' });

const routes = Object.keys(doc.paths).map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** What is wrong with a response by the document: an undocumented status, content type or shape. Empty when nothing is. */
export function contractViolations(method: string, url: string, response: LightMyRequestResponse): string[] {
  const path = url.split('?')[0]!;
  if (path === '/docs' || path.startsWith('/docs/')) return []; // the explorer's HTML and assets are not API operations
  const route = routes.find((r) => r.pattern.test(path));
  const operation = route && doc.paths[route.path][method.toLowerCase()];
  const contentType = String(response.headers['content-type'] ?? '');
  if (!operation) {
    const problems = response.statusCode === 404 ? [] : [`${method} ${url} is not documented, so it must be a 404, not ${response.statusCode}`];
    if (!contentType.startsWith('application/problem+json')) problems.push(`${method} ${url}: an unknown route must answer a problem`);
    return problems;
  }
  const status = String(response.statusCode);
  if (status === '304') return [];
  if (!(status in operation.responses)) return [`${method} ${route.path} does not document ${status}: ${response.body.slice(0, 300)}`];
  let documented = operation.responses[status];
  if (documented.$ref) documented = doc.components.responses[documented.$ref.split('/').pop()];
  const content = documented.content;
  if (!content) return [];
  const [type, media] = Object.entries(content)[0] as [string, { schema: unknown }];
  // A success is in the type the document gives it (JSON, or an export's NDJSON or CSV); a failure is a problem.
  const expectedType = status.startsWith('2') ? type : 'application/problem+json';
  if (!contentType.startsWith(expectedType)) return [`${method} ${url} -> ${status} has content type ${contentType}, not ${expectedType}`];
  if ((type === 'application/json' || type.endsWith('+json')) && media.schema) {
    const where = operation.responses[status].$ref
      ? pointer('components', 'responses', operation.responses[status].$ref.split('/').pop(), 'content', type, 'schema')
      : pointer('paths', route.path, method.toLowerCase(), 'responses', status, 'content', type, 'schema');
    const validate = ajv.getSchema(`openapi#/${where}`)!;
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return [`${method} ${url} -> ${status} is not JSON`];
    }
    if (!validate(body)) return [`${method} ${url} -> ${status} does not match its documented schema: ${JSON.stringify(validate.errors).slice(0, 500)}`];
  }
  return [];
}
