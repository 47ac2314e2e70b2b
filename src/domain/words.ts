/**
 * Words as the search index sees them: split and folded exactly as SQLite's FTS5 tokenizer
 * (`unicode61 remove_diacritics 2`) splits and folds them, from its own table of every code
 * point (words.table.ts). On SQLite this is what the index does itself; on PostgreSQL the
 * index is built from these words (db/postgres/words.ts), so a search finds the same records
 * on both, whatever the database's locale, and a hit is marked the same (highlightOf).
 */
import { DROPPED, FOLDS, SEPARATORS } from './words.table.js';

export interface Word {
  /** The word folded: lower case, without diacritics. */
  text: string;
  /** Where it is in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

const dropped = new Set(DROPPED);
const folds = new Map<number, number>();
for (let i = 0; i < FOLDS.length; i += 2) folds.set(FOLDS[i]!, FOLDS[i + 1]!);

/** Whether a code point separates words (binary search of the separator ranges). */
function separates(cp: number): boolean {
  let lo = 0;
  let hi = SEPARATORS.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < SEPARATORS[2 * mid]!) hi = mid - 1;
    else if (cp > SEPARATORS[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** ASCII, the common case, by table: 0 separates, 1 is itself, 2 folds to lower case. */
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => (separates(c) ? 0 : folds.has(c) ? 2 : 1));

/** The words of a text, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let folded = '';
  let start = -1;
  let end = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const kind = ASCII[c]!;
      if (kind === 0) {
        if (start >= 0) words.push({ text: folded, start, end });
        start = -1;
      } else {
        if (start < 0) {
          start = i;
          folded = '';
        }
        folded += kind === 2 ? String.fromCharCode(c + 32) : text[i]!;
        end = i + 1;
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (separates(cp)) {
      if (start >= 0) words.push({ text: folded, start, end });
      start = -1;
    } else if (dropped.has(cp)) {
      // A diacritic belongs to the word it follows; it does not begin one.
      if (start >= 0) end = i + width;
    } else {
      if (start < 0) {
        start = i;
        folded = '';
      }
      folded += String.fromCodePoint(folds.get(cp) ?? cp);
      end = i + width;
    }
    i += width;
  }
  if (start >= 0) words.push({ text: folded, start, end });
  return words;
}

/**
 * How many words a text has, as FTS5 counts a column (wordsOf's words, not built): what ranking
 * divides a column's matches by. The hit markers (private use) join the word they wrap, so a
 * text marked by highlight() has as many words as it had before.
 */
export function countWords(text: string): number {
  let n = 0;
  let inside = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const word = ASCII[c] !== 0;
      if (word && !inside) n++;
      inside = word;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (separates(cp)) inside = false;
    else if (!dropped.has(cp)) {
      // A diacritic neither begins a word nor ends one.
      if (!inside) n++;
      inside = true;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** A text's words, folded, without their places: what a query's quoted text asks for. */
export const foldedWords = (text: string): string[] => wordsOf(text).map((w) => w.text);

/** A quoted text of an FTS5 query, as words; with `prefix`, its last word is the start of a word. */
export interface Phrase {
  words: string[];
  prefix: boolean;
}

/**
 * The phrases of an FTS5 query as domain/fts.ts writes it (quoted texts, each perhaps with a
 * trailing `*`, joined by AND, OR and parentheses), in order, each with the query text after it.
 */
export function phrasesOf(query: string): { phrase: Phrase; from: number; to: number }[] {
  const out: { phrase: Phrase; from: number; to: number }[] = [];
  for (let i = query.indexOf('"'); i !== -1; i = query.indexOf('"', i)) {
    const from = i;
    let text = '';
    for (i++; i < query.length; i++) {
      if (query[i] === '"' && query[i + 1] === '"') {
        text += '"';
        i++;
      } else if (query[i] === '"') break;
      else text += query[i];
    }
    i++;
    const prefix = query[i] === '*';
    if (prefix) i++;
    out.push({ phrase: { words: foldedWords(text), prefix }, from, to: i });
  }
  return out;
}

/**
 * A text with every place a phrase of the query occurs in it wrapped in `open` and `close`,
 * as FTS5's `highlight()` marks it: places that overlap are one, a phrase does not match
 * across the text's end (nor across columns), and an empty phrase matches nowhere.
 */
export function highlightOf(text: string, phrases: readonly Phrase[], open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spansOf(text, phrases)) {
    out += `${text.slice(at, start)}${open}${text.slice(start, end)}${close}`;
    at = end;
  }
  return out + text.slice(at);
}

/** How many places `highlightOf` would mark in a text: what ranking counts, without the marked text. */
export function countPlaces(text: string, phrases: readonly Phrase[]): number {
  return spansOf(text, phrases).length;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Where the phrases occur in a text, merged where they overlap, in order: a text of ASCII alone read the quicker way. */
const spansOf = (text: string, phrases: readonly Phrase[]) => (ASCII_ONLY.test(text) ? asciiPlaces(text, phrases) : places(text, phrases));

/** Where the phrases occur in a text, merged where they overlap, in order: [start, end) offsets. */
function places(text: string, phrases: readonly Phrase[]): [number, number][] {
  const words = wordsOf(text);
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    let last = -1;
    for (const { words: wanted, prefix } of phrases) {
      const n = wanted.length;
      if (n === 0 || i + n > words.length) continue;
      let k = 0;
      while (k < n && (words[i + k]!.text === wanted[k] || (prefix && k === n - 1 && words[i + k]!.text.startsWith(wanted[k]!)))) k++;
      if (k === n) last = Math.max(last, words[i + n - 1]!.end);
    }
    if (last < 0) continue;
    const previous = spans.at(-1);
    if (previous && words[i]!.start < previous[1]) previous[1] = Math.max(previous[1], last);
    else spans.push([words[i]!.start, last]);
  }
  return spans;
}

/** Whether the character at `at` of an ASCII text separates words (or is past either end). */
const separatorAt = (lower: string, at: number) => at < 0 || at >= lower.length || ASCII[lower.charCodeAt(at)] === 0;

/** The end of the word that begins at `at` of an ASCII text lower-cased, if it is `word` (or, with `prefix`, begins with it); -1 if not. */
function wordAt(lower: string, at: number, word: string, prefix: boolean): number {
  if (!lower.startsWith(word, at)) return -1;
  let end = at + word.length;
  if (prefix) while (!separatorAt(lower, end)) end++;
  return separatorAt(lower, end) ? end : -1;
}

/** The phrases whose first words begin with `start`, at least START_LETTERS letters of them (or the whole of a shorter word). */
interface Start {
  start: string;
  members: Phrase[];
}
const START_LETTERS = 3;
const STARTS = new WeakMap<readonly Phrase[], Start[]>();

/** The phrases (not empty) grouped by how their first words begin: each group's start is looked for once. Kept for each list of phrases. */
function startsOf(phrases: readonly Phrase[]): Start[] {
  let starts = STARTS.get(phrases);
  if (starts !== undefined) return starts;
  starts = [];
  for (const phrase of phrases.filter((p) => p.words.length > 0).sort((a, b) => (a.words[0]! < b.words[0]! ? -1 : a.words[0]! > b.words[0]! ? 1 : 0))) {
    const first = phrase.words[0]!;
    const last = starts.at(-1);
    let common = 0;
    if (last) while (common < last.start.length && common < first.length && last.start[common] === first[common]) common++;
    if (last && common >= START_LETTERS) {
      last.start = last.start.slice(0, common);
      last.members.push(phrase);
    } else starts.push({ start: first, members: [phrase] });
  }
  STARTS.set(phrases, starts);
  return starts;
}

/**
 * `places` for a text of ASCII alone, without splitting all of it: what the phrases' first words
 * begin with is looked for in the text lower-cased (ASCII folds by case alone), and only where it
 * begins a word are the phrases read there. A search marks hundreds of documents, some long, for
 * a word's forms (`missile`, `missiles`, … all begin `missil`): the text is read once for them all.
 */
function asciiPlaces(text: string, phrases: readonly Phrase[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  for (const { start, members } of startsOf(phrases)) {
    for (let at = lower.indexOf(start); at !== -1; at = lower.indexOf(start, at + 1)) {
      if (!separatorAt(lower, at - 1)) continue;
      for (const { words: wanted, prefix } of members) {
        const n = wanted.length;
        let end = wordAt(lower, at, wanted[0]!, prefix && n === 1);
        for (let k = 1; k < n && end !== -1; k++) {
          let next = end;
          while (next < lower.length && separatorAt(lower, next)) next++;
          end = next < lower.length ? wordAt(lower, next, wanted[k]!, prefix && k === n - 1) : -1;
        }
        if (end !== -1) found.push([at, end]);
      }
    }
  }
  // One phrase's places are found in order; several phrases' are put in order.
  if (phrases.length > 1) found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: [number, number][] = [];
  for (const [start, end] of found) {
    const previous = spans.at(-1);
    if (previous && start < previous[1]) previous[1] = Math.max(previous[1], end);
    else spans.push([start, end]);
  }
  return spans;
}
