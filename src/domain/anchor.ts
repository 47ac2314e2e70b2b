/**
 * Finding a quoted text in a source body. Curators (and later API callers) give
 * the words; this finds where they stand. Runs of white space match any white
 * space (articles wrap lines), and straight quotes match curly ones.
 *
 * Callers send up to 20,000 characters to look up in bodies of up to 1,000,000,
 * so the search must stay linear in body plus text whatever they send: a RegExp
 * built from the text backtracked for tens of seconds, or overflowed the stack,
 * on repetitive input. Instead both are folded to one canonical form (a white-space
 * run becomes one space, curly quotes become straight) and searched with KMP,
 * which makes at most two comparisons per body character all told, whatever the
 * text (String#indexOf makes no such promise).
 */
export type AnchorResult =
  | { ok: true; start: number; end: number; exact: string }
  | { ok: false; reason: 'absent' | 'ambiguous'; matches: number };

const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The code units of JavaScript's `\s`, which the words of a quotation were always split on. */
function isSpace(c: number): boolean {
  if (c > SPACE && c < 0xa0) return false; // most of any article
  return (
    c === SPACE ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function canonical(c: number): number {
  if (c === 0x201c || c === 0x201d) return DOUBLE_QUOTE; // “ ”
  if (c === 0x2018 || c === 0x2019) return SINGLE_QUOTE; // ‘ ’
  return c;
}

/** The text's canonical units; it is trimmed, so it starts and ends with a word. */
function foldText(text: string, from: number, to: number): Uint16Array {
  const units = new Uint16Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) units[n++] = canonical(c);
    else if (units[n - 1] !== SPACE) units[n++] = SPACE;
  }
  return units.subarray(0, n);
}

/**
 * Where the match of `m` canonical units ending at `end` starts in the body. Walking
 * back once for the one match costs less than a map of offsets for every body unit.
 */
function startOf(body: string, end: number, m: number): number {
  let j = end;
  for (let left = m; left > 0; left--) {
    j--;
    if (isSpace(body.charCodeAt(j))) while (isSpace(body.charCodeAt(j - 1))) j--;
  }
  return j;
}

export function anchor(body: string, text: string): AnchorResult {
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  // No words pin no place: the empty text stands everywhere, as the RegExp found it.
  if (from === to) return { ok: false, reason: 'ambiguous', matches: body.length + 1 };

  const pattern = foldText(text, from, to);
  const m = pattern.length;
  // KMP failure function: fail[i] is the length of the longest proper border of pattern[0..i].
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fail[k - 1]!;
    if (pattern[i] === pattern[k]) k++;
    fail[i] = k;
  }

  // The body is folded as it is read, so a body of a million characters costs no copy.
  let matches = 0;
  let end = -1;
  let afterSpace = false;
  for (let i = 0, k = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    let unit: number;
    if (isSpace(c)) {
      if (afterSpace) continue;
      afterSpace = true;
      unit = SPACE;
    } else {
      afterSpace = false;
      unit = canonical(c);
    }
    while (k > 0 && unit !== pattern[k]) k = fail[k - 1]!;
    if (unit === pattern[k]) k++;
    if (k === m) {
      if (matches++ === 0) end = i + 1;
      k = fail[k - 1]!;
    }
  }

  if (matches !== 1) return { ok: false, reason: matches === 0 ? 'absent' : 'ambiguous', matches };
  const start = startOf(body, end, m);
  return { ok: true, start, end, exact: body.slice(start, end) };
}
