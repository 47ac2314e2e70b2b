/**
 * What a hostile tester found in the second round: each case failed before its fix.
 * Requests go through `app.inject` unless the case is about the wire itself.
 */
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { TEST_KEY, createTestApp, createTestDatabase } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

const auth = { authorization: `Bearer ${TEST_KEY}` };
const DATE = { value: '2007-10-12', precision: 'day', text: null, basis: null };
const EVIDENCE = [{ source_id: 'voa-2007-10-12', exact: 'Lavrov did not budge' }];
const statement = (text: string) => ({ speaker_id: 'sergei-lavrov', kind: 'paraphrase', text, date: DATE, evidence: EVIDENCE });

/** An app whose log lines are kept, to check that nothing is logged as an error. */
async function loggedApp(options: Parameters<typeof createTestApp>[0] = {}) {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write: (chunk, _encoding, done) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const t = await createTestApp({ apiKeys: [TEST_KEY], logger: { level: 'info', stream }, ...options });
  return { ...t, errors: () => lines.filter((l) => l.level >= 50) };
}

let t: Awaited<ReturnType<typeof loggedApp>>;
beforeAll(async () => {
  t = await loggedApp();
});
afterAll(() => t.close());

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('control characters in parameters', () => {
  it.each(['/search?q=a%00b', '/statements?q=%00a', '/actors?q=a%00', '/issues?q=a%00b', '/dates?q=%00x', '/proposals?q=x%00', '/sources?q=x%00'])(
    'answers 400 naming the parameter for %s, and logs no error',
    async (url) => {
      const response = await t.inject(url);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors).toEqual([{ name: 'query.q', reason: expect.stringContaining('U+0000') }]);
      expect(t.errors()).toEqual([]);
    },
  );

  it('refuses other control characters in any parameter and in path ids, but takes tab and line breaks as white space', async () => {
    expect((await t.inject('/statements?speaker=sergei%01lavrov')).json().errors).toEqual([{ name: 'query.speaker', reason: expect.stringContaining('U+0001') }]);
    expect((await t.inject('/actors/sergei-lavrov%7F')).json().errors).toEqual([{ name: 'params.id', reason: expect.stringContaining('U+007F') }]);
    expect((await t.inject('/search?q=Lavrov%09missile%0A')).statusCode).toBe(200);
  });
});

describe('text in bodies', () => {
  it('refuses a lone surrogate with a 400 naming the field, and stores nothing', async () => {
    const before = t.all('SELECT count(*) n FROM statements');
    const response = await t.inject({ method: 'POST', url: '/statements', headers: auth, payload: statement('lone \ud800 surrogate') });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ name: 'body.text', reason: expect.stringContaining('lone UTF-16 surrogate') }]);
    expect(t.all('SELECT count(*) n FROM statements')).toEqual(before);
  });

  it('refuses a NUL in a nested field and in a field name, naming where each stood', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/statements',
      headers: auth,
      payload: { ...statement('Fine text.'), evidence: [{ source_id: 'voa-2007-10-12', exact: 'Lavrov\u0000 did not budge' }], ['odd\u0000key']: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { name: string }) => e.name).sort()).toEqual(['body.evidence.0.exact', 'body.odd\u0000key']);
  });

  it('keeps a surrogate pair (an emoji) as it is', async () => {
    const response = await t.inject({ method: 'POST', url: '/statements', headers: auth, payload: statement('A rocket 🚀 was mentioned.') });
    expect(response.statusCode).toBe(201);
    expect(response.json().text).toBe('A rocket 🚀 was mentioned.');
  });
});

describe('failed authentication', () => {
  it('is limited per client address: after the limit every write from it is 429 with Retry-After, the right key too', async () => {
    const limited = await createTestApp({ apiKeys: [TEST_KEY], protection: { authFailureLimit: 5 } });
    cleanups.push(limited.close);
    const post = (authorization: string | undefined, remoteAddress: string) =>
      limited.inject({ method: 'POST', url: '/statements', payload: statement('Guessing.'), remoteAddress, headers: authorization ? { authorization } : {} });
    for (let i = 0; i < 5; i++) expect((await post(`Bearer wrong-key-${i}-0000000000`, '10.1.1.1')).statusCode).toBe(401);
    const refused = await post('Bearer wrong-key-again-000000', '10.1.1.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ type: '/problems/too-many-requests', detail: expect.stringContaining('refused API keys') });
    expect((await post(`Bearer ${TEST_KEY}`, '10.1.1.1')).statusCode).toBe(429);
    expect((await post(undefined, '10.1.1.1')).statusCode).toBe(429);
    expect((await post(`Bearer ${TEST_KEY}`, '10.2.2.2')).statusCode).toBe(201);
  });

  it('counts against the client\'s write limit too', async () => {
    const limited = await createTestApp({ apiKeys: [TEST_KEY], protection: { writeRateLimit: 3, authFailureLimit: 100 } });
    cleanups.push(limited.close);
    for (let i = 0; i < 3; i++) {
      expect((await limited.inject({ method: 'POST', url: '/statements', payload: {}, headers: { authorization: 'Bearer wrong-key-0000000000' } })).statusCode).toBe(401);
    }
    expect((await limited.inject({ method: 'POST', url: '/statements', payload: statement('After three refusals.'), headers: auth })).statusCode).toBe(429);
  });
});

describe('key ids in the change log', () => {
  const key = 'sec-test-key-0123456789';
  const keyIdOn = async (connection: ReturnType<typeof createTestDatabase>) => {
    const app = await buildApp({ connection, apiKeys: [key] });
    const created = await app.inject({ method: 'POST', url: '/statements', payload: statement(`Written ${Math.random()}.`), headers: { authorization: `Bearer ${key}` } });
    expect(created.statusCode).toBe(201);
    await app.close();
    const [last] = sqliteOf(connection).prepare('SELECT key_id FROM changes ORDER BY id DESC LIMIT 1').all() as { key_id: string }[];
    return last!.key_id;
  };

  it('reveal nothing a guessed key can be tested against, and stay the same across restarts of one database', async () => {
    const one = createTestDatabase();
    const other = createTestDatabase();
    cleanups.push(() => one.close(), () => other.close());
    const id = await keyIdOn(one);
    expect(id).toMatch(/^key_[0-9a-f]{12}$/);
    expect(id).not.toBe('key_85135edf41f4');
    expect(createHash('sha256').update(key).digest('hex')).not.toContain(id.slice(4));
    expect(await keyIdOn(one)).toBe(id);
    expect(await keyIdOn(other)).not.toBe(id);
  });
});

describe('a client that hangs up while its write waits', () => {
  it('is not logged as a server error', async () => {
    const server = await loggedApp();
    cleanups.push(server.close);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as { port: number };
    // The connection is gone before any hook runs, as when a client resets while the server is busy.
    server.app.server.prependListener('request', (request) => request.socket.destroy());
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.end(`POST /statements HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`);
        });
        socket.on('close', () => resolve());
        socket.on('error', () => {});
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.errors()).toEqual([]);
  });
});

describe('dates in the years 0000–0099', () => {
  it('are days like any other, in parameters and in bodies', async () => {
    expect((await t.inject('/issues/missile-defense/positions?as_of=0050-01-01')).statusCode).toBe(200);
    expect((await t.inject('/statements?from=0000-02-29')).statusCode).toBe(200);
    expect((await t.inject('/statements?from=0050-02-29')).statusCode).toBe(400);
    const created = await t.inject({ method: 'POST', url: '/dates', headers: auth, payload: { kind: 'meeting', label: 'An ancient meeting', date: { value: '0050-01-31', precision: 'day', text: null, basis: null }, evidence: EVIDENCE } });
    expect(created.statusCode).toBe(201);
    expect(created.json().date).toMatchObject({ value: '0050-01-31', precision: 'day' });
  });
});

describe('error answers', () => {
  it('list at most 50 errors and say how many there were', async () => {
    const body: Record<string, unknown> = statement('Many unknown keys.');
    for (let i = 0; i < 150_000; i++) body[`unknown_${i}`] = i;
    const response = await t.inject({ method: 'POST', url: '/statements', headers: auth, payload: body });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.errors).toHaveLength(50);
    expect(problem.detail).toContain('150000 in all');
    expect(response.body.length).toBeLessThan(20_000);
  });

  it('echo at most a little of what the client sent', async () => {
    const response = await t.inject(`/${'x'.repeat(15_000)}`);
    expect(response.statusCode).toBe(404);
    expect(response.body.length).toBeLessThan(1_000);
    const longName = await t.inject({ method: 'POST', url: '/statements', headers: auth, payload: { ...statement('x'), ['k'.repeat(100_000)]: 1 } });
    expect(longName.statusCode).toBe(400);
    expect(longName.body.length).toBeLessThan(2_000);
  });
});

describe('requests Node itself refuses', () => {
  const raw = async (request: Buffer | string) => {
    const server = await createTestApp();
    cleanups.push(server.close);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as { port: number };
    return new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  };
  const problemOf = (answer: string) => {
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^content-type: application\/problem\+json$/im);
    return { status: Number(head!.split(' ')[1]), body: JSON.parse(body!) };
  };

  it('answer raw non-ASCII bytes in the URL with a problem', async () => {
    const answer = problemOf(await raw(Buffer.concat([Buffer.from('GET /actors/caf'), Buffer.from([0xc3, 0xa9]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')])));
    expect(answer).toMatchObject({ status: 400, body: { type: '/problems/validation', status: 400 } });
  });

  it('answer Content-Length with Transfer-Encoding with a problem', async () => {
    const answer = problemOf(await raw('POST /statements HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'));
    expect(answer).toMatchObject({ status: 400, body: { status: 400 } });
  });

  it('answer a 100 KB URL with a 431 problem', async () => {
    const answer = problemOf(await raw(`GET /search?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
    expect(answer).toMatchObject({ status: 431, body: { type: '/problems/request-header-fields-too-large', status: 431 } });
  });
});

describe('idempotent replays', () => {
  it('answer what the first answer did, Location included, in sequence and in parallel', async () => {
    const key = `replay-${Date.now()}`;
    const send = () => t.inject({ method: 'POST', url: '/statements', headers: { ...auth, 'idempotency-key': key }, payload: statement('Said once, sent many times.') });
    const first = await send();
    expect(first.statusCode).toBe(201);
    expect(first.headers.location).toMatch(/^\/statements\//);
    const replays = [await send(), ...(await Promise.all(Array.from({ length: 10 }, send)))];
    for (const replay of replays) {
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.statusCode).toBe(201);
      expect(replay.headers.location).toBe(first.headers.location);
      expect(replay.headers.etag).toBe(first.headers.etag);
      expect(replay.body).toBe(first.body);
    }
  });
});

describe('a date range', () => {
  it.each(['/statements', '/dates', '/sources', '/timeline'])('with from later than to is a 400 on %s', async (path) => {
    const response = await t.inject(`${path}?from=2007-11&to=2007-10`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ name: 'query.to', reason: 'is earlier than from: the range holds no date' }]);
    expect((await t.inject(`${path}?from=2007-10&to=2007-10`)).statusCode).toBe(200);
  });
});

describe('the change log', () => {
  it('is public by default, and needs a key where CHANGES_ACCESS=key', async () => {
    expect((await t.inject('/changes')).statusCode).toBe(200);
    const closed = await createTestApp({ apiKeys: [TEST_KEY], privateChanges: true });
    cleanups.push(closed.close);
    expect((await closed.inject('/changes')).statusCode).toBe(401);
    expect((await closed.inject({ url: '/changes', headers: auth })).statusCode).toBe(200);
  });
});
