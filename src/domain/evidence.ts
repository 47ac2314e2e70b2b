/** An evidence span's id names its place: the source and the character offsets. */
export function evidenceId(sourceId: string, start: number, end: number): string {
  return `${sourceId}:${start}-${end}`;
}
