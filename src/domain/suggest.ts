/**
 * "Did you mean …?": the known names closest to what someone typed, for error answers
 * that name a mistake instead of silently answering something else.
 */

/** Lower case, accents off, and every run of anything but letters and digits to one space. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, stopping early once it is past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates that look like `typed`, closest first: one contains the other once
 * folded (`speaker_id` and `speaker`), or they are a few edits apart (a third of the
 * longer one's length, at most 3).
 */
export function closest(typed: string, candidates: Iterable<string>, max = 3): string[] {
  const t = fold(typed).replace(/ /g, '');
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const c = fold(candidate).replace(/ /g, '');
    if (c === '' || t === '') continue;
    const limit = Math.min(3, Math.floor(Math.max(t.length, c.length) / 3));
    const distance = editDistance(t, c, limit);
    if (distance <= limit) scored.push({ candidate, score: distance });
    else if (Math.min(t.length, c.length) >= 3 && (t.includes(c) || c.includes(t))) scored.push({ candidate, score: limit + Math.abs(t.length - c.length) / 100 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((s) => s.candidate);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function orList(names: readonly string[], quote = (n: string) => `\`${n}\``): string {
  const quoted = names.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
