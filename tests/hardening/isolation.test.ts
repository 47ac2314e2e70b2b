/**
 * Slow work cannot starve cheap work: the costly views run on worker threads with their
 * own connections, within a time budget and behind a bounded queue. Timing bounds here
 * are deliberately generous; the figures belong to `npm run bench` (its stall section).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { buildApp } from '../../src/app.js';
import { type Connection } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/setup.js';
import { contractInject } from '../contract.js';
import { tempDir } from '../helpers.js';

const dir = tempDir('parley-isolation-');
let connection: Connection;
beforeAll(async () => {
  const path = join(dir.path, 'kb.db');
  generate({ statements: 10_000, out: path });
  connection = (await prepareDatabase(path)).connection;
}, 60_000);
afterAll(() => {
  connection?.close();
  dir.remove();
});

/** A list a client may ask for whose q is eight common prefixes, and a search of five (about 15 ms each at 10k). */
const COSTLY = '/statements?limit=100&q=sta+mis+con+pro+def+rus+neg+wit';
const SEARCH = '/search?q=sta*+mis*+con*+pro*+def*';

async function appWith(views: Parameters<typeof buildApp>[0]['views']) {
  // One test client sends them all: the per-client limit is tried on its own below.
  const app = await buildApp({ connection, views, protection: { costlyPerClient: 1_000 } });
  return { app, inject: contractInject(app) };
}

/**
 * How busy the event loop is while `count` searches run at once (0–1), and how long a
 * record by id took meanwhile. Busy is what starves other clients: inline, the loop runs
 * every search itself; with threads it only hands them over and sends the answers.
 */
async function burst(app: Awaited<ReturnType<typeof appWith>>['app'], count: number) {
  const before = performance.eventLoopUtilization();
  const inFlight = Array.from({ length: count }, () => app.inject(SEARCH));
  const started = performance.now();
  const record = await app.inject('/statements/statement-100');
  const ms = performance.now() - started;
  const answers = await Promise.all(inFlight);
  const busy = performance.eventLoopUtilization(before).utilization;
  return { busy, ms, record, answers };
}

describe('costly views on worker threads', () => {
  it('answer as they do inline', async () => {
    const inline = await appWith({ threads: 0 });
    const threaded = await appWith({ threads: 1 });
    for (const url of [COSTLY, SEARCH, '/search?q=missile', '/search?q=%22missile%20defense%22&type=statement', '/timeline?issue=issue-1', '/issues/issue-1/positions', '/changes', '/search?q=s*', '/statements?q=x&cursor=bogus']) {
      // The same request id for both, so a problem answer is the same text.
      const [a, b] = [await inline.inject({ url, headers: { 'x-request-id': 'same' } }), await threaded.inject({ url, headers: { 'x-request-id': 'same' } })];
      expect(b.statusCode, url).toBe(a.statusCode);
      expect(b.body, url).toBe(a.body);
    }
    await inline.app.close();
    await threaded.app.close();
  });

  it('leave the event loop free, and a record by id answering, while many run at once', async () => {
    const inline = await appWith({ threads: 0 });
    const threaded = await appWith({ threads: 1, timeoutMs: 60_000, maxQueued: 1_000 });
    await threaded.inject(SEARCH); // the thread is up
    const onLoop = await burst(inline.app, 80);
    const offLoop = await burst(threaded.app, 80);
    for (const run of [onLoop, offLoop]) {
      expect(run.record.statusCode).toBe(200);
      expect(run.answers.every((a) => a.statusCode === 200)).toBe(true);
    }
    // The same 80 searches keep the loop busy all along inline (the record waited seconds here), and little of it on a thread.
    expect(onLoop.busy).toBeGreaterThan(0.7);
    expect(offLoop.busy).toBeLessThan(onLoop.busy / 2);
    expect(offLoop.ms).toBeLessThan(500);
    await inline.app.close();
    await threaded.app.close();
  });

  it('draft a 200 KB article on a thread, while a record by id and /health keep answering', async () => {
    const key = 'isolation-key-0123456789abcdef';
    const app = await buildApp({ connection, apiKeys: [key], views: { threads: 1, timeoutMs: 10_000 }, protection: { costlyPerClient: 1_000 } });
    const auth = { authorization: `Bearer ${key}` };
    const paragraph = 'Russian Foreign Minister Sergei Lavrov said on Friday that Moscow would not accept the plan. "We will work to address these concerns," said Rice.\n\n';
    const body = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    expect((await app.inject({ method: 'POST', url: '/sources', headers: auth, payload: { id: 'isolation-long-article', title: 'Long', published: { value: '2007-10-13', precision: 'day', text: null, basis: null }, body } })).statusCode).toBe(201);
    const started = performance.now();
    let draftedAt = Infinity;
    const drafting = app.inject({ method: 'POST', url: '/sources/isolation-long-article/draft', headers: auth }).then((res) => {
      draftedAt = performance.now();
      return res;
    });
    await new Promise((r) => setTimeout(r, 200));
    const cheap: number[] = [];
    for (let i = 0; i < 5; i++) {
      const at = performance.now();
      expect((await app.inject('/health')).statusCode).toBe(200);
      expect((await app.inject('/statements/statement-100')).statusCode).toBe(200);
      cheap.push(performance.now() - at);
    }
    const cheapDoneAt = performance.now();
    const drafted = await drafting;
    expect(drafted.statusCode, drafted.body.slice(0, 300)).toBe(200);
    expect(drafted.json().statements.length).toBeGreaterThan(1000);
    // The cheap requests answered while the draft was still being made, each well within a generous bound.
    expect(Math.max(...cheap)).toBeLessThan(500);
    expect(cheapDoneAt).toBeLessThan(draftedAt);
    expect(draftedAt - started).toBeGreaterThan(1000);
    await app.close();
  }, 60_000);

  it('answer 503 with Retry-After past their time budget', async () => {
    const { app, inject } = await appWith({ threads: 1, timeoutMs: 1 });
    const response = await inject(COSTLY);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBeDefined();
    expect(response.json().detail).toContain('needed more than its 0.001 s');
    expect((await inject('/statements/statement-100')).statusCode).toBe(200);
    await app.close();
  });

  it('answer 503 at once past a bounded queue, and keep answering after', async () => {
    const { app, inject } = await appWith({ threads: 1, timeoutMs: 60_000, maxQueued: 2 });
    const answers = await Promise.all(Array.from({ length: 12 }, () => inject(COSTLY)));
    const refused = answers.filter((a) => a.statusCode === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.json().detail).toContain('are waiting');
    expect(answers.filter((a) => a.statusCode === 200).length).toBeGreaterThan(0);
    expect((await inject(COSTLY)).statusCode).toBe(200);
    await app.close();
  });

  it('are limited per client address: past the limit in flight, a 429 with Retry-After, and other clients go on', async () => {
    const app = await buildApp({ connection, views: { threads: 1, timeoutMs: 60_000 }, protection: { costlyPerClient: 3 } });
    const from = (remoteAddress: string) => app.inject({ url: SEARCH, remoteAddress });
    const [busy, other] = await Promise.all([Promise.all(Array.from({ length: 10 }, () => from('10.9.0.1'))), Promise.all(Array.from({ length: 3 }, () => from('10.9.0.2')))]);
    const refused = busy.filter((a) => a.statusCode === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.headers['retry-after']).toBe('1');
    expect(refused[0]!.json().detail).toContain('at most 3 in flight');
    expect(busy.filter((a) => a.statusCode === 200).length).toBeGreaterThanOrEqual(3);
    expect(other.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect((await from('10.9.0.1')).statusCode).toBe(200);
    await app.close();
  });

  it('take turns by view, so a cheap view is not left behind a pile of searches', async () => {
    const { app } = await appWith({ threads: 1, timeoutMs: 60_000 });
    await app.inject(SEARCH); // the thread is up
    let searched = 0;
    const searches = Array.from({ length: 30 }, () => app.inject(SEARCH).then((a) => (searched++, a)));
    const changes = await app.inject('/changes');
    expect(changes.statusCode).toBe(200);
    expect(searched).toBeLessThan(5);
    expect((await Promise.all(searches)).every((a) => a.statusCode === 200)).toBe(true);
    await app.close();
  });
});
