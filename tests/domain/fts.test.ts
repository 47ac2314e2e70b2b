/** The full-text query builder, snippets, word counts and FTS5's size records (the counts checked against the index itself). */
import { describe, expect, it } from 'vitest';
import { fts5Varints } from '../../src/db/dialect.js';
import { HIT_CLOSE as C, HIT_OPEN as O, snippetOf, toMatchQuery } from '../../src/domain/fts.js';
import { countWords, wordsOf } from '../../src/domain/words.js';
import { createTestDatabase } from '../helpers.js';
import { sqliteOf } from '../../src/db/client.js';

describe('toMatchQuery', () => {
  it('quotes every word and keeps phrases and prefixes', () => {
    expect(toMatchQuery('AND', { prefix: true })).toBe('"and"*');
    expect(toMatchQuery('"missile defense" negotiat*')).toBe('"missile defense" AND "negotiat"*');
    expect(toMatchQuery('say "hi', { prefix: true })).toBe('"hi" AND "say"*');
    expect(toMatchQuery('a"b')).toBe('"b" AND "a"');
    expect(toMatchQuery('-- ***')).toBeNull();
    // Each word is one parenthesized group of quoted forms, the groups ANDed: FTS5 syntax in the input stays text.
    expect(toMatchQuery('missile AND defense')).toMatch(/^\("missile"( OR "[a-z]+")*\) AND \("and"( OR "[a-z]+")*\) AND \("defense"( OR "[a-z]+")*\)$/);
  });

  it('takes each word in its British and American spellings and its other forms', () => {
    const terms = (q: string) => toMatchQuery(q)!.replace(/[()]/g, '').split(' OR ').map((t) => t.replace(/"/g, ''));
    expect(terms('negotiations')).toEqual(expect.arrayContaining(['negotiations', 'negotiation', 'negotiate', 'negotiated', 'negotiating', 'negotiator']));
    expect(terms('neutralise')).toEqual(expect.arrayContaining(['neutralise', 'neutralised', 'neutralize', 'neutralized']));
    expect(terms('defence')).toEqual(expect.arrayContaining(['defence', 'defense', 'defenses']));
    expect(terms('favoured')).toEqual(expect.arrayContaining(['favoured', 'favored', 'favour']));
    expect(terms('treaty')).toEqual(expect.arrayContaining(['treaty', 'treaties']));
    expect(terms('plan')).toEqual(['plan', 'plans', 'planned', 'planning']);
    // In a list's q every word is the start of a word: by the start stemming keeps of it.
    expect(toMatchQuery('negotiations', { prefix: true })).toBe('"negoti"*');
    expect(toMatchQuery('defence', { prefix: true })).toBe('("defenc"* OR "defens"*)');
    expect(toMatchQuery('iran', { prefix: true })).toBe('"iran"*');
  });
});

describe('snippetOf', () => {
  it('keeps a short text whole, marking the matches', () => {
    expect(snippetOf(`Lavrov said Russia would ${O}neutralize${C} the threat.`)).toBe('Lavrov said Russia would <mark>neutralize</mark> the threat.');
  });

  it('cuts a long text to the window of 16 words with the most matches, with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[30] = `${O}radar${C}`;
    words[33] = `${O}radar${C}`;
    words[50] = `${O}radar${C}`;
    const snippet = snippetOf(`${words.join(' ')}.`);
    expect(snippet).toBe(`…${['w18', 'w19', 'w20', 'w21', 'w22', 'w23', 'w24', 'w25', 'w26', 'w27', 'w28', 'w29'].join(' ')} <mark>radar</mark> w31 w32 <mark>radar</mark>…`);
  });

  it('keeps its marks balanced when the window cuts through a marked phrase', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const snippet = snippetOf(`${O}${words.slice(0, 20).join(' ')}${C} ${words.slice(20).join(' ')}`, 4);
    expect(snippet.split('<mark>').length).toBe(snippet.split('</mark>').length);
    expect(snippet).toBe('<mark>w0 w1 w2 w3</mark>…');
  });
});

describe('countWords', () => {
  it('counts the words of every indexed title and body as FTS5 counted them, whatever the accents, digits and punctuation', () => {
    const connection = createTestDatabase();
    const add = sqliteOf(connection).prepare("INSERT INTO search_index (title, body, related) VALUES (?, ?, '')");
    add.run('Sergeï Lavrov’s “reply”', 'Déjà vu: 2+2=4, the CFE/INF talks; naïve — 𝔘nicode 中文 x\u0301y');
    const rows = sqliteOf(connection).prepare('SELECT i.title, i.body, z.sz FROM search_index i JOIN search_index_docsize z ON z.id = i.rowid').all() as { title: string; body: string; sz: Uint8Array }[];
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect([countWords(row.title), countWords(row.body)], row.title).toEqual(fts5Varints(row.sz).slice(0, 2));
    // The hit markers join the word they wrap, as they did in FTS5's count of the unmarked text.
    expect(countWords(`the ${O}missile${C} talks`)).toBe(3);
    connection.close();
  });

  it('counts as FTS5 counts a text with any code point: in a word, alone, twice, at either end', () => {
    const connection = createTestDatabase();
    const db = sqliteOf(connection);
    const add = db.prepare("INSERT INTO search_index (title, body, related) VALUES ('', ?, '')");
    const texts: string[] = [];
    // From U+0001, as the tokenizer's table (db/words-table.ts): no text holds NUL (the API refuses control characters; PostgreSQL's text cannot).
    for (let cp = 1; cp < 0x30000; cp += cp < 0x3000 ? 1 : 7) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      texts.push(`a${c}b ${c} x ${c}${c} y${c}`);
    }
    db.transaction(() => {
      for (const text of texts) add.run(text);
    })();
    const sizes = db.prepare("SELECT i.body, z.sz FROM search_index i JOIN search_index_docsize z ON z.id = i.rowid WHERE i.title = ''").all() as { body: string; sz: Uint8Array }[];
    expect(sizes.length).toBeGreaterThanOrEqual(texts.length);
    const wrong = sizes.filter((r) => countWords(r.body) !== fts5Varints(r.sz)[1] || countWords(r.body) !== wordsOf(r.body).length);
    expect(wrong.slice(0, 5).map((r) => [...r.body].map((c) => c.codePointAt(0)!.toString(16)).join(" ") + ` fts5 ${fts5Varints(r.sz)[1]} countWords ${countWords(r.body)} wordsOf ${wordsOf(r.body).length}`)).toEqual([]);
    connection.close();
  });
});

describe('fts5Varints', () => {
  it('reads SQLite\'s big-endian varints', () => {
    expect(fts5Varints(Uint8Array.from([0x05, 0x81, 0x00, 0x82, 0x80, 0x01]))).toEqual([5, 128, 32769]);
  });
});
