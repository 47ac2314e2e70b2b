// @ts-check
/**
 * JSON that PostgreSQL wrote, as compact text: what `JSON.stringify(JSON.parse(text))` gives,
 * which is how SQLite and Node write it. PostgreSQL spaces its `json` output (`{"a" : 1}`,
 * `[1, 2]`, a newline between the elements of `json_agg`); that whitespace, outside strings,
 * is all that differs in what Parley's queries build, so it is cut out in one pass, without
 * parsing the text into objects and writing them again (a third of the time of a list read
 * on PostgreSQL went into that).
 *
 * Where the texts could differ in more than whitespace, the value is parsed and written again
 * instead: a number with a fraction or an exponent (`1e+20`, `1.50`), `-0`, and any escape in
 * a string that JSON.stringify would not write (`\u00e9`, `\/`) — as text stored by another
 * program may hold.
 */

/** The whole value parsed and written again: always right, slower. */
const rewritten = (/** @type {string} */ text) => JSON.stringify(JSON.parse(text));

/** Whether the code is JSON whitespace: space, tab, newline, carriage return. */
const isSpace = (/** @type {number} */ c) => c === 32 || c === 10 || c === 13 || c === 9;

/** The escapes JSON.stringify writes itself, after the backslash: `"` `\` b f n r t (`u` is checked apart). */
const PLAIN_ESCAPES = new Set([34, 92, 98, 102, 110, 114, 116]);

/** A `\u` escape JSON.stringify writes: a control character, in lowercase hex (`\u001f`). */
const CONTROL_ESCAPE = /^00[01][0-9a-f]$/;

/** @param {string} text */
export function compactJson(text) {
  const n = text.length;
  let out = '';
  /** The start of the text not yet copied to `out`. */
  let from = 0;
  let i = 0;
  /** The next backslash at or after some point (-1: none left), found only when needed. */
  let slash = text.indexOf('\\');
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: up to its closing quote, checking each escape on the way.
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) return rewritten(text);
        if (slash !== -1 && slash < i) slash = text.indexOf('\\', i);
        if (slash === -1 || slash > quote) {
          i = quote + 1;
          break;
        }
        const escaped = text.charCodeAt(slash + 1);
        if (escaped === 117) {
          if (!CONTROL_ESCAPE.test(text.slice(slash + 2, slash + 6))) return rewritten(text);
          i = slash + 6;
        } else if (PLAIN_ESCAPES.has(escaped)) {
          i = slash + 2;
        } else {
          return rewritten(text);
        }
        slash = text.indexOf('\\', i);
      }
    } else if (isSpace(c)) {
      out += text.slice(from, i);
      do i++;
      while (i < n && isSpace(text.charCodeAt(i)));
      from = i;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      // A number: whole numbers are written alike; anything else is written again.
      const start = i;
      do i++;
      while (i < n && (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57));
      const next = i < n ? text.charCodeAt(i) : 0;
      if (next === 46 || next === 101 || next === 69 || (c === 45 && text.charCodeAt(start + 1) === 48)) return rewritten(text);
    } else {
      i++;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
