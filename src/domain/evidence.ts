/** Every evidence span a record (an input or a snapshot) cites, at any depth: its own, its parts'. */
export function citedSpans<S = { source_id: string; start: number; end: number; exact: string }>(value: unknown, out: S[] = []): S[] {
  if (Array.isArray(value)) value.forEach((v) => citedSpans(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'evidence' && Array.isArray(v)) out.push(...(v as S[]));
      else citedSpans(v, out);
    }
  }
  return out;
}

/** An evidence span's id names its place: the source and the character offsets. */
export function evidenceId(sourceId: string, start: number, end: number): string {
  return `${sourceId}:${start}-${end}`;
}
