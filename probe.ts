import { buildApp } from './src/app.js';
import { openDatabase } from './src/db/client.js';
import { migrateDatabase } from './src/db/migrate.js';
import { loadSeed, writeSeed } from './seed/loader.js';
const c = openDatabase(':memory:'); migrateDatabase(c.db); writeSeed(c, loadSeed()); c.sqlite.exec('ANALYZE');
const seen: [string, unknown[]][] = [];
const prepare = c.sqlite.prepare.bind(c.sqlite);
(c.sqlite as any).prepare = (sql: string) => { const st = prepare(sql); return new Proxy(st, { get(t, p) { const v = (t as any)[p]; if (p === 'all' || p === 'get') return (...a: unknown[]) => { seen.push([sql, a]); return v.apply(t, a); }; return typeof v === 'function' ? v.bind(t) : v; } }); };
const app = await buildApp({ connection: c });
const urls = process.argv.slice(2);
for (const url of urls) {
  seen.length = 0;
  await app.inject(url);
  for (const [sql, params] of seen) {
    if (!/^\s*(WITH|SELECT)/i.test(sql)) continue;
    const plan = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as any[])) as { detail: string }[];
    console.log(url, '|', sql.replace(/\s+/g, ' ').slice(0, 90), '\n   ', plan.map((p) => p.detail).join(' / '));
  }
}
