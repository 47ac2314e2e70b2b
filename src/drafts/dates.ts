/**
 * Date expressions in an article, resolved the way the knowledge base records dates:
 * against the article's reference date (its `reference_date`, else its publication), with
 * the precision the words support. chrono-node finds and resolves the expressions; the
 * conventions are the knowledge base's own:
 *
 * - a bare weekday is the last one on or before the reference day (news reports what has
 *   happened: "on Friday" in an article of Saturday 13 October 2007 is 12 October);
 * - a week ("last week", "next week") has no precision of its own: its month is given;
 * - a month or a year counted ("in six months", "next year") is a month or a year;
 * - an article dated only by its year dates every relative expression to that year;
 * - a season ("last fall") is the year it falls in.
 */
import * as chrono from 'chrono-node';
import type { DateValue } from '../domain/dates.js';

export interface FoundDate {
  /** Offsets of the expression in the text. */
  start: number;
  end: number;
  text: string;
  date: DateValue;
  /** Whether the expression is counted from the reference date (else it names its date). */
  relative: boolean;
}

export interface Reference {
  /** `2007-10-13`, `2007-10` or `2007`. */
  value: string;
  precision: 'day' | 'month' | 'year';
  /** How to name it in a basis: `2007-10-13, the date of voa-2007-10-12`. */
  describe: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE = /\b(ago|last|next|this|coming|past|previous|later|earlier|yesterday|today|tomorrow|tonight|morning|afternoon|evening|week|weeks|in \w+ (days?|weeks?|months?|years?))\b/i;
/** A year alone: "in 1987", "since 1990", "expires in 2012". */
const BARE_YEAR = /\b(?:in|since|until|by|from|of|before|after|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-/]\d)/gi;
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const YEARS_BACK = new RegExp(`\\b(\\d{1,3}|${NUMBERS.slice(2).join('|')}) years (?:of|ago)\\b(?:[^.;,]{0,30}?\\b(?:policy|rule|history|talks|relations)\\b)?`, 'gi');
const SEASON = /\b(last|this|next|early|late)\s+(spring|summer|fall|autumn|winter)\b/gi;

function refDate(reference: Reference): Date {
  const [y, m = 1, d = 1] = reference.value.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** Every date expression of `text`, in order, each resolved. */
export function findDates(text: string, reference: Reference): FoundDate[] {
  const ref = refDate(reference);
  const found: FoundDate[] = [];
  const basisOf = (relative: boolean, words: string) =>
    relative ? `Counted from ${reference.describe}.` : /\b(19|20)\d\d\b/.test(words) ? null : `The year of ${reference.describe}, which the words leave out.`;
  for (const result of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const words = result.text.trimEnd();
    // "now" is no date the knowledge base records; digits with slashes are a URL's or a file's, not prose.
    if (/^(now|right now|just now)$/i.test(words.trim()) || /\d\/\d/.test(words)) continue;
    const known = result.start;
    const relative = RELATIVE.test(words) || (!known.isCertain('month') && !known.isCertain('year'));
    let date: DateValue | null = null;
    const onlyWeekday = known.isCertain('weekday') && !known.isCertain('day');
    if (reference.precision === 'year' && relative) {
      date = { value: reference.value.slice(0, 4), precision: 'year', text: words, basis: `${basisOf(true, words)} The article is dated only by its year.` };
    } else if (onlyWeekday) {
      const back = (ref.getUTCDay() - WEEKDAYS.indexOf(WEEKDAYS[known.get('weekday') ?? 0]!) + 7) % 7;
      const day = new Date(ref.getTime() - back * 86_400_000);
      date = { value: iso(day), precision: 'day', text: words, basis: `The last ${WEEKDAYS[day.getUTCDay()]![0]!.toUpperCase()}${WEEKDAYS[day.getUTCDay()]!.slice(1)} on or before ${reference.describe}.` };
    } else {
      const at = known.date();
      const precision: DateValue['precision'] = /\bweeks?\b/i.test(words) ? 'month' : known.isCertain('day') || /\b(yesterday|today|tomorrow|tonight|morning|afternoon|evening)\b/i.test(words) ? 'day' : known.isCertain('month') ? 'month' : 'year';
      const value = precision === 'day' ? iso(at) : precision === 'month' ? iso(at).slice(0, 7) : iso(at).slice(0, 4);
      date = { value, precision, text: words, basis: basisOf(relative, words) };
    }
    // A date the words cannot mean ("0000-01-01"; "Oct. 45" or "December 32", a day no month has, read as a year) is no date.
    const year = Number(date.value.slice(0, 4));
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.value) || year < 1000 || year > 2999 || /[A-Za-z]\.?\s+(3[2-9]|[4-9]\d)\b/.test(words)) continue;
    found.push({ start: result.index, end: result.index + words.length, text: words, date, relative });
  }
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (overlaps(start, start + 4)) continue;
    found.push({ start, end: start + 4, text: m[1]!, date: { value: m[1]!, precision: 'year', text: m[1]!, basis: null }, relative: false });
  }
  // A span of years counted back: "28 years of American policy", "ten years ago".
  for (const m of text.matchAll(YEARS_BACK)) {
    if (overlaps(m.index, m.index + m[0].length) || reference === null) continue;
    const n = Number(m[1]) || NUMBERS.indexOf(m[1]!.toLowerCase());
    if (!(n > 0)) continue;
    const year = Number(reference.value.slice(0, 4)) - n;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: { value: String(year), precision: 'year', text: m[0], basis: `${n} years before ${reference.value.slice(0, 4)}, counted from ${reference.describe}.` }, relative: true });
  }
  for (const m of text.matchAll(SEASON)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const season = m[2]!.toLowerCase();
    const refYear = Number(reference.value.slice(0, 4));
    const month = reference.precision === 'year' ? 6 : Number(reference.value.slice(5, 7) || 6);
    const which = m[1]!.toLowerCase();
    // The season's year: this one, or the one before or after; a winter belongs to the year it starts in.
    const seasonStart = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 }[season as 'spring']!;
    let year = refYear;
    if (which === 'last') year = seasonStart < month ? refYear - (seasonStart <= month - 3 ? 0 : 1) : refYear - 1;
    if (which === 'next') year = seasonStart > month ? refYear : refYear + 1;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: { value: String(year), precision: 'year', text: m[0], basis: `The ${season} of ${year}, counted from ${reference.describe}; a season has no month of its own.` }, relative: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
