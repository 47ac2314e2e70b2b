/** Exports: collections as NDJSON and CSV, the knowledge base and its import, PLOVER events, caching, and a client that leaves. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDatabase, sqliteOf } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { prepareDatabase } from '../../src/db/setup.js';
import { ActorInput, ConflictInput, DateInput, EvidenceInput, IssueInput, ProposalInput, SourceInput, StatementInput } from '../../src/domain/inputs.js';
import { CSV_COLUMNS, csvField } from '../../src/exports/csv.js';
import { ImportError, importKnowledgeBase } from '../../src/exports/knowledge-base.js';
import { ACTOR_INCLUDES } from '../../src/repositories/actors.js';
import { DATE_INCLUDES } from '../../src/repositories/dates.js';
import { ISSUE_INCLUDES } from '../../src/repositories/issues.js';
import { PROPOSAL_INCLUDES } from '../../src/repositories/proposals.js';
import { SOURCE_INCLUDES } from '../../src/repositories/sources.js';
import { STATEMENT_INCLUDES } from '../../src/repositories/statements.js';
import { MAX_EXPORTS } from '../../src/routes/exports.js';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/writes/model.js';
import { TEST_KEY, createTestApp, tempDir } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ apiKeys: [TEST_KEY] });
});
afterAll(async () => t.close());

/** Every relation of each collection that has some: what GET /{collection}/{id} embeds. */
const INCLUDES: Partial<Record<(typeof COLLECTION_NAMES)[number], readonly string[]>> = {
  sources: SOURCE_INCLUDES,
  actors: ACTOR_INCLUDES,
  issues: ISSUE_INCLUDES,
  proposals: PROPOSAL_INCLUDES,
  statements: STATEMENT_INCLUDES,
  dates: DATE_INCLUDES,
};

const lines = (body: string) => body.split('\n').filter((l) => l !== '');
const ndjson = (body: string) => lines(body).map((l) => JSON.parse(l));

/** A CSV parser (RFC 4180) for checking what the export writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

/** Every id of a list, following its cursors. */
async function listIds(path: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await t.inject(`${path}${sep}limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.statusCode).toBe(200);
    const body = page.json();
    ids.push(...body.data.map((r: { id: string }) => r.id));
    cursor = body.next_cursor;
  } while (cursor);
  return ids;
}

describe('GET /export/{collection}.ndjson', () => {
  it('holds every record of every collection, each as GET /{collection}/{id} gives it, in the list\'s order', async () => {
    for (const collection of COLLECTION_NAMES) {
      const all = INCLUDES[collection];
      const res = await t.inject(`/export/${collection}.ndjson${all ? `?include=${all.join(',')}` : ''}`);
      expect(res.statusCode, collection).toBe(200);
      expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`inline; filename="${collection}.ndjson"`);
      const records = ndjson(res.body);
      const count = t.all<{ n: number }>(`SELECT count(*) AS n FROM ${COLLECTIONS[collection].table}`)[0]!.n;
      expect(records, collection).toHaveLength(count);
      expect(records.map((r) => r.id), collection).toEqual(await listIds(`/${collection}`));
      for (const record of records.slice(0, 5)) {
        const one = await t.inject(`/${collection}/${encodeURIComponent(record.id)}`);
        expect(record, `${collection}/${record.id}`).toEqual(one.json());
      }
    }
  });

  it('embeds what `include` names, and nothing by default, as the list', async () => {
    const bare = ndjson((await t.inject('/export/statements.ndjson')).body);
    const listed = (await t.inject('/statements?limit=100')).json().data;
    expect(bare.slice(0, listed.length)).toEqual(listed);
    const some = ndjson((await t.inject('/export/statements.ndjson?include=speaker,evidence')).body);
    expect(Object.keys(some[0]!)).toEqual([...Object.keys(bare[0]!), 'speaker', 'evidence']);
  });

  it('takes the list\'s filters, names and several values included, and `include`', async () => {
    const byName = ndjson((await t.inject('/export/statements.ndjson?speaker=lavrov')).body);
    expect(byName.map((s) => s.id)).toEqual(await listIds('/statements?speaker=sergei-lavrov'));
    expect(byName.every((s) => s.speaker_id === 'sergei-lavrov' && !('evidence' in s))).toBe(true);

    const several = ndjson((await t.inject('/export/statements.ndjson?speaker=sergei-lavrov,robert-gates&sort=-date&include=evidence')).body);
    expect(several.every((s) => s.evidence.length > 0)).toBe(true);
    expect(several.map((s) => s.id)).toEqual(await listIds('/statements?speaker=sergei-lavrov,robert-gates&sort=-date'));
    expect(new Set(several.map((s) => s.speaker_id))).toEqual(new Set(['sergei-lavrov', 'robert-gates']));

    const byIssue = ndjson((await t.inject('/export/statements.ndjson?issue=missile-defense,cfe-treaty&stance=opposes')).body);
    expect(byIssue.map((s) => s.id)).toEqual(await listIds('/statements?issue=missile-defense,cfe-treaty&stance=opposes'));
    expect(byIssue.length).toBeGreaterThan(0);

    const spans = ndjson((await t.inject('/export/evidence.ndjson?source=voa-2007-10-12')).body);
    expect(spans.map((s) => s.id)).toEqual(await listIds('/evidence?source=voa-2007-10-12'));
  });

  it('refuses what the list refuses, with the same problems', async () => {
    for (const query of ['from=2010&to=2000', 'speakr=lavrov', 'speaker=nobody-at-all', 'kind=speech', 'include=nonsense']) {
      const exported = await t.inject(`/export/statements.ndjson?${query}`);
      expect(exported.statusCode, query).toBe(400);
      if (query.startsWith('include')) continue;
      const listed = await t.inject(`/statements?${query}`);
      // The same parameter named, for the same reason (the parameters it takes differ: an export has no pages).
      const reasons = (res: typeof listed) => res.json().errors.map((e: { name: string; reason: string }) => [e.name, e.reason.split(' It takes')[0]]);
      expect(reasons(exported), query).toEqual(reasons(listed));
    }
  });

  it('answers an empty selection with an empty file', async () => {
    const res = await t.inject('/export/statements.ndjson?from=2030');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
  });
});

describe('GET /export/{collection}.csv', () => {
  it('writes a header and one row a record for every collection, in the documented columns', async () => {
    for (const collection of COLLECTION_NAMES) {
      const res = await t.inject(`/export/${collection}.csv`);
      expect(res.statusCode, collection).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      const [header, ...rows] = parseCsv(res.body);
      expect(header).toEqual(CSV_COLUMNS[collection].map((c) => c.name));
      const ids = ndjson((await t.inject(`/export/${collection}.ndjson`)).body).map((r) => r.id);
      expect(rows.map((r) => r[0])).toEqual(ids);
      expect(rows.every((r) => r.length === header!.length)).toBe(true);
    }
  });

  it('flattens relations to ;-joined ids, a date to its columns, and evidence to span ids', async () => {
    const [header, ...rows] = parseCsv((await t.inject('/export/statements.csv?speaker=sergei-lavrov')).body);
    const row = (id: string) => Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[0] === id)![i]]));
    const freeze = row('lavrov-urged-freeze');
    const record = (await t.inject('/statements/lavrov-urged-freeze')).json();
    expect(freeze.text).toBe(record.text);
    expect([freeze.date_value, freeze.date_precision, freeze.date_text]).toEqual([record.date.value, record.date.precision, record.date.text]);
    expect(freeze.issues).toBe(record.issues.map((i: { id: string }) => i.id).join(';'));
    expect(freeze.issues_stance).toBe(record.issues.map((i: { stance: string }) => i.stance).join(';'));
    expect(freeze.evidence).toBe(record.evidence.map((e: { id: string }) => e.id).join(';'));
    expect(freeze.note).toBe('');
  });

  it('quotes commas, quotes and line breaks, and keeps a formula-like cell as text', async () => {
    const [header, ...rows] = parseCsv((await t.inject('/export/statements.csv')).body);
    const record = (await t.inject('/statements/european-countries-great-concern')).json();
    const row = rows.find((r) => r[0] === record.id)!;
    expect(record.text).toMatch(/"/);
    expect(record.date.basis).toMatch(/[,;]/);
    expect(row[header!.indexOf('text')]).toBe(record.text);
    expect(row[header!.indexOf('date_basis')]).toBe(record.date.basis);
    expect(csvField('a "b", c\nd')).toBe('"a ""b"", c\nd"');
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });

  it('answers an empty selection with the header alone', async () => {
    const res = await t.inject('/export/dates.csv?from=2030');
    expect(res.statusCode).toBe(200);
    expect(parseCsv(res.body)).toEqual([CSV_COLUMNS.dates.map((c) => c.name)]);
  });
});

describe('the README\'s exports', () => {
  it('answer as written', async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Exports'), readme.indexOf('\n## ', readme.indexOf('## Exports') + 1));
    const urls = [...section.matchAll(/^curl -s +'?localhost:3000(\/[^' ]+)'?/gm)].map((m) => m[1]!);
    expect(urls).toHaveLength(4);
    for (const url of urls) {
      const res = await t.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(lines(res.body).length, url).toBeGreaterThan(1);
    }
  });
});

describe('an export\'s parameters', () => {
  it('are named when one is not taken, even by an export that takes none', async () => {
    const res = await t.inject('/export/knowledge-base.ndjson?x=1');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ name: 'query.x', reason: 'is not a parameter of this operation. It takes none.' }]);
  });
});

describe('an export that does not exist', () => {
  it('is a 404 problem listing the exports there are', async () => {
    for (const path of ['/export/statement.csv', '/export/statements.xml', '/export/knowledge-base.csv', '/export/']) {
      const res = await t.inject(path);
      expect(res.statusCode, path).toBe(404);
      expect(res.json().exports).toContain('statements.csv');
      expect(res.json().exports).toContain('knowledge-base.ndjson');
      expect(res.json().exports).toContain('events.plover.jsonl');
      expect(res.json().detail).toMatch(/The exports are .*statements\.ndjson/);
    }
  });
});

describe('the knowledge-base export', () => {
  const INPUTS = { source: SourceInput, evidence: EvidenceInput, actor: ActorInput, issue: IssueInput, proposal: ProposalInput, statement: StatementInput, date: DateInput, conflict: ConflictInput } as const;

  it('holds every record of every kind, each exactly a body the write API takes', async () => {
    const records = ndjson((await t.inject('/export/knowledge-base.ndjson')).body);
    for (const collection of COLLECTION_NAMES) {
      const count = t.all<{ n: number }>(`SELECT count(*) AS n FROM ${COLLECTIONS[collection].table}`)[0]!.n;
      expect(records.filter((r) => r.type === (collection === 'evidence' ? 'evidence' : collection.replace(/s$/, ''))), collection).toHaveLength(count);
    }
    for (const line of records) {
      const input = INPUTS[line.type as keyof typeof INPUTS];
      const { id: _id, ...fields } = line.record;
      const parsed = input.safeParse(line.type === 'evidence' ? line.record : fields);
      expect(parsed.success, `${line.type} ${line.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('round-trips: exported, imported into an empty database and exported again, it is the same bytes', async () => {
    // A record changed twice, so its version and times are not the seed's.
    const patched = await t.inject({ method: 'PATCH', url: '/actors/analysts', headers: { authorization: `Bearer ${TEST_KEY}`, 'if-match': '*' }, payload: { description: 'Unnamed analysts, changed.' } });
    expect(patched.statusCode).toBe(200);
    const first = (await t.inject('/export/knowledge-base.ndjson')).body;

    const empty = openDatabase(':memory:');
    migrateDatabase(empty.sqlite);
    const counts = importKnowledgeBase(empty, first.split('\n'));
    expect(counts.statements).toBe(t.all('SELECT id FROM statements').length);
    const app = await buildApp({ connection: empty });
    try {
      const second = (await app.inject('/export/knowledge-base.ndjson')).body;
      expect(second).toBe(first);
      expect(ndjson(second).find((l) => l.id === 'analysts')).toMatchObject({ version: 2 });
      // The import is in the change log, under its own key id.
      expect((empty.sqlite.prepare("SELECT count(*) AS n FROM changes WHERE key_id = 'import'").get() as { n: number }).n).toBe(ndjson(first).length);
    } finally {
      await app.close();
      empty.close();
    }
  });

  it('imports only into an empty database, and names every line at fault without writing anything', async () => {
    const text = (await t.inject('/export/knowledge-base.ndjson')).body;
    expect(() => importKnowledgeBase(t.connection, text.split('\n'))).toThrow(/already holds sources/);

    const broken = text.split('\n');
    const statement = broken.findIndex((l) => l.includes('"type":"statement"'));
    const line = JSON.parse(broken[statement]!);
    line.record.speaker_id = 'nobody-here';
    broken[statement] = JSON.stringify(line);
    broken.splice(3, 0, '{not json');
    const empty = openDatabase(':memory:');
    migrateDatabase(empty.sqlite);
    try {
      let error: unknown;
      try {
        importKnowledgeBase(empty, broken);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problems).toEqual([{ line: 4, field: '', message: expect.stringMatching(/not JSON/) }]);
      broken.splice(3, 1);
      try {
        importKnowledgeBase(empty, broken);
      } catch (e) {
        error = e;
      }
      expect((error as ImportError).problems).toContainEqual({ line: statement + 1, field: 'record.speaker_id', message: 'no actor has the id "nobody-here"' });
      expect((empty.sqlite.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(0);
    } finally {
      empty.close();
    }
  });
});

describe('importing a knowledge-base file', () => {
  const problemsOf = (lines: string[]) => {
    const empty = openDatabase(':memory:');
    migrateDatabase(empty.sqlite);
    try {
      importKnowledgeBase(empty, lines);
    } catch (error) {
      expect((empty.sqlite.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n).toBe(0);
      return (error as ImportError).problems;
    } finally {
      empty.close();
    }
    throw new Error('the import was accepted');
  };

  it('refuses a line the write API would refuse, or whose id, version or times are not sound, naming it', async () => {
    const lines = (await t.inject('/export/knowledge-base.ndjson')).body.split('\n').filter(Boolean);
    const edit = (type: string, change: (line: Record<string, any>) => void) => {
      const copy = [...lines];
      const at = copy.findIndex((l) => l.startsWith(`{"type":"${type}"`));
      const line = JSON.parse(copy[at]!);
      change(line);
      copy[at] = JSON.stringify(line);
      return { copy, line: at + 1 };
    };
    const cases: [string, (line: Record<string, any>) => void, string, RegExp][] = [
      ['source', (l) => (l.record.published = 12), 'record.published', /object/],
      ['source', (l) => (l.record.published = { value: '2007-13-45', precision: 'week', text: null, basis: null }), 'record.published.precision', /must be one of/],
      ['statement', (l) => (l.record.date = { value: 'garbage', precision: 'day', text: null, basis: null }), 'record.date.value', /ISO 8601/],
      ['actor', (l) => (l.record.kind = 'martian'), 'record.kind', /must be one of/],
      ['actor', (l) => (l.record.bogus_field = 1), 'record.bogus_field', /not a field/],
      ['actor', (l) => (l.id = l.record.id = 'Bad Id/../x'), 'record.id', /slug/],
      ['actor', (l) => (l.created_at = 'not a time'), 'created_at', /.+/],
      ['actor', (l) => (l.version = 1e20), 'version', /.+/],
      ['actor', (l) => (l.updated_at = '2000-01-01T00:00:00.000Z'), 'updated_at', /earlier than created_at/],
      ['evidence', (l) => (l.id = 'totally-wrong'), 'id', /the span's id/],
      ['source', (l) => (l.record.body = '   '), 'record.body', /must not be empty/],
      // Times are compared as times: 09:00 at UTC−5 is 14:00 UTC, after 10:00 UTC.
      ['actor', (l) => ((l.created_at = '2026-01-01T09:00:00.000-05:00'), (l.updated_at = '2026-01-01T10:00:00.000Z')), 'updated_at', /earlier than created_at/],
    ];
    for (const [type, change, field, message] of cases) {
      const { copy, line } = edit(type, change);
      expect(problemsOf(copy), `${type} ${field}`).toContainEqual({ line, field, message: expect.stringMatching(message) });
    }
    // A span a record cites must have its own line: a file cut short is not imported as if whole.
    const cited = lines.findIndex((l) => l.startsWith('{"type":"statement"'));
    const span = JSON.parse(lines[cited]!).record.evidence[0] as { source_id: string; start: number; end: number };
    const spanId = `${span.source_id}:${span.start}-${span.end}`;
    const withoutSpan = lines.filter((l) => !l.startsWith(`{"type":"evidence","id":${JSON.stringify(spanId)}`));
    expect(withoutSpan).toHaveLength(lines.length - 1);
    expect(problemsOf(withoutSpan)).toContainEqual({ line: cited, field: 'record', message: `cites the span ${spanId}, which no evidence line holds` });
    const evidence = lines.findIndex((l) => l.startsWith('{"type":"evidence"'));
    expect(problemsOf([...lines, lines[evidence]!])).toEqual([{ line: lines.length + 1, field: 'id', message: `repeats the evidence of line ${evidence + 1}` }]);
    expect(problemsOf([])).toEqual([{ line: 0, field: '', message: 'the file holds no records' }]);
    expect(problemsOf(['', '  '])).toEqual([{ line: 0, field: '', message: 'the file holds no records' }]);
  });

  it('npm run import says why it refused, and leaves no database it made behind', () => {
    const dir = tempDir();
    try {
      const database = join(dir.path, 'made', 'here', 'new.db');
      const empty = join(dir.path, 'empty.ndjson');
      writeFileSync(empty, '');
      const run = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/db/import.ts', file], { cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, DATABASE_PATH: database }, encoding: 'utf8' });
      const refused = run(empty);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('the file holds no records');
      expect(existsSync(join(dir.path, 'made'))).toBe(false);
      const folder = run(dir.path);
      expect(folder.status).toBe(1);
      expect(folder.stderr).toContain(`No file at ${dir.path}`);
    } finally {
      dir.remove();
    }
  }, 30_000);
});

describe('GET /export/events.plover.jsonl', () => {
  it('writes each statement as a PLOVER event, with the statements\' filters', async () => {
    const events = ndjson((await t.inject('/export/events.plover.jsonl?speaker=sergei-lavrov')).body);
    expect(events.map((e) => e.id)).toEqual(await listIds('/statements?speaker=sergei-lavrov'));
    const freeze = events.find((e) => e.id === 'lavrov-urged-freeze')!;
    expect(freeze).toMatchObject({
      has_event: true,
      date: '2007-10-12',
      enddate: '2007-10-12',
      date_precision: 'day',
      event: ['REQUEST'],
      quad_code: 3,
      source: [{ code: 'RUS', sector: 'GOV', identifier_id: 'sergei-lavrov', identifier_text: 'Sergei Lavrov', office: 'Foreign Minister', actor_text: 'Russian Foreign Minister Sergei Lavrov' }],
      recipient: [{ code: 'USA', sector: null, identifier_id: 'united-states' }],
      cite_info: { citation: 'xinhua-2007-10-14' },
      text_info: { start: 1257, end: 1425 },
    });
    expect(freeze.stances).toContainEqual({ type: 'proposal', id: 'russia-freeze-demand', stance: 'supports' });
  });

  it('gives a month its first and last day, an undated statement its known_by day, and an uncoded one no event', async () => {
    const all = ndjson((await t.inject('/export/events.plover.jsonl')).body);
    expect(all).toHaveLength(t.all('SELECT id FROM statements').length);
    const monthly = all.find((e) => e.id === 'european-countries-great-concern')!;
    expect([monthly.date, monthly.enddate, monthly.date_precision]).toEqual(['2007-07-01', '2007-07-31', 'month']);
    const undated = t.all<{ id: string; known_by: string }>('SELECT id, known_by FROM statements WHERE date_value IS NULL LIMIT 1')[0]!;
    expect(all.find((e) => e.id === undated.id)).toMatchObject({ date: null, enddate: undated.known_by, date_precision: 'undated' });
    const uncoded = t.all<{ id: string }>('SELECT id FROM statements WHERE plover_type IS NULL LIMIT 1')[0]!;
    expect(all.find((e) => e.id === uncoded.id)).toMatchObject({ has_event: false, event: [], quad_code: null });
  });
});

describe('export caching', () => {
  it('is revalidated with its ETag, which changes when anything is written', async () => {
    const first = await t.inject('/export/actors.ndjson');
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const tag = String(first.headers.etag);
    const again = await t.inject({ url: '/export/actors.ndjson', headers: { 'if-none-match': tag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await t.inject({ url: '/export/actors.ndjson?kind=state', headers: { 'if-none-match': tag } })).statusCode).toBe(200);
    await t.inject({ method: 'PATCH', url: '/actors/analysts', headers: { authorization: `Bearer ${TEST_KEY}`, 'if-match': '*' }, payload: { description: 'Changed again.' } });
    const after = await t.inject({ url: '/export/actors.ndjson', headers: { 'if-none-match': tag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(tag);
  });
});

describe('an export over HTTP', () => {
  let dir: ReturnType<typeof tempDir>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let connection: Awaited<ReturnType<typeof prepareDatabase>>['connection'];
  let port: number;
  beforeAll(async () => {
    dir = tempDir();
    ({ connection } = await prepareDatabase(join(dir.path, 'parley.db')));
    // Enough statements that an export takes many batches.
    sqliteOf(connection).exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
      INSERT INTO statements (id, kind, text, sort_date, speaker_label, version, created_at, updated_at)
      SELECT printf('bulk-%05d', i), 'paraphrase', printf('Bulk statement number %d, long enough to fill the socket quickly.', i), '', 'Bulk', 1, 'now', 'now' FROM n`);
    app = await buildApp({ connection });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
    connection.close();
    dir.remove();
  });

  it('stops reading at once when the client goes away', async () => {
    const received = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ port, path: '/export/statements.ndjson' }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > 10_000) {
            req.destroy();
            resolve(bytes);
          }
        });
      });
      req.on('error', (e) => (e.message.includes('aborted') || e.message.includes('socket hang up') ? undefined : reject(e)));
      req.end();
    });
    expect(received).toBeGreaterThan(10_000);
    // The export's reader is let go, and its read connection closed: nothing holds the log.
    await expect.poll(() => app.exportContext.active.count, { timeout: 2000 }).toBe(0);
    sqliteOf(connection).prepare("UPDATE statements SET note = 'after' WHERE id = 'bulk-00001'").run();
    await expect.poll(() => sqliteOf(connection).pragma('wal_checkpoint(TRUNCATE)'), { timeout: 2000 }).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
  });

  it('streams a whole large export, and answers 503 past the exports that may stream at once', async () => {
    const whole = await fetch(`http://127.0.0.1:${port}/export/statements.ndjson`);
    expect(whole.headers.get('transfer-encoding')).toBe('chunked');
    expect(lines(await whole.text())).toHaveLength(5_000 + 66);

    const held = await Promise.all(Array.from({ length: MAX_EXPORTS }, () => fetch(`http://127.0.0.1:${port}/export/statements.csv`)));
    const refused = await fetch(`http://127.0.0.1:${port}/export/statements.csv`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    await Promise.all(held.map((r) => r.body?.cancel()));
    await expect.poll(() => app.exportContext.active.count, { timeout: 2000 }).toBe(0);
    expect((await fetch(`http://127.0.0.1:${port}/export/statements.csv?from=2030`)).status).toBe(200);
  });
});
