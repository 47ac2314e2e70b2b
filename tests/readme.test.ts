/** The README's worked examples work as written: each curl command is sent to the app. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers.js';

const FULL = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const README = FULL.slice(FULL.indexOf('## Worked examples'), FULL.indexOf('\n## ', FULL.indexOf('## Worked examples') + 1));
const commands = [...README.matchAll(/^curl '(http:\/\/127\.0\.0\.1:3000(\/[^']*))'$/gm)].map((m) => m[2]!);

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('README worked examples', () => {
  it('are there', () => {
    expect(commands.length).toBeGreaterThanOrEqual(7);
  });

  it.each(commands)('GET %s answers 200 with what the README shows', async (url) => {
    const response = await t.inject(url);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const items = body.data ?? body.positions;
    expect(items.length).toBeGreaterThan(0);
    const shown = README.slice(README.indexOf(`curl 'http://127.0.0.1:3000${url}'`));
    const firstId = /"id": "([^"]+)"/.exec(shown.slice(shown.indexOf('```json')))?.[1];
    if (firstId && !url.startsWith('/search')) expect(JSON.stringify(body)).toContain(`"${firstId}"`);
  });
});
