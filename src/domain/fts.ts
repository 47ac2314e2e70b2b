/**
 * Turns whatever a user types into a safe FTS5 query. Every word becomes a quoted
 * string, so FTS5 syntax in the input (AND, NEAR, -, :, ^, parentheses, stray quotes)
 * is searched for as text instead of parsed. "Quoted phrases" stay phrases, and a
 * trailing * keeps its meaning as a prefix search. Words are ANDed.
 */
const MAX_TERMS = 32;

export function toMatchQuery(input: string, { prefix = false }: { prefix?: boolean } = {}): string | null {
  const terms: string[] = [];
  const phrase = /["“”]([^"“”]*)["“”]?/g;
  let rest = input;
  for (const match of input.matchAll(phrase)) {
    const words = match[1]!.trim();
    if (/[\p{L}\p{N}]/u.test(words)) terms.push(quote(words));
    rest = rest.replace(match[0], ' ');
  }
  for (const raw of rest.split(/\s+/)) {
    const word = raw.replace(/\*+$/, '');
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    terms.push(`${quote(word)}${prefix || raw.endsWith('*') ? '*' : ''}`);
  }
  return terms.length === 0 ? null : terms.slice(0, MAX_TERMS).join(' ');
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
