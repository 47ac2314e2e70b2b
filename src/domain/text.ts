/**
 * What text the service accepts. Control characters other than tab, line feed and
 * carriage return have no place in a parameter or a record (SQLite and FTS5 read a
 * NUL as the end of a string), and a lone UTF-16 surrogate cannot be stored as
 * UTF-8 without being changed. Both are refused, naming where they stood.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** In a `u` pattern a surrogate pair is one code point, so this finds only the lone halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a string is refused, or undefined when it is acceptable. */
export function textFault(value: string): string | undefined {
  const control = CONTROL.exec(value);
  if (control) return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at position ${control.index}; only tab, line feed and carriage return are allowed`;
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `contains a lone UTF-16 surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at position ${lone.index}, which is not a character: the text is ill-formed Unicode`;
  return undefined;
}

export interface TextFault {
  name: string;
  reason: string;
}

/**
 * Every refused string in a parsed value (keys included), as `prefix.path.to.field`.
 * Walks with its own stack, so a body nested ten thousand deep is no danger.
 */
export function textFaults(value: unknown, prefix: string, limit = 50): TextFault[] {
  const faults: TextFault[] = [];
  const stack: [unknown, string][] = [[value, prefix]];
  while (stack.length && faults.length < limit) {
    const [item, at] = stack.pop()!;
    if (typeof item === 'string') {
      const reason = textFault(item);
      if (reason) faults.push({ name: at, reason });
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${at}.${i}`]);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const reason = textFault(key);
        if (reason) faults.push({ name: `${at}.${key}`, reason: `has a field name that ${reason}` });
        stack.push([child, `${at}.${key}`]);
      }
    }
  }
  return faults;
}
