/**
 * Finds every quotation in an article: text between straight or curly double
 * quotes. A quotation may run across line breaks (hard-wrapped articles) but not
 * across a blank line: newspapers leave a quotation that continues into the next
 * paragraph unclosed and reopen it there, so an unclosed quotation ends with its
 * paragraph.
 */
export interface Quotation {
  /** Offsets of the quoted words, without the quote marks. */
  start: number;
  end: number;
  text: string;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

export function findQuotations(body: string): Quotation[] {
  const quotations: Quotation[] = [];
  const breaks = [...body.matchAll(PARAGRAPH_BREAK)].map((m) => m.index);
  let paragraphStart = 0;
  for (const paragraphEnd of [...breaks, body.length]) {
    let open: number | null = null;
    const close = (end: number) => {
      const raw = body.slice(open!, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text.length > 0) quotations.push({ start: open! + lead, end: open! + lead + text.length, text });
      open = null;
    };
    for (let i = paragraphStart; i < paragraphEnd; i++) {
      const ch = body[i];
      if (ch === '“') {
        if (open !== null) close(i);
        open = i + 1;
      } else if (ch === '”') {
        if (open !== null) close(i);
      } else if (ch === '"') {
        if (open === null) open = i + 1;
        else close(i);
      }
    }
    if (open !== null) close(paragraphEnd);
    paragraphStart = paragraphEnd;
  }
  return quotations;
}
