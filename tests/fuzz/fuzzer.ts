/**
 * Contract fuzzing: requests for every operation of the committed OpenAPI document,
 * valid and invalid — parameters, bodies, headers, cursors, ids — sent through
 * `app.inject`. Every response must carry a documented status with the documented
 * content type and shape and never be a 5xx; input known to be invalid must get a
 * 4xx problem; a record deleted must answer 404 afterwards.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { loadSeed, writeSeed } from '../../seed/loader.js';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { contractViolations, doc } from '../contract-core.js';

export const FUZZ_KEY = 'fuzz-key-0123456789abcdef';

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: unknown;
  /** Certainly invalid by construction, so it must be refused with a 4xx. */
  invalid: string | false;
}

const EVIDENCE = [{ source_id: 'voa-2007-10-12', exact: 'Lavrov did not budge' }];
const DATE = { value: '2007-10-12', precision: 'day', text: null, basis: null };

/** A valid body for each write, with the free text left to the fuzzer. */
const VALID_BODIES: Record<string, (text: string) => Record<string, unknown>> = {
  'POST /sources': (text) => ({ title: text, body: `An article. ${text}` }),
  'POST /evidence': () => ({ source_id: 'voa-2007-10-12', exact: 'Foreign Minister Lavrov did not budge' }),
  'POST /actors': (text) => ({ name: text, kind: 'person', evidence: EVIDENCE }),
  'POST /issues': (text) => ({ name: text, description: text, evidence: EVIDENCE }),
  'POST /proposals': (text) => ({
    title: text,
    kind: 'offer',
    summary: text,
    participants: [{ actor_id: 'russia', role: 'proposer' }],
    issues: [{ issue_id: 'cfe-treaty' }],
    history: [{ status: 'tabled', date: DATE, evidence: EVIDENCE }],
    evidence: EVIDENCE,
  }),
  'POST /proposals/{id}/statuses': (text) => ({ status: 'under_consideration', note: text, evidence: EVIDENCE }),
  'POST /statements': (text) => ({ speaker_id: 'sergei-lavrov', kind: 'paraphrase', text, date: DATE, issues: [{ issue_id: 'missile-defense', stance: 'opposes' }], evidence: EVIDENCE }),
  'POST /dates': (text) => ({ kind: 'meeting', label: text, date: DATE, evidence: EVIDENCE }),
  'POST /conflicts': (text) => ({
    subject: { type: 'actor', id: 'robert-gates' },
    property: 'name',
    summary: text,
    versions: [
      { value: 'Robert Gates', evidence: [{ source_id: 'voa-2007-10-12', exact: 'U.S. Defense Secretary Robert Gates used' }] },
      { value: text, evidence: EVIDENCE },
    ],
  }),
  'PATCH /sources/{id}': (text) => ({ notes: text }),
  'PATCH /evidence/{id}': () => ({ exact: 'Foreign Minister Lavrov did not budge' }),
  'PATCH /actors/{id}': (text) => ({ description: text }),
  'PATCH /issues/{id}': (text) => ({ description: text }),
  'PATCH /proposals/{id}': (text) => ({ summary: text }),
  'PATCH /statements/{id}': (text) => ({ note: text }),
  'PATCH /dates/{id}': (text) => ({ note: text }),
  'PATCH /conflicts/{id}': (text) => ({ note: text }),
};

const COLLECTION_TABLES: Record<string, string> = {
  sources: 'sources',
  evidence: 'evidence_spans',
  actors: 'actors',
  issues: 'issues',
  proposals: 'proposals',
  statements: 'statements',
  dates: 'dates',
  conflicts: 'contested_claims',
};

export interface FuzzResult {
  seed: number;
  runs: number;
  requests: number;
  byStatus: Record<string, number>;
  failure?: string;
  counterexample?: unknown;
}

export async function fuzz({ numRuns, seed = Date.now() % 2 ** 31 }: { numRuns: number; seed?: number }): Promise<FuzzResult> {
  const connection = openDatabase(':memory:');
  migrateDatabase(connection.sqlite);
  writeSeed(connection, loadSeed());
  const app = await buildApp({ connection, apiKeys: [FUZZ_KEY], protection: { writeRateLimit: 1_000_000, maxEventLoopDelayMs: 0 } });
  const ids = (collection: string) =>
    (connection.sqlite.prepare(`SELECT id FROM ${COLLECTION_TABLES[collection]} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
  const knownIds = Object.fromEntries(Object.keys(COLLECTION_TABLES).map((c) => [c, ids(c)]));
  const deleted = new Set<string>();

  const operations = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, ops]) => Object.entries<any>(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  const text = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.constantFrom('Lavrov', 'missile', '"quoted" words', 'AND NEAR(', '🚀', ' ', '\u0000'));

  function parameterValue(parameter: any): fc.Arbitrary<{ value: string; invalid: string | false }> {
    const schema = parameter.schema ?? {};
    const junk = fc.string({ maxLength: 30 }).map((value) => ({ value, invalid: false as const }));
    const valid: fc.Arbitrary<{ value: string; invalid: string | false }>[] = [];
    if (Array.isArray(schema.enum)) {
      valid.push(fc.constantFrom(...schema.enum).map((v) => ({ value: String(v), invalid: false as const })));
      return fc.oneof(...valid, fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !schema.enum.includes(s)).map((value) => ({ value, invalid: `${parameter.name} outside its enum` })));
    }
    if (schema.type === 'integer' || schema.type === 'number') {
      const min = schema.minimum ?? 1;
      const max = schema.maximum ?? 100;
      return fc.oneof(
        fc.integer({ min, max }).map((n) => ({ value: String(n), invalid: false as const })),
        fc.oneof(fc.integer({ min: -1000, max: min - 1 }), fc.integer({ min: max + 1, max: 100_000 })).map((n) => ({ value: String(n), invalid: `${parameter.name}=${n} out of range` })),
        fc.constantFrom('ten', '1.5', '').map((v) => ({ value: v, invalid: (v === '' ? false : `${parameter.name} not a whole number`) as string | false })),
      );
    }
    if (parameter.name === 'cursor') {
      return fc.oneof(junk, fc.base64String({ maxLength: 40 }).map((value) => ({ value, invalid: false as const })));
    }
    if (parameter.example !== undefined) valid.push(fc.constant({ value: String(parameter.example), invalid: false as const }));
    return valid.length ? fc.oneof(...valid, junk) : junk;
  }

  function requestFor(operation: { path: string; method: string; op: any }): fc.Arbitrary<FuzzRequest> {
    const collection = operation.path.split('/')[1]!;
    const parameters: any[] = operation.op.parameters ?? [];
    const pathId = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(knownIds[collection]?.length ? knownIds[collection]! : ['none'])) },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constant('__deleted__') },
    );
    const query = fc.tuple(...parameters.filter((p) => p.in === 'query').map((p) => fc.option(parameterValue(p).map((v) => ({ name: p.name as string, ...v })), { nil: undefined })));
    const key = `${operation.method} ${operation.path}`;
    const writes = operation.method !== 'GET';
    const auth = fc.constantFrom<[string | undefined, string | false]>([`Bearer ${FUZZ_KEY}`, false], [`Bearer ${FUZZ_KEY}`, false], [`Bearer ${FUZZ_KEY}`, false], [undefined, 'no key'], ['Bearer wrong-key-0000000000', 'wrong key'], ['Basic abc', 'wrong scheme']);
    const ifMatch = fc.constantFrom<string | undefined>(undefined, '*', '"1"', '"2.x"', 'garbage', '*');
    const body = VALID_BODIES[key]
      ? fc.oneof(
          { weight: 3, arbitrary: text.map((t) => ({ payload: VALID_BODIES[key]!(t) as unknown, invalid: false as string | false })) },
          { weight: 1, arbitrary: text.map((t) => ({ payload: { ...VALID_BODIES[key]!(t), unexpected_field: t } as unknown, invalid: 'unknown field' as string | false })) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((payload) => ({ payload, invalid: 'random body' as string | false })) },
        )
      : fc.constant({ payload: undefined as unknown, invalid: false as string | false });
    return fc.record({ id: pathId, query, auth, ifMatch, body, idempotency: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }) }).map(({ id, query: q, auth: [authorization, authInvalid], ifMatch: match, body: b, idempotency }) => {
      const pathValue = id === '__deleted__' ? ([...deleted].find((d) => d.startsWith(`/${collection}/`))?.split('/')[2] ?? 'gone') : id;
      const search = new URLSearchParams();
      for (const item of q) if (item) search.set(item.name, item.value);
      const url = operation.path.replace('{id}', encodeURIComponent(pathValue)) + (search.size ? `?${search}` : '');
      const headers: Record<string, string> = {};
      if (writes && authorization) headers.authorization = authorization;
      if (writes && match) headers['if-match'] = match;
      if (writes && idempotency && operation.method === 'POST') headers['idempotency-key'] = idempotency;
      const invalid = (writes && authInvalid) || q.find((item) => item?.invalid)?.invalid || (writes ? b.invalid : false) || false;
      return { method: operation.method, url, headers, payload: b.payload, invalid };
    });
  }

  let requests = 0;
  const byStatus: Record<string, number> = {};
  const send = async (r: FuzzRequest): Promise<LightMyRequestResponse> => {
    requests++;
    const response = await app.inject({
      method: r.method as 'GET',
      url: r.url,
      headers: { ...r.headers, ...(r.payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(r.payload !== undefined ? { payload: JSON.stringify(r.payload) } : {}),
    });
    byStatus[response.statusCode] = (byStatus[response.statusCode] ?? 0) + 1;
    return response;
  };

  const property = fc.asyncProperty(fc.constantFrom(...operations).chain(requestFor), async (request) => {
    const response = await send(request);
    const problems = contractViolations(request.method, request.url, response);
    if (response.statusCode >= 500) problems.push(`5xx: ${response.statusCode} ${response.body.slice(0, 300)}`);
    if (request.invalid && (response.statusCode < 400 || response.statusCode >= 500)) problems.push(`invalid input (${request.invalid}) answered ${response.statusCode}`);
    if (request.method === 'DELETE' && response.statusCode === 204) {
      const path = request.url.split('?')[0]!;
      deleted.add(path);
      const after = await send({ method: 'GET', url: path, headers: {}, invalid: false });
      if (after.statusCode !== 404) problems.push(`${path} answered ${after.statusCode} after it was deleted`);
    }
    if (problems.length) throw new Error(`${request.method} ${request.url}\n${problems.join('\n')}`);
  });

  const result = await fc.check(property, { numRuns, seed, endOnFailure: true });
  await app.close();
  connection.close();
  return {
    seed,
    runs: result.numRuns,
    requests,
    byStatus,
    ...(result.failed ? { failure: String((result.errorInstance as Error | undefined)?.message ?? 'the property failed'), counterexample: result.counterexample } : {}),
  };
}
