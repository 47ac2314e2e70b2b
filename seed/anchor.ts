/**
 * `npm run seed:anchor`: fills in the offsets of evidence spans in `seed/data/*.json`.
 * Write an evidence span as `{"source_id": "<id>", "exact": "<words>"}`; this finds the
 * words in the article, writes `start`, `end` and the exact text as printed (line
 * breaks and curly quotes included), and reports any text that is absent or
 * appears more than once (quote more words to make it unique).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor } from '../src/domain/anchor.js';
import { SEED_DIR } from './loader.js';

const bodies = new Map<string, string>();
for (const file of readdirSync(join(SEED_DIR, 'articles'))) {
  bodies.set(file.replace(/\.txt$/, ''), readFileSync(join(SEED_DIR, 'articles', file), 'utf8'));
}

let anchored = 0;
const failures: string[] = [];

function visit(node: unknown, path: string, file: string): void {
  if (Array.isArray(node)) return node.forEach((child, i) => visit(child, `${path}.${i}`, file));
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.source_id === 'string' && typeof record.exact === 'string' && path.includes('evidence')) {
    const body = bodies.get(record.source_id);
    if (body === undefined) {
      failures.push(`${file} ${path}: unknown source "${record.source_id}"`);
      return;
    }
    const { start, end, exact } = record;
    if (typeof start === 'number' && typeof end === 'number' && body.slice(start, end) === exact) return;
    const found = anchor(body, exact);
    if (!found.ok) {
      failures.push(`${file} ${path}: ${JSON.stringify(exact)} is ${found.reason} in "${record.source_id}" (${found.matches} matches)`);
      return;
    }
    record.start = found.start;
    record.end = found.end;
    record.exact = found.exact;
    anchored++;
    return;
  }
  for (const [key, value] of Object.entries(record)) visit(value, path ? `${path}.${key}` : key, file);
}

for (const file of readdirSync(join(SEED_DIR, 'data')).filter((f) => f.endsWith('.json')).sort()) {
  const path = join(SEED_DIR, 'data', file);
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  visit(data, '', file);
  writeFileSync(path, `${JSON.stringify(data, (key, value) => reorder(key, value), 2)}\n`);
}

/** Keeps evidence spans in one readable order: source_id, start, end, exact. */
function reorder(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'exact' in value && 'source_id' in value) {
    const { source_id, start, end, exact, ...rest } = value as Record<string, unknown>;
    return { source_id, start, end, exact, ...rest };
  }
  return value;
}

console.log(`anchored ${anchored} evidence span${anchored === 1 ? '' : 's'}`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
