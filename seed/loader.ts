/**
 * The curated knowledge base: `seed/data/` holds a file per collection, each a list of
 * records in exactly the shape the write API takes (the body of `POST /<collection>`,
 * with its id), and `seed/articles/<id>.txt` the verbatim text of each source (its
 * `body`). The loader checks every file against the API's input schemas, then writes
 * every record through the one write service (src/writes/), in one transaction, as the
 * first entries of the change log: the seeded knowledge base is what replaying the log
 * from an empty database rebuilds. Nothing is written unless every record is sound, and
 * every defect is reported with the file, the record and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Connection } from '../src/db/client.js';
import { ActorInput, ConflictInput, DateInput, IssueInput, ProposalInput, SlugId, SourceInput, StatementInput } from '../src/domain/inputs.js';
import { ProblemError } from '../src/domain/problem.js';
import { CLAIM_KINDS } from '../src/domain/vocabulary.js';
import type { CollectionName } from '../src/writes/model.js';
import { createWriteService } from '../src/writes/service.js';

export const SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The key id the change log gives the seed's entries. */
export const SEED_KEY_ID = 'seed';

export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const lines = problems.map((p) => `${p.file}: record ${p.record}: field "${p.field}": ${p.message}`);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`Seed data rejected${more}:\n  ${lines.join('\n  ')}`);
    this.name = 'SeedError';
  }
}

/** A seed record has its id, so a load is the same every time (the API makes one when none is given). */
const withId = <T extends z.ZodObject>(input: T) => input.extend({ id: SlugId.describe('The record\'s id.') });

/**
 * Each data file, in the order the records are written, with the API input it holds. A
 * source's body is its article file; a curated contested claim states its kind (the API
 * assumes `between_sources` when none is given).
 */
export const SEED_FILES = [
  { collection: 'sources', file: 'sources.json', schema: withId(SourceInput.omit({ body: true })) },
  { collection: 'actors', file: 'actors.json', schema: withId(ActorInput) },
  { collection: 'issues', file: 'issues.json', schema: withId(IssueInput) },
  { collection: 'proposals', file: 'proposals.json', schema: withId(ProposalInput) },
  { collection: 'statements', file: 'statements.json', schema: withId(StatementInput) },
  { collection: 'dates', file: 'dates.json', schema: withId(DateInput) },
  { collection: 'conflicts', file: 'conflicts.json', schema: withId(ConflictInput).extend({ kind: z.enum(CLAIM_KINDS).describe('What kind of disagreement.') }) },
] as const satisfies readonly { collection: Exclude<CollectionName, 'evidence'>; file: string; schema: z.ZodType }[];

/** One record of the seed, ready for the write service, with where it came from. */
export interface SeedRecord {
  collection: Exclude<CollectionName, 'evidence'>;
  body: Record<string, unknown> & { id: string };
  file: string;
  record: string;
}

/** Where each file lives, relative to the seed directory, for messages a curator can follow. */
const dataPath = (file: string) => `seed/data/${file}`;

function recordName(record: unknown, index: number): string {
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `"${id}" (#${index})` : `#${index}`;
}

/** Reads every file and article and checks each record's shape; the records in writing order, or a SeedError naming every defect. */
export function loadSeed(dir: string = SEED_DIR): SeedRecord[] {
  const problems: SeedProblem[] = [];
  const records: SeedRecord[] = [];
  const ids = new Map<string, string>();
  for (const { collection, file, schema } of SEED_FILES) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, 'data', file), 'utf8'));
    } catch (error) {
      problems.push({ file: dataPath(file), record: '(file)', field: '(file)', message: `cannot be read as JSON: ${(error as Error).message}` });
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push({ file: dataPath(file), record: '(file)', field: '(file)', message: 'must be a list of records' });
      continue;
    }
    for (const [index, item] of raw.entries()) {
      const record = recordName(item, index);
      const parsed = (schema as z.ZodType).safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
          for (const path of keys) problems.push({ file: dataPath(file), record, field: path.join('.') || '(record)', message: issue.code === 'unrecognized_keys' ? 'is not a field of this record' : issue.message });
        }
        continue;
      }
      const body = parsed.data as SeedRecord['body'];
      // The second record with an id is the one at fault, whatever order the writing takes.
      const key = `${collection}/${body.id}`;
      if (ids.has(key)) {
        problems.push({ file: dataPath(file), record, field: 'id', message: `duplicate id "${body.id}": ${ids.get(key)} has it too` });
        continue;
      }
      ids.set(key, record);
      if (collection === 'sources') {
        const article = join(dir, 'articles', `${body.id}.txt`);
        if (!existsSync(article)) {
          problems.push({ file: dataPath(file), record, field: 'id', message: `no article at seed/articles/${body.id}.txt` });
          continue;
        }
        body.body = readFileSync(article, 'utf8');
      }
      records.push({ collection, body, file: dataPath(file), record });
    }
  }
  if (problems.length > 0) throw new SeedError(problems);
  return records;
}

/**
 * Writes the seed through the write service in one transaction, every record stamped as
 * created (and last updated) at `at`, the time it entered this database: the time of loading
 * unless given. A record the service refuses is reported by file, record and field, and
 * nothing is written.
 */
export function writeSeed(connection: Connection, records: SeedRecord[], { at = new Date().toISOString() }: { at?: string } = {}): number {
  try {
    createWriteService(connection).createAll(
      records.map(({ collection, body }) => ({ collection, body })),
      { keyId: SEED_KEY_ID, now: at },
    );
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    const problems = (error.errors ?? [{ name: '', reason: error.message }]).map(({ name, reason }) => {
      const [index, ...field] = name.split('.');
      const record = records[Number(index)];
      return record
        ? { file: record.file, record: record.record, field: field.join('.') || '(record)', message: reason }
        : { file: 'seed/data', record: '(seed)', field: name || '(seed)', message: reason };
    });
    throw new SeedError(problems);
  }
  return records.length;
}
