/**
 * Turns whatever a user types into a safe FTS5 query. Every word becomes a quoted
 * string, so FTS5 syntax in the input (AND, NEAR, -, :, ^, parentheses, stray quotes)
 * is searched for as text instead of parsed. "Quoted phrases" stay phrases, and a
 * trailing * keeps its meaning as a prefix search. Words are ANDed.
 *
 * A word is matched as an analyst means it, not only as typed: in its British and
 * American spellings (`defence`, `defense`; `neutralise`, `neutralize`), and in its
 * other forms, by the part that English stemming keeps of it (`negotiations` matches
 * by `negoti…`: negotiate, negotiating, negotiator). A word stemming leaves whole
 * matches itself and its plural (or, in a list's `q`, every word it begins).
 *
 * A query's cost grows with its words and, steeply, with short prefixes (`s*` reads
 * the index of every word that starts with s), so both are bounded: repeated words
 * count once, at most MAX_QUERY_WORDS distinct words or phrases are taken, and a
 * prefix needs MIN_PREFIX_LENGTH characters. An explicit short prefix (`s*`) is
 * refused; where every word is a prefix (the lists' `q`), a shorter word matches
 * as a whole word instead.
 */
import { stemmer } from 'stemmer';
import { ProblemError } from './problem.js';

export const MAX_QUERY_WORDS = 8;
export const MIN_PREFIX_LENGTH = 3;

const refuse = (reason: string): never => {
  throw new ProblemError('validation', 'The request has 1 invalid parameter: query.q.', [{ name: 'query.q', reason }]);
};

export function toMatchQuery(input: string, { prefix = false }: { prefix?: boolean } = {}): string | null {
  const terms = new Map<string, string>();
  const add = (key: string, term: string) => {
    if (!terms.has(key)) terms.set(key, term);
  };
  const phrase = /["“”]([^"“”]*)["“”]?/g;
  let rest = input;
  for (const match of input.matchAll(phrase)) {
    const words = match[1]!.trim().replace(/\s+/g, ' ');
    if (/[\p{L}\p{N}]/u.test(words)) add(`"${words.toLowerCase()}`, quote(words));
    rest = rest.replace(match[0], ' ');
  }
  for (const raw of rest.split(/\s+/)) {
    const word = raw.replace(/\*+$/, '');
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    const asked = raw.endsWith('*');
    const long = [...word].length >= MIN_PREFIX_LENGTH;
    if (asked && !long) refuse(`"${raw}" is a prefix of fewer than ${MIN_PREFIX_LENGTH} characters; give at least ${MIN_PREFIX_LENGTH} before the *`);
    if (asked) add(`*${word.toLowerCase()}`, `${quote(word)}*`);
    else add(`=${word.toLowerCase()}`, wordTerm(word, { prefix }));
  }
  if (terms.size > MAX_QUERY_WORDS) refuse(`has ${terms.size} distinct words or phrases; at most ${MAX_QUERY_WORDS} are allowed`);
  return terms.size === 0 ? null : [...terms.values()].join(' AND ');
}

/** British and American spellings that no rule derives, by the British form. */
const SPELLINGS: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', programme: 'program', judgement: 'judgment',
  centre: 'center', theatre: 'theater', metre: 'meter', litre: 'liter', fibre: 'fiber', calibre: 'caliber', manoeuvre: 'maneuver',
  favour: 'favor', honour: 'honor', labour: 'labor', behaviour: 'behavior', neighbour: 'neighbor', colour: 'color', rumour: 'rumor',
  endeavour: 'endeavor', harbour: 'harbor', armour: 'armor', vigour: 'vigor', catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog',
  grey: 'gray', sceptic: 'skeptic', aluminium: 'aluminum', plough: 'plow', tyre: 'tire', kerb: 'curb', storey: 'story',
};
const AMERICAN = Object.fromEntries(Object.entries(SPELLINGS).map(([british, american]) => [american, british]));
/** Endings a listed spelling may carry and keep its pair: `defences`, `favoured`, `centres`. */
const ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing', 'ite', 'ites', 'able'];

/** A word in each of its spellings: itself, and its British or American counterpart. */
export function spellings(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set([w]);
  for (const table of [SPELLINGS, AMERICAN]) {
    for (const ending of ENDINGS) {
      const stem = ending ? (w.endsWith(ending) ? w.slice(0, -ending.length) : null) : w;
      if (stem && table[stem]) out.add(table[stem] + ending);
    }
  }
  // -ise/-ize, -yse/-yze and their forms (realise, organisation, analysed), both ways.
  const ize = /^(.{3,}[^aeiou])(i|y)([sz])(e|es|ed|ing|er|ers|ation|ations|ational)$/.exec(w);
  if (ize) out.add(`${ize[1]}${ize[2]}${ize[3] === 's' ? 'z' : 's'}${ize[4]}`);
  // travelled/traveled, cancelling/canceling.
  const ll = /^(.{3,}[aeiou])(ll|l)(ed|ing|er|ers)$/.exec(w);
  if (ll && !/ll$/.test(ll[1]!)) out.add(`${ll[1]}${ll[2] === 'll' ? 'l' : 'll'}${ll[3]}`);
  return [...out];
}

/** The longest start two words share. */
const commonStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
};

/**
 * Endings that make the other forms of a word, most common first: a search word is looked
 * for as each form made from its stem with one of them that English stemming takes back to
 * the same stem (`negotiations`: negotiation, negotiate, negotiated, negotiating,
 * negotiator…). Exact forms, ORed, keep a search one index lookup per form, read only as far
 * as the page needs; a prefix of the stem (`"negoti"*`) would merge every form's whole list
 * first, ten times slower for a common word at 1M records.
 */
const ENDINGS_OF_FORMS = ['', 's', 'e', 'es', 'ed', 'd', 'ing', 'ion', 'ions', 'ation', 'ations', 'al', 'als', 'er', 'ers', 'ate', 'ates', 'ated', 'ating', 'ator', 'ators', 'ize', 'izes', 'ized', 'izing', 'ization', 'ment', 'ments', 'ive'];
/** Most forms one word is looked for as: enough for every real form, the misses (a form no text has) costing one probe each. */
const MAX_FORMS = 40;

/** A word and its other forms, the word first (see ENDINGS_OF_FORMS). */
export function formsOf(word: string): string[] {
  const stem = stemmer(word);
  const out = new Set([word]);
  const bases = [...new Set([stem, word.replace(/e$/, ''), stem.replace(/i$/, 'y')])];
  for (const ending of ENDINGS_OF_FORMS) {
    for (const base of bases) {
      // Doubled final consonant of a short base: plan, planned, planning.
      const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && ending !== '' && /^[aeiou]/.test(ending) ? `${base}${base.at(-1)}${ending}` : null;
      for (const form of [`${base}${ending}`, doubled]) {
        // A base that stemming ends in i or y takes only endings that begin with e (treati → treaties, negoti → negotiate is through "ate").
        if (form && /[iy]$/.test(base) && ending !== '' && !/^(e|a)/.test(ending) && base !== word) continue;
        if (form && out.size < MAX_FORMS && form.length >= word.length - 3 && stemmer(form) === stem) out.add(form);
      }
    }
  }
  return [...out];
}

/**
 * The FTS5 term for one typed word: each of its spellings in each of its forms, ORed
 * (see formsOf); in a list's `q`, where every word is the start of a word, each spelling
 * by the start that stemming keeps of it (`"negoti"*`), or as typed when stemming keeps it all.
 */
function wordTerm(word: string, { prefix }: { prefix: boolean }): string {
  const alternatives = new Set<string>();
  for (const spelling of spellings(word)) {
    if ([...spelling].length < MIN_PREFIX_LENGTH) alternatives.add(quote(spelling));
    else if (prefix) {
      const kept = commonStart(spelling, stemmer(spelling));
      alternatives.add(`${quote([...kept].length >= MIN_PREFIX_LENGTH ? kept : spelling)}*`);
    } else for (const form of formsOf(spelling)) alternatives.add(quote(form));
  }
  const list = [...alternatives];
  return list.length === 1 ? list[0]! : `(${list.join(' OR ')})`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Markers the search asks FTS5's `highlight()` to put around each matched phrase: code
 * points of Unicode's private-use area, which no text of a knowledge base contains.
 */
export const HIT_OPEN = '\uE000';
export const HIT_CLOSE = '\uE001';

/** How many matched phrases `highlight()` marked in a text. */
export function countHits(marked: string): number {
  let n = 0;
  for (let i = marked.indexOf(HIT_OPEN); i !== -1; i = marked.indexOf(HIT_OPEN, i + 1)) n++;
  return n;
}

/**
 * A column's share of a BM25 score: how often the query matched it, saturating
 * (k1 = 1.2) and normalized by its length against the average (b = 0.75), as FTS5's
 * bm25() computes it but without the inverse document frequency.
 */
export function termFrequencyScore(hits: number, length: number, averageLength: number): number {
  const k1 = 1.2;
  const b = 0.75;
  if (hits === 0) return 0;
  return (hits * (k1 + 1)) / (hits + k1 * (1 - b + (b * length) / (averageLength || 1)));
}

/**
 * The passage of a highlighted text with the most matched words: at most `tokens` words,
 * the matches wrapped in `<mark>…</mark>`, and `…` where text was cut, like FTS5's
 * `snippet()` (whose cost is a fresh query per record).
 */
export function snippetOf(marked: string, tokens = 16): string {
  const words: { start: number; end: number; hit: boolean }[] = [];
  let inside = false;
  let last = 0;
  for (const word of marked.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    for (let i = last; i < word.index; i++) {
      if (marked[i] === HIT_OPEN) inside = true;
      else if (marked[i] === HIT_CLOSE) inside = false;
    }
    last = word.index;
    words.push({ start: word.index, end: word.index + word[0].length, hit: inside });
  }
  if (words.length === 0) return plain(marked);
  // The window of `tokens` words with the most hits; the earliest one on a tie.
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.hit) hits++;
    if (i >= tokens && words[i - tokens]!.hit) hits--;
    const start = Math.max(0, i - tokens + 1);
    if (hits > bestHits && (i >= tokens - 1 || i === words.length - 1)) {
      bestHits = hits;
      best = start;
    }
  }
  const endWord = Math.min(words.length, best + tokens) - 1;
  const from = best === 0 ? 0 : words[best]!.start;
  const to = endWord === words.length - 1 ? marked.length : words[endWord]!.end;
  let text = marked.slice(from, to);
  // Keep the marks balanced where the window cuts through a marked phrase.
  if (best > 0 && words[best]!.hit && !text.startsWith(HIT_OPEN)) text = HIT_OPEN + text;
  if (text.lastIndexOf(HIT_OPEN) > text.lastIndexOf(HIT_CLOSE)) text += HIT_CLOSE;
  return `${best > 0 ? '…' : ''}${text.replaceAll(HIT_OPEN, '<mark>').replaceAll(HIT_CLOSE, '</mark>')}${to < marked.length ? '…' : ''}`;
}

/** A highlighted text without its markers. */
export function plain(marked: string): string {
  return marked.replace(/[\uE000\uE001]/g, '');
}
