import { describe, expect, it } from 'vitest';
import { DateValueSchema, dateBounds, dateColumnsOf, precisionOf } from '../../src/domain/dates.js';

describe('precisionOf', () => {
  it('reads the precision from an ISO 8601 prefix', () => {
    expect(precisionOf('2007')).toBe('year');
    expect(precisionOf('2007-07')).toBe('month');
    expect(precisionOf('2007-07-13')).toBe('day');
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['07', '2007-13', '2007-02-30', '2007-7-13', '13 July 2007', '2007-07-13T00:00', '']) {
      expect(precisionOf(bad), bad).toBeNull();
    }
  });

  it('accepts a leap day only in a leap year', () => {
    expect(precisionOf('2008-02-29')).toBe('day');
    expect(precisionOf('2007-02-29')).toBeNull();
  });
});

describe('dateBounds', () => {
  it('covers the whole month or year a partial date names', () => {
    expect(dateBounds('2007-07', 'month')).toEqual({ start: '2007-07-01', end: '2007-07-31' });
    expect(dateBounds('2008-02', 'month')).toEqual({ start: '2008-02-01', end: '2008-02-29' });
    expect(dateBounds('2007-11', 'month')).toEqual({ start: '2007-11-01', end: '2007-11-30' });
    expect(dateBounds('2009', 'year')).toEqual({ start: '2009-01-01', end: '2009-12-31' });
    expect(dateBounds('2007-10-12', 'day')).toEqual({ start: '2007-10-12', end: '2007-10-12' });
  });
});

describe('DateValueSchema', () => {
  it('accepts a value whose precision matches', () => {
    const date = { value: '2007-10', precision: 'month', text: 'two weeks ago', basis: 'counted from 2007-11-01' };
    expect(DateValueSchema.parse(date)).toEqual(date);
  });

  it('names the field when the precision contradicts the value', () => {
    const result = DateValueSchema.safeParse({ value: '2007-10-12', precision: 'month', text: null, basis: null });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['precision']);
  });

  it('names the field when the value is malformed', () => {
    const result = DateValueSchema.safeParse({ value: 'October 2007', precision: 'month', text: null, basis: null });
    expect(result.error!.issues[0]!.path).toEqual(['value']);
  });

  it('refuses unknown fields', () => {
    expect(DateValueSchema.safeParse({ value: '2007', precision: 'year', text: null, basis: null, extra: 1 }).success).toBe(false);
  });
});

describe('dateColumnsOf', () => {
  it('stores the interval next to the value', () => {
    expect(dateColumnsOf({ value: '2007-07', precision: 'month', text: 'in July', basis: null })).toEqual({
      dateValue: '2007-07', datePrecision: 'month', dateText: 'in July', dateBasis: null, dateStart: '2007-07-01', dateEnd: '2007-07-31',
    });
    expect(dateColumnsOf(undefined).dateStart).toBeNull();
  });
});
