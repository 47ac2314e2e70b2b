/**
 * Words as the search index sees them (domain/words.ts), checked against SQLite's FTS5
 * tokenizer itself: its table of every code point, its words on random text, and its
 * highlight() on the searches of the seeded knowledge base. PostgreSQL's index is built
 * from these words, so these are what make a search find and mark the same on both.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readTokenizer } from '../../src/db/words-table.js';
import { toMatchQuery } from '../../src/domain/fts.js';
import { highlightOf, phrasesOf, wordsOf } from '../../src/domain/words.js';
import { DROPPED, FOLDS, SEPARATORS } from '../../src/domain/words.table.js';
import { createTestDatabase } from '../helpers.js';

/** A small deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fts5(texts: string[]) {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')");
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  texts.forEach((text, i) => insert.run(i + 1, text));
  return db;
}

describe('words', () => {
  it('are split and folded by the table SQLite’s tokenizer gives for every code point', () => {
    const { separators, dropped, folds } = readTokenizer();
    expect(SEPARATORS).toEqual(separators.flat());
    expect(DROPPED).toEqual(dropped);
    expect(FOLDS).toEqual(folds.flat());
  }, 60_000);

  it('are the words FTS5 finds in random text: accents, apostrophes, dashes, ligatures, scripts and symbols', () => {
    const next = random(7);
    const alphabet = [...'aZé\u0301 .,’\'-_İßΣς0٣\u{1D400}\u{E0001}ǅﬁ中\uE000—«»\t'];
    const texts = Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    const db = fts5(texts);
    const found = texts.map(() => [] as string[]);
    for (const { doc, term } of db.prepare('SELECT doc, term FROM v ORDER BY doc, offset').all() as { doc: number; term: string }[]) found[doc - 1]!.push(term);
    texts.forEach((text, i) => expect(wordsOf(text).map((w) => w.text), JSON.stringify(text)).toEqual(found[i]));
    expect(wordsOf('Genève: Putin’s A\u0301B')).toEqual([
      { text: 'geneve', start: 0, end: 6 },
      { text: 'putin', start: 8, end: 13 },
      { text: 's', start: 14, end: 15 },
      { text: 'ab', start: 16, end: 19 },
    ]);
  });

  it('are marked where highlight() marks them in random text, ASCII alone or not: phrases, prefixes, several at once, overlapping', () => {
    const next = random(13);
    const pickOf = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const syllables = ['ab', 'Ab', 'abc', 'b', 'B2', 'ca', 'aba', 'x'];
    const gaps = [' ', '  ', ', ', '-', "'", '.', '\t', '_'];
    for (const accented of [false, true]) {
      const texts = Array.from({ length: 400 }, () => {
        const words = Array.from({ length: 1 + Math.floor(next() * 14) }, () => (accented && next() < 0.2 ? pickOf(['Ábc', 'ab\u0301', 'ça', 'ß']) : pickOf(syllables)));
        return (next() < 0.3 ? pickOf(gaps) : '') + words.map((w, i) => (i === 0 ? w : pickOf(gaps) + w)).join('') + (next() < 0.3 ? pickOf(gaps) : '');
      });
      const db = fts5(texts);
      const marked = db.prepare("SELECT x, highlight(t, 0, '[', ']') AS h FROM t WHERE t MATCH ?");
      let hits = 0;
      for (let k = 0; k < 60; k++) {
        const phrase = () => {
          const words = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pickOf(syllables).toLowerCase());
          return `"${words.join(' ')}"${next() < 0.3 ? '*' : ''}`;
        };
        const query = Array.from({ length: 1 + Math.floor(next() * 3) }, phrase).join(' OR ');
        const phrases = phrasesOf(query).map((p) => p.phrase);
        for (const { x, h } of marked.all(query) as { x: string; h: string }[]) {
          hits++;
          expect(highlightOf(x, phrases, '[', ']'), `${query} in ${JSON.stringify(x)}`).toBe(h);
        }
      }
      expect(hits).toBeGreaterThan(1000);
      db.close();
    }
  });

  it('are marked in a text where highlight() marks them, for searches of every kind on the knowledge base', () => {
    const connection = createTestDatabase();
    try {
      const marked = connection.prepare("SELECT rowid, title, body, highlight(search_index, 0, '[', ']') AS t, highlight(search_index, 1, '[', ']') AS b FROM search_index WHERE search_index MATCH ?");
      const vocabulary = (connection.prepare("SELECT title || ' ' || body FROM search_index").pluck().all() as string[]).join(' ').split(/\s+/).filter((w) => /\p{L}/u.test(w));
      const next = random(11);
      const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
      let hits = 0;
      for (let k = 0; k < 300; k++) {
        const words = Array.from({ length: 1 + (k % 3) }, pick);
        const text = k % 5 === 0 ? `"${words.join(' ')}"` : k % 7 === 0 ? words.map((w) => `${w.slice(0, 4)}*`).join(' ') : words.join(' ');
        let match: string | null;
        try {
          match = toMatchQuery(text, { prefix: k % 2 === 0 });
        } catch {
          continue; // a prefix too short
        }
        if (match === null) continue;
        const phrases = phrasesOf(match).map((p) => p.phrase);
        for (const row of marked.all(match) as { title: string; body: string; t: string; b: string }[]) {
          hits++;
          expect(highlightOf(row.title, phrases, '[', ']'), match).toBe(row.t);
          expect(highlightOf(row.body, phrases, '[', ']'), match).toBe(row.b);
        }
      }
      expect(hits).toBeGreaterThan(1000);
      // Overlapping places are one mark; adjacent ones are two.
      const db = fts5(['a b a b c', 'x y']);
      const query = '"a b" OR "b a" OR "c" OR "x" OR "y"';
      const phrases = phrasesOf(query).map((p) => p.phrase);
      for (const { x, h } of db.prepare("SELECT x, highlight(t, 0, '[', ']') AS h FROM t WHERE t MATCH ?").all(query) as { x: string; h: string }[]) {
        expect(highlightOf(x, phrases, '[', ']')).toBe(h);
      }
    } finally {
      connection.close();
    }
  });
});
