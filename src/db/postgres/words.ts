/**
 * The search index's words on PostgreSQL. Its triggers keep each document's text in
 * `search_index` as SQLite's do; its words are written here, by the same tokenizer the
 * SQLite index uses (domain/words.ts), when the transaction that wrote the text commits.
 * PostgreSQL's own parser splits and folds words by the database's locale (under the C
 * locale, `Genève` stays `Genève` and `Putin’s` is one word), which would make the same
 * search find other records on each database.
 */
import { wordsOf } from '../../domain/words.js';

/** PostgreSQL's limits for a tsvector: a word's length in bytes, positions a word keeps, the highest position, its whole size. */
const MAX_WORD_BYTES = 2047;
const MAX_POSITIONS = 256;
const MAX_POSITION = 16383;
const MAX_VECTOR_BYTES = 1_000_000;

const quoted = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The lexeme of two words that follow one another: a space before and between them, which no
 * word holds, so that no word is one and no word's prefix (`'talk':*`) matches one (a match
 * without positions would fail the phrases it is in).
 */
export const pairOf = (first: string, second: string) => ` ${first} ${second}`;

/**
 * The ranges of rowids a document is in, one of each size (2^10, 2^13, 2^16, 2^19 and 2^22
 * documents' rowids), each a lexeme of its words (`'#16:3'`: the fourth range of 65,536): a `#`,
 * which no word holds, starts them. The word index cannot read a word's documents newest first,
 * as FTS5 reads its lists: it reads them all, and a search sorted each of them by rowid to keep
 * the newest (at 1M documents, a phrase in 10,000 of them: 22 ms). A search asks for its words
 * within the newest ranges (rangesOf), so that the index reads only the documents found there
 * (the same phrase within the newest 131,072 rowids: 2.4 ms).
 */
export const RANGE_LEVELS = [10, 13, 16, 19, 22] as const;
/** The rowids in the smallest range. */
export const RANGE_UNIT_ROWS = 2 ** RANGE_LEVELS[0];

const rangeLexeme = (level: number, index: number) => `#${level}:${index}`;

/**
 * The lexeme of a document's collection (`'#type:source'`), so that a search of one collection
 * asks the word index for it with its words, rather than reading every match to check its record.
 */
export const typeLexemeOf = (type: string) => `#type:${type}`;

/** The lexemes of the ranges a rowid is in. */
export const rangeLexemesOf = (rowid: number) => RANGE_LEVELS.map((level) => rangeLexeme(level, Math.floor(rowid / 2 ** level)));

/**
 * The range [from, to) of at least `size` rowids below `below` (exclusive), its ends rounded out
 * to the largest ranges no larger than `size`, so that few name it (rangesOf); `top`, if given,
 * a rowid past which there are none, so that the upper end may be rounded up. From is never
 * below 0.
 */
export function rangeBelow(below: number, size: number, top?: number): { from: number; to: number } {
  const unit = 2 ** RANGE_LEVELS.findLast((l) => 2 ** l <= size)!;
  const to = top === undefined ? below : Math.ceil((top + 1) / unit) * unit;
  return { from: Math.max(0, Math.floor((below - size) / unit) * unit), to };
}

/**
 * A tsquery (as text) that the documents whose rowid is in [from, to) match: the fewest ranges
 * that cover it, the largest first from the top. Both ends are multiples of the smallest range.
 */
export function rangesOf(from: number, to: number): string {
  if (from % RANGE_UNIT_ROWS !== 0 || to % RANGE_UNIT_ROWS !== 0 || from >= to) throw new RangeError(`No ranges cover [${from}, ${to})`);
  const ranges: string[] = [];
  for (let top = to; top > from; ) {
    const level = RANGE_LEVELS.findLast((l) => top % 2 ** l === 0 && top - 2 ** l >= from)!;
    ranges.push(`'${rangeLexeme(level, top / 2 ** level - 1)}'`);
    top -= 2 ** level;
  }
  return ranges.join(' | ');
}

/**
 * The tsvector of a document's columns, as text, and each column's length in words. The
 * columns' positions are one apart, so that a phrase never spans two of them. A word longer
 * than PostgreSQL keeps is left out; a document too long for positions keeps its words without
 * them (a phrase in it is then not found: see the README's list of differences).
 *
 * Each pair of words that follow one another in a column is a lexeme too (`' treaty talks'`:
 * pairOf), without positions: PostgreSQL's word index keeps no positions, so a
 * phrase was checked in every document holding all its words (at 100,000 documents, 12,692 for
 * 964 matches); its pairs (tsqueryOf) find the documents that hold it, and the positions confirm.
 * A document keeps its pairs exactly when it keeps its positions. The ranges its rowid is in
 * (rangeLexemesOf) and its collection (typeLexemeOf), if it has a record, are lexemes too, always,
 * so that a search within them finds it.
 */
export function tsvectorOf(columns: readonly (string | null)[], rowid: number, type?: string | null): { vector: string; sizes: number[] } {
  const positions = new Map<string, number[]>();
  const pairs = new Set<string>();
  const sizes: number[] = [];
  let position = 0;
  for (const column of columns) {
    const words = wordsOf(column ?? '');
    sizes.push(words.length);
    let previous: string | undefined;
    for (const { text } of words) {
      position++;
      if (Buffer.byteLength(text) > MAX_WORD_BYTES) {
        previous = undefined;
        continue;
      }
      let list = positions.get(text);
      if (!list) positions.set(text, (list = []));
      if (list.length < MAX_POSITIONS && position <= MAX_POSITION) list.push(position);
      // A pair is kept where positions are (within MAX_POSITION words), so that a long source's pairs stay within the vector's size.
      if (previous !== undefined && position <= MAX_POSITION) pairs.add(pairOf(previous, text));
      previous = text;
    }
    position++;
  }
  for (const pair of pairs) if (Buffer.byteLength(pair) > MAX_WORD_BYTES) pairs.delete(pair);
  let bytes = 0;
  for (const [word, list] of positions) bytes += Buffer.byteLength(word) + 2 * list.length + 8;
  for (const pair of pairs) bytes += Buffer.byteLength(pair) + 8;
  const withPositions = bytes <= MAX_VECTOR_BYTES;
  const entries = [...positions].map(([word, list]) => (withPositions && list.length > 0 ? `${quoted(word)}:${list.join(',')}` : quoted(word)));
  if (withPositions) for (const pair of pairs) entries.push(quoted(pair));
  for (const range of rangeLexemesOf(rowid)) entries.push(quoted(range));
  if (type) entries.push(quoted(typeLexemeOf(type)));
  return { vector: entries.join(' '), sizes };
}

/** Documents indexed per statement. */
const BATCH = 500;

/**
 * Writes the words of every document whose text changed in this transaction (its words
 * are NULL until then). `query` runs one statement on the transaction's connection.
 */
export function indexWords(query: (text: string, params: unknown[]) => Record<string, unknown>[]): void {
  // A batch starts after the last one: the documents it indexed are still in the partial index (words
  // IS NULL) until the transaction ends, and starting from the first each time would read them all
  // again (quadratic: 1M documents in one transaction took hours).
  for (let after = Number.MIN_SAFE_INTEGER; ; ) {
    const rows = query(
      `SELECT s.rowid, s.title, s.body, s.related, d.type FROM search_index s LEFT JOIN search_docs d ON d.rowid = s.rowid
       WHERE s.words IS NULL AND s.rowid > $1 ORDER BY s.rowid LIMIT ${BATCH}`,
      [after],
    ) as {
      rowid: number;
      type: string | null;
      title: string | null;
      body: string | null;
      related: string | null;
    }[];
    if (rows.length === 0) return;
    const vectors = rows.map((r) => tsvectorOf([r.title, r.body, r.related], Number(r.rowid), r.type));
    query(
      `UPDATE search_index AS s SET words = v.words::tsvector, title_size = v.title_size, body_size = v.body_size
       FROM unnest($1::int8[], $2::text[], $3::int4[], $4::int4[]) AS v(rowid, words, title_size, body_size) WHERE s.rowid = v.rowid`,
      [rows.map((r) => r.rowid), vectors.map((v) => v.vector), vectors.map((v) => v.sizes[0]), vectors.map((v) => v.sizes[1])],
    );
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.rowid;
  }
}
