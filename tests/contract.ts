/**
 * Checks a response against the committed OpenAPI document: the status must be
 * documented for the operation, and a JSON body must match the documented schema.
 * The route tests send every request through `inject` below, so every response the
 * suite produces is checked.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { OPENAPI_FILE } from '../src/openapi.js';

const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...doc, $id: 'openapi' });

const routes = Object.keys(doc.paths).map((path) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

export function checkContract(method: string, url: string, response: LightMyRequestResponse): void {
  const path = url.split('?')[0]!;
  if (path === '/docs' || path.startsWith('/docs/')) return; // the explorer's HTML and assets are not API operations
  const route = routes.find((r) => r.pattern.test(path));
  const operation = route && doc.paths[route.path][method.toLowerCase()];
  if (!operation) {
    expect(response.statusCode, `${method} ${url} is not documented, so it must be a 404`).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return;
  }
  const status = String(response.statusCode);
  if (status === '304') return;
  expect(Object.keys(operation.responses), `${method} ${route.path} does not document ${status}`).toContain(status);
  let documented = operation.responses[status];
  if (documented.$ref) documented = doc.components.responses[documented.$ref.split('/').pop()];
  const content = documented.content;
  if (!content) return;
  const [type, media] = Object.entries(content)[0] as [string, { schema: unknown }];
  const expectedType = status.startsWith('2') ? 'application/json' : 'application/problem+json';
  expect(response.headers['content-type'], `${method} ${url}`).toMatch(new RegExp(`^${expectedType.replace('+', '\\+')}`));
  if (type.includes('json') && media.schema) {
    const where = operation.responses[status].$ref
      ? pointer('components', 'responses', operation.responses[status].$ref.split('/').pop(), 'content', type, 'schema')
      : pointer('paths', route.path, method.toLowerCase(), 'responses', status, 'content', type, 'schema');
    const validate = ajv.getSchema(`openapi#/${where}`)!;
    const ok = validate(response.json());
    expect(ok ? [] : validate.errors, `${method} ${url} -> ${status} does not match its documented schema`).toEqual([]);
  }
}

export type Inject = (options: InjectOptions | string) => Promise<LightMyRequestResponse>;

export function contractInject(app: { inject: (o: InjectOptions) => Promise<LightMyRequestResponse> }): Inject {
  return async (options) => {
    const o: InjectOptions = typeof options === 'string' ? { method: 'GET', url: options } : options;
    const response = await app.inject(o);
    checkContract(o.method ?? 'GET', String(o.url), response);
    return response;
  };
}
