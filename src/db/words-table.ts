/**
 * Writes src/domain/words.table.ts: how SQLite's FTS5 tokenizer (`unicode61 remove_diacritics 2`,
 * the search index's) treats every code point, read from SQLite itself, so that domain/words.ts
 * splits and folds text exactly as the search index does, on any database and any version of Node.
 * Run it after upgrading better-sqlite3: `npx tsx src/db/words-table.ts`.
 */
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/** How the tokenizer treats each code point: a separator, a diacritic it drops, or a token character folded to another. */
export function readTokenizer(): { separators: [number, number][]; dropped: number[]; folds: [number, number][] } {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')");
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  db.transaction(() => {
    for (let cp = 1; cp < 0x110000; cp++) if (cp < 0xd800 || cp > 0xdfff) insert.run(cp, `q${String.fromCodePoint(cp)}q`);
  })();
  const terms = new Map<number, string[]>();
  for (const { doc, term } of db.prepare('SELECT doc, term FROM v ORDER BY doc, offset').iterate() as Iterable<{ doc: number; term: string }>) {
    let list = terms.get(doc);
    if (!list) terms.set(doc, (list = []));
    list.push(term);
  }
  db.close();
  const separators: [number, number][] = [];
  const dropped: number[] = [];
  const folds: [number, number][] = [];
  for (let cp = 1; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const [first, second] = terms.get(cp) ?? [];
    if (second !== undefined) {
      const last = separators.at(-1);
      if (last && last[1] === cp - 1) last[1] = cp;
      else separators.push([cp, cp]);
    } else if (first === 'qq') dropped.push(cp);
    else {
      const folded = first!.slice(1, -1).codePointAt(0)!;
      if (folded !== cp) folds.push([cp, folded]);
    }
  }
  return { separators, dropped, folds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { separators, dropped, folds } = readTokenizer();
  const target = new URL('../domain/words.table.ts', import.meta.url);
  writeFileSync(
    target,
    `// Written by src/db/words-table.ts from SQLite's FTS5 tokenizer (unicode61 remove_diacritics 2): do not edit.\n\n` +
      `/** Ranges of code points that separate words, first and last of each. */\n` +
      `export const SEPARATORS = ${JSON.stringify(separators.flat())};\n\n` +
      `/** Diacritics dropped from a word (a word does not start with one). */\n` +
      `export const DROPPED = ${JSON.stringify(dropped)};\n\n` +
      `/** Code points a word holds as another (lower case, no diacritic), each pair its from and to. */\n` +
      `export const FOLDS = ${JSON.stringify(folds.flat())};\n`,
  );
  console.log(`${separators.length} separator ranges, ${dropped.length} dropped diacritics, ${folds.length} folds: src/domain/words.table.ts`);
}
