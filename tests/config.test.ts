import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({ port: 3000, host: '127.0.0.1', databasePath: 'data/parley.db', apiKeys: [], logLevel: 'info' });
  });

  it('reads every variable', () => {
    const env = { PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/tmp/x.db', API_KEY: 'a'.repeat(32), LOG_LEVEL: 'debug' };
    expect(loadConfig(env)).toEqual({ port: 8080, host: '0.0.0.0', databasePath: '/tmp/x.db', apiKeys: ['a'.repeat(32)], logLevel: 'debug' });
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
