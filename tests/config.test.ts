import { describe, expect, it } from 'vitest';
import { ConfigError, defaultViewThreads, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000, host: '127.0.0.1', databasePath: 'data/parley.db', database: 'data/parley.db', databaseReadUrl: undefined, apiKeys: [], logLevel: 'info',
      trustProxy: false, corsOrigins: undefined, writeRateLimit: 120, authFailureLimit: 10, privateChanges: false, viewThreads: defaultViewThreads(), viewTimeoutMs: 5_000, requestTimeoutMs: 30_000,
      workers: 1,
    });
  });

  it('reads DATABASE_URL and DATABASE_READ_URL, never repeating them in an error (they may hold a password)', () => {
    const url = 'postgres://parley:secret@db.example:5432/parley';
    expect(loadConfig({ DATABASE_URL: url, DATABASE_PATH: 'ignored.db' })).toMatchObject({ database: { postgresUrl: url }, databaseReadUrl: undefined });
    expect(loadConfig({ DATABASE_URL: url, DATABASE_READ_URL: 'postgresql://reader@replica/parley' }).databaseReadUrl).toBe('postgresql://reader@replica/parley');
    for (const bad of ['mysql://x@y/z', 'postgres-but-not-a-url', 'https://secret@example.org']) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow('DATABASE_URL=(hidden): must be a PostgreSQL URL');
      try {
        loadConfig({ DATABASE_URL: bad });
      } catch (error) {
        expect(String(error)).not.toContain(bad);
      }
    }
    expect(() => loadConfig({ DATABASE_READ_URL: url })).toThrow('DATABASE_READ_URL=(hidden): needs DATABASE_URL');
  });

  it('reads WORKERS, refusing what is not a count of processes', () => {
    expect(loadConfig({ WORKERS: '2' }).workers).toBe(2);
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS="0": must be at least 1/);
    expect(() => loadConfig({ WORKERS: 'many' })).toThrow(/WORKERS="many": must be a whole number/);
  });

  it('reads the view threads and their time budget', () => {
    expect(loadConfig({ VIEW_THREADS: '0', VIEW_TIMEOUT_MS: '250' })).toMatchObject({ viewThreads: 0, viewTimeoutMs: 250 });
    expect(defaultViewThreads()).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ VIEW_THREADS: '-1' })).toThrow('VIEW_THREADS="-1": must be 0 or more');
    expect(() => loadConfig({ VIEW_THREADS: 'abc' })).toThrow('VIEW_THREADS="abc": must be a whole number');
  });

  it('reads the failed-key limit and whether the change log needs a key', () => {
    expect(loadConfig({ AUTH_FAILURE_LIMIT: '3', CHANGES_ACCESS: 'key' })).toMatchObject({ authFailureLimit: 3, privateChanges: true });
    expect(() => loadConfig({ CHANGES_ACCESS: 'private' })).toThrow('CHANGES_ACCESS="private": must be public or key');
    expect(() => loadConfig({ AUTH_FAILURE_LIMIT: '0' })).toThrow('AUTH_FAILURE_LIMIT="0": must be at least 1');
  });

  it('reads every variable', () => {
    const env = { PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/tmp/x.db', API_KEY: 'a'.repeat(32), LOG_LEVEL: 'debug' };
    expect(loadConfig(env)).toMatchObject({ port: 8080, host: '0.0.0.0', databasePath: '/tmp/x.db', apiKeys: ['a'.repeat(32)], logLevel: 'debug' });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1', CORS_ORIGINS: 'https://a.example, http://b.example:8080' })).toMatchObject({
      trustProxy: ['10.0.0.0/8', '127.0.0.1'], corsOrigins: ['https://a.example', 'http://b.example:8080'],
    });
    expect(loadConfig({ TRUST_PROXY: 'true', CORS_ORIGINS: '*' })).toMatchObject({ trustProxy: true, corsOrigins: '*' });
    expect(loadConfig({ API_KEY: `${'a'.repeat(16)}, ${'b'.repeat(16)}` }).apiKeys).toEqual(['a'.repeat(16), 'b'.repeat(16)]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', API_KEY: '' })).toMatchObject({ port: 3000, apiKeys: [] });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['LOG_LEVEL', 'loud'],
    ['HOST', '   '],
    ['TRUST_PROXY', 'sometimes'],
    ['CORS_ORIGINS', 'example.org'],
    ['WRITE_RATE_LIMIT', '0'],
    ['REQUEST_TIMEOUT_MS', '10'],
  ])('stops with a message naming %s when it is %j', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('names a short API_KEY without printing it', () => {
    let message = '';
    try {
      loadConfig({ API_KEY: 'short-secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('API_KEY=(hidden)');
    expect(message).not.toContain('short-secret');
  });
});
