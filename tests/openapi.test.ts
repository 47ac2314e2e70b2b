import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_RECORDS } from '../src/domain/schemas.js';
import { OPENAPI_FILE, renderOpenApi } from '../src/openapi.js';
import { createTestApp } from './helpers.js';

const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
const operations = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, ops]) =>
  Object.entries<any>(ops).map(([method, op]) => ({ path, method, op, name: `${method.toUpperCase()} ${path}` })),
);

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('openapi/openapi.json', () => {
  it('is the document the code generates (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(await renderOpenApi());
  });

  it('is the document the app serves', async () => {
    expect((await t.inject('/openapi.json')).json()).toEqual(doc);
  });

  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
  });
});

describe('every operation', () => {
  it.each(operations)('$name has an operationId, summary, description and declared tags', ({ op }) => {
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.summary?.length).toBeGreaterThan(5);
    expect(op.description?.length).toBeGreaterThan(20);
    expect(op.tags?.length).toBeGreaterThan(0);
    const declared = doc.tags.map((tag: { name: string }) => tag.name);
    for (const tag of op.tags) expect(declared).toContain(tag);
  });

  it('has a unique operationId', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(operations)('$name describes every parameter and documents its errors as problems', ({ op, method }) => {
    if (method !== 'get') expect(op.security, 'a write states its security requirement').toEqual([{ bearerAuth: [] }]);
    for (const parameter of op.parameters ?? []) expect(parameter.description, parameter.name).toBeTruthy();
    for (const [status, response] of Object.entries<any>(op.responses)) {
      const resolved = response.$ref ? doc.components.responses[response.$ref.split('/').pop()] : response;
      expect(resolved.description, status).toBeTruthy();
      if (Number(status) >= 400) expect(Object.keys(resolved.content)).toEqual(['application/problem+json']);
    }
    expect(Object.keys(op.responses).some((status) => status.startsWith('2')), 'documents its success').toBe(true);
  });
});

describe('schemas', () => {
  it('describe every tag, component and property', () => {
    for (const tag of doc.tags) expect(tag.description, tag.name).toBeTruthy();
    const undocumented: string[] = [];
    const walk = (schema: any, at: string) => {
      if (!schema || typeof schema !== 'object') return;
      for (const [name, property] of Object.entries<any>(schema.properties ?? {})) {
        if (!property.description && !property.$ref) undocumented.push(`${at}.${name}`);
        walk(property, `${at}.${name}`);
      }
      walk(schema.items, `${at}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf']) (schema[key] ?? []).forEach((s: any, i: number) => walk(s, `${at}|${i}`));
    };
    for (const [name, schema] of Object.entries<any>(doc.components.schemas)) {
      expect(schema.description, name).toBeTruthy();
      walk(schema, name);
    }
    for (const { name, op } of operations) {
      for (const [status, r] of Object.entries<any>(op.responses)) walk(r.content?.['application/json']?.schema, `${name} ${status}`);
      walk(op.requestBody?.content?.['application/json']?.schema, `${name} body`);
    }
    expect(undocumented).toEqual([]);
  });

  it('share reused shapes and error responses as named components', () => {
    for (const name of ['Problem', 'Evidence', 'DateValue', 'Actor', 'Statement', 'Proposal', 'Issue', 'Source', 'Date', 'Conflict']) {
      expect(doc.components.schemas).toHaveProperty(name);
    }
    expect(Object.keys(doc.components.responses)).toEqual(expect.arrayContaining(['BadRequest', 'NotFound']));
  });
});

/** Whether an answer is a JSON document (not an export's NDJSON or CSV). */
const isJson = (response: { headers: Record<string, unknown> }) => /^application\/(problem\+)?json/.test(String(response.headers['content-type'] ?? ''));

describe('examples', () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema({ ...doc, $id: 'openapi' });

  it('each component example fits its own schema', () => {
    const withExamples = Object.entries<any>(doc.components.schemas).filter(([, s]) => s.examples);
    expect(withExamples.length).toBeGreaterThan(3);
    for (const [name, schema] of withExamples) {
      const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)!;
      for (const example of schema.examples) expect(validate(example) ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('are the real records the API answers with', async () => {
    // All but the time the knowledge base was loaded, which is this test's and not the docs'.
    const loaded = async (url: string) => {
      const record = (await t.inject(url)).json();
      expect(record.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      return { ...record, created_at: EXAMPLE_RECORDS.actor.created_at, updated_at: EXAMPLE_RECORDS.actor.updated_at };
    };
    expect(await loaded('/statements/lavrov-urged-freeze?include=evidence')).toEqual(EXAMPLE_RECORDS.statement);
    expect(await loaded('/actors/sergei-lavrov?include=')).toEqual(EXAMPLE_RECORDS.actor);
    expect(await loaded('/conflicts/start-1-expiry-year')).toEqual(EXAMPLE_RECORDS.conflict);
  });

  it('each parameter example names a record that exists, and each filter example selects something', async () => {
    // A filter's example is in its description ("For example `iran`."), so that Swagger UI
    // does not fill it in; a path parameter's is its example.
    const exampleOf = (parameter: any): string | undefined =>
      parameter.example ?? /For example `([^`]+)`/.exec(parameter.description ?? parameter.schema?.description ?? '')?.[1];
    let checked = 0;
    for (const { path, method, op, name } of operations) {
      if (method !== 'get' || name === 'GET /changes/{id}') continue; // the log is empty on a fresh seed
      for (const parameter of op.parameters ?? []) {
        const example = exampleOf(parameter);
        if (example === undefined) continue;
        const url =
          parameter.in === 'path'
            ? path.replace(`{${parameter.name}}`, example)
            : `${path.replace('{id}', op.parameters.find((p: any) => p.in === 'path')?.example ?? '')}?${parameter.name}=${encodeURIComponent(example)}`;
        const response = await t.inject(url);
        expect(response.statusCode, url).toBe(200);
        // An export (NDJSON, CSV) selects something when it has a record past a CSV's header.
        if (!isJson(response)) expect(response.body.trim().split('\n').length, url).toBeGreaterThan(path.endsWith('.csv') ? 1 : 0);
        const body = isJson(response) ? response.json() : undefined;
        if (Array.isArray(body?.data)) expect(body.data.length, url).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

/**
 * What Swagger UI's "Try it out" → Execute sends with nothing typed: each path parameter,
 * and each query parameter that has an example, filled in with its example. The browser
 * check (`npm run docs:check`) presses the buttons; this sends the same requests.
 */
describe('every GET operation, tried with nothing typed', () => {
  const gets = operations.filter(({ method }) => method === 'get');
  const exampleOf = (parameter: any) => parameter.example ?? parameter.schema?.examples?.[0];
  const emptyOnAFreshSeed = new Set(['GET /changes', 'GET /changes/{id}']);

  it.each(gets)('$name answers 2xx, and a list opens on a page with data', async ({ path, op, name }) => {
    const parameters: any[] = op.parameters ?? [];
    let url = path;
    const query = new URLSearchParams();
    for (const parameter of parameters) {
      const example = exampleOf(parameter);
      if (parameter.in === 'path') {
        expect(example, `path parameter ${parameter.name} needs an example`).toBeDefined();
        url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(example)));
      } else if (parameter.in === 'query' && example !== undefined) query.set(parameter.name, String(example));
      if (parameter.in === 'query' && parameter.required) expect(example, `required parameter ${parameter.name} needs an example`).toBeDefined();
    }
    const response = await t.inject(`${url}${query.size ? `?${query}` : ''}`);
    if (emptyOnAFreshSeed.has(name)) {
      // The change log holds API writes only, and the seed is loaded, not written through the API.
      expect([200, 404]).toContain(response.statusCode);
      return;
    }
    expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(300);
    if (!isJson(response)) expect(response.body.length, `${name} with its examples answers an empty file`).toBeGreaterThan(0);
    const body = isJson(response) ? response.json() : undefined;
    if (Array.isArray(body?.data)) expect(body.data.length, `${name} with its examples answers an empty page`).toBeGreaterThan(0);
  });
});
