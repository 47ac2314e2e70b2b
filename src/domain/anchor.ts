/**
 * Finding a quoted text in a source body. Curators (and later API callers) give
 * the words; this finds where they stand. Runs of white space match any white
 * space (articles wrap lines), and straight quotes match curly ones.
 */
export type AnchorResult =
  | { ok: true; start: number; end: number; exact: string }
  | { ok: false; reason: 'absent' | 'ambiguous'; matches: number };

function patternFor(text: string): RegExp {
  const parts = text
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/["“”]/g, '["“”]')
        .replace(/['‘’]/g, "['‘’]"),
    );
  return new RegExp(parts.join('\\s+'), 'g');
}

export function anchor(body: string, text: string): AnchorResult {
  const matches = [...body.matchAll(patternFor(text))];
  if (matches.length !== 1) return { ok: false, reason: matches.length === 0 ? 'absent' : 'ambiguous', matches: matches.length };
  const match = matches[0]!;
  return { ok: true, start: match.index, end: match.index + match[0].length, exact: match[0] };
}
