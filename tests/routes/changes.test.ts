import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES, MAX_SNAPSHOT_BYTES } from '../../src/repositories/changes.js';
import { TEST_KEY, createTestApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  t = await createTestApp({ apiKeys: [TEST_KEY] });
});
afterEach(() => t.close());

const auth = { authorization: `Bearer ${TEST_KEY}` };
const post = (url: string, payload: unknown) => t.inject({ method: 'POST', url, payload: payload as object, headers: auth });
const patch = (url: string, payload: unknown, etag: string) => t.inject({ method: 'PATCH', url, payload: payload as object, headers: { ...auth, 'if-match': etag } });

interface Change {
  id: string;
  action: string;
  record_id: string;
  before: Record<string, any> | null;
  after: Record<string, any> | null;
  omitted: ('before' | 'after')[];
  href: string;
}
interface ChangePage {
  data: Change[];
  next_cursor: string | null;
}

/** Every page of `url`, following the cursors, with each page's size in bytes. */
async function allPages(url: string): Promise<{ pages: { bytes: number; page: ChangePage }[]; entries: Change[] }> {
  const pages: { bytes: number; page: ChangePage }[] = [];
  let next: string | null = null;
  do {
    const response = await t.inject(`${url}${next ? `&cursor=${next}` : ''}`);
    expect(response.statusCode).toBe(200);
    const page: ChangePage = response.json();
    pages.push({ bytes: response.rawPayload.length, page });
    next = page.next_cursor;
  } while (next);
  return { pages, entries: pages.flatMap((p) => p.page.data) };
}

/** The ids of the entries the test's own writes logged (the log begins with the seed's). */
const changeIds = () => t.all<{ id: number }>("SELECT id FROM changes WHERE key_id <> 'seed' ORDER BY id").map((r) => String(r.id));
/** Only what the test writes: the seed's entries are logged before it starts. */
let since = '';
beforeEach(() => {
  since = new Date().toISOString();
});

describe('GET /changes with large snapshots', () => {
  it('leaves snapshots over the cap out of a page, says so, and links the entry that has them whole', async () => {
    const body = `A very long article.\n${'The talks went on. '.repeat(52_000)}`.slice(0, 990_000).trimEnd(); // the API trims text
    const created = await post('/sources', { title: 'A long article', body });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    let etag = created.headers.etag as string;
    for (let i = 1; i <= 6; i++) {
      const response = await patch(`/sources/${id}`, { notes: `Edit ${i}.` }, etag);
      expect(response.statusCode).toBe(200);
      etag = response.headers.etag as string;
    }

    const response = await t.inject(`/changes?collection=sources&limit=100&since=${since}`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(1.2 * 1024 * 1024);
    const log: Change[] = response.json().data;
    expect(log.map((c) => c.action)).toEqual(['create', ...Array(6).fill('update')]);
    expect(response.json().next_cursor).toBeNull();
    for (const change of log) {
      expect(change.href).toBe(`/changes/${change.id}`);
      expect(change.after).toBeNull();
      expect(change.before).toBeNull();
      // A create has no before: only what was stored and left out is named.
      expect(change.omitted).toEqual(change.action === 'create' ? ['after'] : ['before', 'after']);
    }

    // Each entry's href answers it whole.
    for (const [i, change] of log.entries()) {
      const whole = await t.inject(change.href);
      expect(whole.statusCode).toBe(200);
      const entry: Change = whole.json();
      expect(entry).toMatchObject({ id: change.id, action: change.action, record_id: id, omitted: [], href: change.href });
      // Compared as booleans: a failure would otherwise print a megabyte.
      expect(entry.after!.body === body, 'after.body').toBe(true);
      expect(entry.after!.notes).toBe(i === 0 ? null : `Edit ${i}.`);
      if (i > 0) expect(entry.before!.notes).toBe(i === 1 ? null : `Edit ${i - 1}.`);
      else expect(entry.before).toBeNull();
    }
    const current = (await t.inject(`/sources/${id}`)).json();
    const last = (await t.inject(log.at(-1)!.href)).json();
    expect(last.after.body === current.body, 'the last after.body is the current body').toBe(true);
    expect(last.after.version).toBe(current.version);
  });

  it('counts the cap in bytes of stored JSON, and sends a snapshot of exactly the cap', async () => {
    const insert = t.connection.prepare(
      "INSERT INTO changes (at, key_id, collection, record_id, action, before, after) VALUES ('2026-01-01T00:00:00.000Z', 'key_test', 'sources', 'x', 'update', ?, ?)",
    );
    /** A snapshot whose JSON is exactly `bytes` bytes long, written with `char`. */
    const snapshot = (bytes: number, char = 'a') => {
      const json = JSON.stringify({ body: '' });
      const chars = (bytes - json.length) / Buffer.byteLength(char);
      expect(Number.isInteger(chars)).toBe(true);
      return JSON.stringify({ body: char.repeat(chars) });
    };
    const atCap = snapshot(MAX_SNAPSHOT_BYTES);
    insert.run(atCap, snapshot(MAX_SNAPSHOT_BYTES + 1));
    // Half as many characters as bytes: far under the cap in characters, one byte over it in bytes.
    insert.run(null, snapshot(MAX_SNAPSHOT_BYTES + 1, 'é'));
    const [first, second] = (await t.inject('/changes?collection=sources&record_id=x')).json().data as Change[];
    expect(first!.before).toEqual(JSON.parse(atCap));
    expect(first!.after).toBeNull();
    expect(first!.omitted).toEqual(['after']);
    expect(second!.after).toBeNull();
    expect(second!.omitted).toEqual(['after']);
    expect((await t.inject(second!.href)).json().after.body).toHaveLength((MAX_SNAPSHOT_BYTES + 1 - 11) / 2);
  });

  it('cuts a page at the byte cap, and the cursors still reach every entry exactly once, in order', async () => {
    // 40 sources of about 60 KB each: each create logs a snapshot under the snapshot cap, and 17 fit in a page.
    for (let i = 0; i < 40; i++) {
      const response = await post('/sources', { title: `Article ${i}`, body: `Article ${i}. ${'x'.repeat(60_000)}` });
      expect(response.statusCode).toBe(201);
    }
    const { pages, entries } = await allPages(`/changes?collection=sources&limit=100&since=${since}`);
    expect(pages.length).toBeGreaterThan(1);
    for (const { bytes, page } of pages) {
      expect(bytes).toBeLessThan(MAX_PAGE_BYTES + MAX_SNAPSHOT_BYTES);
      expect(page.data.length).toBeGreaterThan(0);
      for (const change of page.data) expect(change.omitted).toEqual([]);
    }
    // Every page but the last was cut by bytes, not by limit, and said more follow.
    for (const { page } of pages.slice(0, -1)) {
      expect(page.data.length).toBeLessThan(100);
      expect(page.next_cursor).not.toBeNull();
    }
    expect(pages.at(-1)!.page.next_cursor).toBeNull();
    expect(entries.map((c) => c.id)).toEqual(changeIds());
    expect(entries.map((c) => c.after!.title)).toEqual(Array.from({ length: 40 }, (_, i) => `Article ${i}`));
  });

  it('still cuts by limit when the snapshots are small', async () => {
    for (let i = 0; i < 5; i++) await post('/sources', { title: `Short ${i}`, body: `Short article ${i}.` });
    const { pages, entries } = await allPages(`/changes?limit=2&since=${since}`);
    expect(pages.map((p) => p.page.data.length)).toEqual([2, 2, 1]);
    expect(entries.map((c) => c.id)).toEqual(changeIds());
    for (const change of entries) {
      expect(change.omitted).toEqual([]);
      expect(change.href).toBe(`/changes/${change.id}`);
      expect((await t.inject(change.href)).json()).toEqual(change);
    }
  });
});

describe('GET /changes/{id}', () => {
  it('answers 404 for an unknown or malformed id', async () => {
    await post('/sources', { title: 'Short', body: 'A short article.' });
    const [id] = changeIds();
    expect((await t.inject(`/changes/${id}`)).statusCode).toBe(200);
    for (const bad of ['999999', '0', '-1', '01', `${id}.0`, '1e0', 'abc', '99999999999999999999', '%20']) {
      const response = await t.inject(`/changes/${bad}`);
      expect(response.statusCode, bad).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().type).toBe('/problems/not-found');
    }
  });

  it('needs the API key where reading the log does', async () => {
    const closed = await createTestApp({ apiKeys: [TEST_KEY], privateChanges: true });
    try {
      expect((await closed.inject({ method: 'POST', url: '/sources', payload: { title: 'Short', body: 'A short article.' }, headers: auth })).statusCode).toBe(201);
      const id = closed.all<{ id: number }>('SELECT id FROM changes')[0]!.id;
      expect((await closed.inject('/changes')).statusCode).toBe(401);
      expect((await closed.inject(`/changes/${id}`)).statusCode).toBe(401);
      expect((await closed.inject('/changes/999999')).statusCode).toBe(401);
      expect((await closed.inject({ url: `/changes/${id}`, headers: { authorization: `Bearer ${TEST_KEY}x` } })).statusCode).toBe(401);
      const entry = await closed.inject({ url: `/changes/${id}`, headers: auth });
      expect(entry.statusCode).toBe(200);
      expect(entry.json()).toMatchObject({ id: String(id), href: `/changes/${id}`, omitted: [] });
    } finally {
      await closed.close();
    }
  });
});
