/**
 * The README's walk-through of writing works as written: each shell command of the
 * "Writing" section is parsed and sent to an app started with a key, in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, createTestApp } from './helpers.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const section = README.slice(README.indexOf('## Writing'), README.indexOf('\n## ', README.indexOf('## Writing') + 1));
const shellBlocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/\\\n\s*/g, ' '));
const commands = shellBlocks.flatMap((block) => block.split('\n').filter((line) => line.includes('curl ')));

/** Splits a shell line into words, honouring single and double quotes. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ apiKeys: [TEST_KEY] });
});
afterAll(() => t.close());

describe('README writing walk-through', () => {
  it('has the commands it describes', () => {
    expect(section).toContain('export API_KEY=');
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it('works as written, command by command', async () => {
    let etag = '';
    for (const line of commands) {
      const argv = words(line.replace(/^ETAG=\$\((.*)\)$/, '$1'));
      const url = new URL(argv.find((w) => w.startsWith('http://127.0.0.1:3000'))!);
      const method = argv.includes('-X') ? argv[argv.indexOf('-X') + 1]! : 'GET';
      const headers: Record<string, string> = {};
      argv.forEach((w, i) => {
        if (w !== '-H') return;
        const [name, ...value] = argv[i + 1]!.split(':');
        headers[name!.toLowerCase()] = value.join(':').trim().replace('$API_KEY', TEST_KEY).replace('$ETAG', etag);
      });
      const data = argv.includes('-d') ? argv[argv.indexOf('-d') + 1] : undefined;
      const response = await t.inject({ method: method as 'GET', url: url.pathname + url.search, headers, ...(data ? { payload: data } : {}) });
      expect(response.statusCode, `${line}\n${response.body}`).toBeLessThan(300);
      if (line.startsWith('ETAG=')) etag = response.headers.etag as string;
    }
    const log = (await t.inject('/changes?collection=proposals&record_id=putin-abandon-demand')).json().data;
    expect(log.map((c: { action: string }) => c.action)).toEqual(['create', 'update', 'update']); // the seed's entry, then the walk-through's two
    expect(log[2].after.version).toBe(3);
  });
});
