import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { backupDatabase } from '../../src/db/backup.js';
import { prepareDatabase } from '../../src/db/setup.js';
import { tempDir } from '../helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('backup', () => {
  it('makes a consistent online copy while writes continue, and the copy restores', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const live = (await prepareDatabase(join(dir.path, 'live.db'))).connection;
    cleanups.push(() => live.close());
    // Grow the database so the backup takes several steps, with writes landing between them.
    const insert = live.sqlite.prepare("INSERT INTO changes (at, key_id, collection, record_id, action, before, after) VALUES (?, 'key_test', 'sources', ?, 'update', NULL, ?)");
    live.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(new Date().toISOString(), `r${i}`, JSON.stringify({ pad: 'x'.repeat(400) }));
    })();
    let writes = 0;
    const writer = setInterval(() => {
      insert.run(new Date().toISOString(), `during-${writes++}`, null);
    }, 0);
    const target = join(dir.path, 'copy.db');
    const { pages } = await backupDatabase(live, target);
    clearInterval(writer);
    expect(pages).toBeGreaterThan(200);
    expect(writes).toBeGreaterThan(0);

    const copy = openDatabase(target);
    expect(copy.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.sqlite.pragma('foreign_key_check')).toEqual([]);
    const copied = copy.sqlite.prepare("SELECT count(*) n FROM changes WHERE record_id LIKE 'during-%'").get() as { n: number };
    expect(copied.n).toBeLessThanOrEqual(writes);
    copy.close();

    const restored = await prepareDatabase(target);
    expect(restored.seeded).toBe(false);
    expect(restored.connection.sqlite.prepare('SELECT count(*) n FROM statements').get()).toEqual(live.sqlite.prepare('SELECT count(*) n FROM statements').get());
    restored.connection.close();
  });

  it('runs as npm run backup -- <file>', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const db = join(dir.path, 'parley.db');
    (await prepareDatabase(db)).connection.close();
    const target = join(dir.path, 'backup.db');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/db/backup.ts', target], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: db, API_KEY: '' }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Backed up .* pages in \d+ ms, integrity ok\./);
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'src/db/backup.ts', target], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: db, API_KEY: '' }, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');
  });
});
