/** JSON that PostgreSQL wrote, as compact text (compact-json.js: plain JavaScript, so that the bridge thread loads it with no compiler). */
export function compactJson(text: string): string;
