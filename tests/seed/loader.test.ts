import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_KEY_ID, SeedError, loadSeed, writeSeed } from '../../seed/loader.js';
import { copySeed, createTestDatabase } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

let seed: ReturnType<typeof copySeed> | undefined;
afterEach(() => {
  seed?.remove();
  seed = undefined;
});

/** Reads the seed in `dir` and writes it into an empty database, as a first start does. */
function load(dir?: string) {
  const connection = createTestDatabase({ seed: false });
  try {
    writeSeed(connection, loadSeed(dir));
  } finally {
    connection.close();
  }
}

/** Plants a defect in a copy of the seed and returns the loader's complaint. */
function rejection(file: string, change: (data: any) => void): SeedError {
  seed = copySeed();
  seed.edit(file, change);
  try {
    load(seed.dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return error as SeedError;
  }
  throw new Error('the defective seed was accepted');
}

describe('loadSeed', () => {
  it('accepts the committed knowledge base', () => {
    expect(() => load()).not.toThrow();
  });

  it('rejects a dangling id, naming the file, the record and the field', () => {
    const error = rejection('statements.json', (statements) => {
      statements.find((s: any) => s.id === 'lavrov-urged-freeze').speaker_id = 'sergey-lavrov';
    });
    expect(error.problems).toEqual([
      { file: 'seed/data/statements.json', record: expect.stringContaining('"lavrov-urged-freeze"'), field: 'speaker_id', message: 'no actor has the id "sergey-lavrov"' },
    ]);
    expect(error.message).toContain('seed/data/statements.json: record "lavrov-urged-freeze"');
    expect(error.message).toContain('field "speaker_id"');
  });

  it('rejects an evidence span that does not match its source', () => {
    const error = rejection('actors.json', (actors) => {
      actors.find((a: any) => a.id === 'sergei-lavrov').roles[0].evidence[0].start += 1;
    });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      file: 'seed/data/actors.json',
      record: expect.stringContaining('"sergei-lavrov"'),
      field: 'roles.0.evidence.0.exact',
      message: expect.stringContaining('does not match source "voa-2007-10-12"'),
    });
  });

  it('rejects evidence offsets beyond the end of the source', () => {
    const error = rejection('dates.json', (dates) => {
      Object.assign(dates[0].evidence[0], { start: 999_999, end: 1_000_000 });
    });
    expect(error.problems[0]).toMatchObject({ file: 'seed/data/dates.json', field: 'evidence.0.end', message: expect.stringContaining('lie outside source') });
  });

  it('rejects an unknown enum value', () => {
    const error = rejection('proposals.json', (proposals) => {
      proposals.find((p: any) => p.id === 'russia-freeze-demand').history[1].status = 'ignored';
    });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      file: 'seed/data/proposals.json',
      record: expect.stringContaining('"russia-freeze-demand"'),
      field: 'history.1.status',
    });
    expect(error.problems[0]!.message).toMatch(/rejected/);
  });

  it('rejects a malformed date', () => {
    const error = rejection('dates.json', (dates) => {
      dates.find((d: any) => d.id === 'cfe-suspension-decree').date.value = '2007-13-07';
    });
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'seed/data/dates.json', record: expect.stringContaining('"cfe-suspension-decree"'), field: 'date.value' }),
    ]);
  });

  it('rejects a date whose precision contradicts its value', () => {
    const error = rejection('statements.json', (statements) => {
      statements.find((s: any) => s.id === 'lavrov-urged-freeze').date.precision = 'month';
    });
    expect(error.problems[0]).toMatchObject({ field: 'date.precision' });
  });

  it('rejects an unknown field and a fact without evidence', () => {
    const error = rejection('issues.json', (issues) => {
      issues[0].colour = 'red';
      issues[1].evidence = [];
    });
    expect(error.problems.map((p) => p.field).sort()).toEqual(['colour', 'evidence']);
  });

  it('rejects a duplicate id, naming the second record with the first', () => {
    const error = rejection('proposals.json', (proposals) => {
      proposals[1].id = proposals[0].id;
    });
    expect(error.problems).toEqual([expect.objectContaining({ field: 'id', record: expect.stringContaining('(#1)'), message: expect.stringContaining('(#0) has it too') })]);
  });

  it('rejects a status history out of order', () => {
    const error = rejection('proposals.json', (proposals) => {
      // The second entry of a history dated wholly before the first.
      const history = proposals.find((p: any) => p.id === 'us-cfe-concessions').history;
      history[1].date = { ...history[0].date, value: '2007-10-01', precision: 'day' };
    });
    expect(error.problems).toEqual([expect.objectContaining({ record: expect.stringContaining('us-cfe-concessions'), field: 'history.1.date', message: expect.stringContaining('list the history in order') })]);
  });

  it('rejects a file that is not JSON', () => {
    seed = copySeed();
    writeFileSync(join(seed.dir, 'data', 'conflicts.json'), '[{');
    expect(() => loadSeed(seed!.dir)).toThrow(/seed\/data\/conflicts\.json: record \(file\)/);
  });
});

describe('writeSeed', () => {
  it('is deterministic: two loads write identical rows', () => {
    // Two real loads (a database given its load time is loaded, not copied from the test template).
    const at = '2026-01-01T00:00:00.000Z';
    const dump = () => {
      const connection = createTestDatabase({ at });
      const tables = sqliteOf(connection)
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search_index%' ORDER BY name")
        .all() as { name: string }[];
      const rows = Object.fromEntries(tables.map(({ name }) => [name, sqliteOf(connection).prepare(`SELECT * FROM ${name} ORDER BY rowid`).all()]));
      expect(sqliteOf(connection).prepare('SELECT DISTINCT created_at FROM actors').pluck().all()).toEqual([at]);
      connection.close();
      return rows;
    };
    expect(dump()).toEqual(dump());
  });

  it('leaves the database as it was when the last record is refused', () => {
    const connection = createTestDatabase({ seed: false });
    const records = loadSeed();
    const last = records.at(-1)!;
    records.push({ ...last, body: { ...last.body, id: 'one-more', evidence: [{ source_id: 'no-such-source', exact: 'words' }] } });
    expect(() => writeSeed(connection, records)).toThrow(SeedError);
    const counts = sqliteOf(connection).prepare('SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM actors) + (SELECT count(*) FROM citations) + (SELECT count(*) FROM changes) AS n').get();
    expect(counts).toEqual({ n: 0 });
    connection.close();
  });

  it('writes every record through the write service, each the change log\'s entry, so replaying the log into an empty database rebuilds the knowledge base', async () => {
    const seeded = createTestDatabase();
    const entries = sqliteOf(seeded).prepare('SELECT key_id, collection, record_id, action, after FROM changes ORDER BY id').all() as { key_id: string; collection: string; record_id: string; action: string; after: string }[];
    const records = loadSeed();
    // One entry per record, and one per evidence span the records quote.
    expect(entries.filter((e) => e.collection !== 'evidence').map((e) => `${e.collection}/${e.record_id}`)).toEqual(records.map((r) => `${r.collection}/${r.body.id}`));
    expect(entries.filter((e) => e.collection === 'evidence')).toHaveLength((sqliteOf(seeded).prepare('SELECT count(*) AS n FROM evidence_spans').get() as { n: number }).n);
    expect(new Set(entries.map((e) => `${e.key_id} ${e.action}`))).toEqual(new Set([`${SEED_KEY_ID} create`]));

    const { createWriteService } = await import('../../src/writes/service.js');
    const empty = createTestDatabase({ seed: false });
    createWriteService(empty).replay(entries.map((e) => ({ collection: e.collection as never, record_id: e.record_id, after: JSON.parse(e.after) })));
    const dump = (connection: typeof seeded) =>
      Object.fromEntries(
        (sqliteOf(connection).prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search_index%' AND name NOT IN ('changes', 'server_secrets') ORDER BY name").all() as { name: string }[]).map(
          ({ name }) => [name, sqliteOf(connection).prepare(`SELECT * FROM ${name} ORDER BY 1, 2`).all()],
        ),
      );
    expect(dump(empty)).toEqual(dump(seeded));
    seeded.close();
    empty.close();
  });
});

describe('the rules an expert reading added', () => {
  it('refuses a relative date read in a source with a reference date whose basis does not count from it', () => {
    const error = rejection('statements.json', (statements) => {
      statements.find((s: any) => s.id === 'us-suggests-missile-shield-cooperation').date.basis = 'Two weeks before the publication date.';
    });
    expect(error.problems).toEqual([
      expect.objectContaining({ record: expect.stringContaining('us-suggests-missile-shield-cooperation'), field: 'date.basis', message: expect.stringContaining('count from 2007-10-29 (its reference_date)') }),
    ]);
  });

  it('refuses a reference date without its reasoning, and a contested claim without its kind', () => {
    const source = rejection('sources.json', (sources) => {
      sources.find((s: any) => s.id === 'iht-2007-10-22').reference_date.basis = null;
    });
    expect(source.problems.map((p) => p.field)).toEqual(['reference_date.basis']);
    const claim = rejection('conflicts.json', (claims) => {
      delete claims[0].kind;
    });
    expect(claim.problems.map((p) => p.field)).toEqual(['kind']);
  });
});
