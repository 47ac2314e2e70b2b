import { z } from 'zod';

export const PRECISIONS = ['year', 'month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

const PATTERN: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The precision implied by an ISO 8601 prefix, or null when it is not one. */
export function precisionOf(value: string): Precision | null {
  for (const precision of PRECISIONS) {
    if (PATTERN[precision].test(value)) {
      return precision === 'day' && !isRealDay(value) ? null : precision;
    }
  }
  return null;
}

/**
 * Days in a month of the proleptic Gregorian calendar, counted here rather than by
 * `Date`, which reads years 0–99 as 1900–1999.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return d <= daysInMonth(y, m);
}

/**
 * The first and last day a partial date covers, so that `2007-07` overlaps a
 * range starting on `2007-07-13`.
 */
export function dateBounds(value: string, precision: Precision): { start: string; end: string } {
  if (precision === 'day') return { start: value, end: value };
  if (precision === 'month') {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = daysInMonth(y, m);
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${value}-01-01`, end: `${value}-12-31` };
}

export const DateValueSchema = z
  .strictObject({
    value: z.string().describe('ISO 8601 prefix: `2007`, `2007-07` or `2007-07-13`.'),
    precision: z.enum(PRECISIONS).describe('How much of the value is known: year, month or day.'),
    text: z
      .string()
      .min(1)
      .nullable()
      .describe('The wording as printed ("on Friday", "two weeks ago"), or null when the date comes from context.'),
    basis: z
      .string()
      .min(1)
      .nullable()
      .describe('How the value was reached: the publication date a relative expression was counted from, or the inference made.'),
  })
  .superRefine((date, ctx) => {
    const implied = precisionOf(date.value);
    if (implied === null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${date.value}" is not an ISO 8601 date prefix (YYYY, YYYY-MM or YYYY-MM-DD)` });
    } else if (implied !== date.precision) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: `precision "${date.precision}" does not match value "${date.value}" (which has ${implied} precision)` });
    }
  })
  .describe('A date as printed, with its precision and how it was resolved.');

export type DateValue = z.infer<typeof DateValueSchema>;

/** Columns a date value is stored in: the value itself plus the interval it covers. */
/** The sort key of a date value: the first day it covers, '' when there is none. */
export const sortDateOf = (value: DateValue | null | undefined): string => dateColumnsOf(value).dateStart ?? '';

export function dateColumnsOf(date: DateValue | null | undefined) {
  if (!date) {
    return { dateValue: null, datePrecision: null, dateText: null, dateBasis: null, dateStart: null, dateEnd: null };
  }
  const { start, end } = dateBounds(date.value, date.precision);
  return {
    dateValue: date.value,
    datePrecision: date.precision,
    dateText: date.text,
    dateBasis: date.basis,
    dateStart: start,
    dateEnd: end,
  };
}
