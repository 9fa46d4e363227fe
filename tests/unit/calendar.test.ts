import { describe, expect, it } from 'vitest';
import {
  addDays,
  localHour,
  formatIsoDate,
  formatIsoWeek,
  isValidTimeZone,
  isoWeekOf,
  localDate,
  mondayOf,
  parseIsoDate,
  parseIsoWeek,
  previousWeek,
  weekdayOf,
} from '../../lambda/domain/calendar';

const date = (iso: string) => parseIsoDate(iso)!;

describe('localDate', () => {
  it('gives the calendar date in the user’s zone, not the server’s', () => {
    const instant = new Date('2026-11-24T02:30:00Z');
    expect(formatIsoDate(localDate(instant, 'UTC'))).toBe('2026-11-24');
    expect(formatIsoDate(localDate(instant, 'America/Los_Angeles'))).toBe('2026-11-23');
    expect(formatIsoDate(localDate(instant, 'Asia/Kolkata'))).toBe('2026-11-24');
    expect(formatIsoDate(localDate(new Date('2026-11-24T20:00:00Z'), 'Pacific/Kiritimati'))).toBe('2026-11-25');
  });

  it('treats an unknown zone as UTC', () => {
    expect(formatIsoDate(localDate(new Date('2026-11-24T23:30:00Z'), 'Mars/Olympus_Mons'))).toBe('2026-11-24');
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
  });

  it('stays on the right day across the spring-forward and fall-back changes', () => {
    // US clocks jump from 02:00 to 03:00 on 2026-03-08 and fall back on 2026-11-01.
    expect(formatIsoDate(localDate(new Date('2026-03-08T07:30:00Z'), 'America/New_York'))).toBe('2026-03-08');
    expect(formatIsoDate(localDate(new Date('2026-03-08T04:59:00Z'), 'America/New_York'))).toBe('2026-03-07');
    expect(formatIsoDate(localDate(new Date('2026-11-01T05:30:00Z'), 'America/New_York'))).toBe('2026-11-01');
    expect(formatIsoDate(localDate(new Date('2026-11-01T03:59:00Z'), 'America/New_York'))).toBe('2026-10-31');
    // Europe changes on the last Sunday of October: 23:30 UTC is already Monday in Berlin.
    expect(formatIsoDate(localDate(new Date('2026-10-25T22:30:00Z'), 'Europe/Berlin'))).toBe('2026-10-25');
    expect(formatIsoDate(localDate(new Date('2026-10-25T23:30:00Z'), 'Europe/Berlin'))).toBe('2026-10-26');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(formatIsoDate(addDays(date('2026-12-31'), 1))).toBe('2027-01-01');
    expect(formatIsoDate(addDays(date('2028-02-28'), 1))).toBe('2028-02-29');
    expect(formatIsoDate(addDays(date('2026-03-01'), -1))).toBe('2026-02-28');
    expect(formatIsoDate(addDays(date('2026-03-08'), 1))).toBe('2026-03-09');
  });

  it('knows the ISO weekday', () => {
    expect(weekdayOf(date('2026-11-23'))).toBe(1);
    expect(weekdayOf(date('2026-11-29'))).toBe(7);
    expect(weekdayOf(date('1969-12-31'))).toBe(3);
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('tomorrow')).toBeUndefined();
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (day, week) => {
    expect(formatIsoWeek(isoWeekOf(date(day)))).toBe(week);
  });

  it('starts every week on Monday and steps back across a year end', () => {
    expect(formatIsoDate(mondayOf({ year: 2026, week: 48 }))).toBe('2026-11-23');
    expect(formatIsoDate(mondayOf({ year: 2025, week: 1 }))).toBe('2024-12-30');
    expect(formatIsoWeek(previousWeek({ year: 2027, week: 1 }))).toBe('2026-W53');
    expect(formatIsoWeek(previousWeek({ year: 2026, week: 1 }))).toBe('2025-W52');
  });

  it('parses only weeks that exist', () => {
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeUndefined();
    expect(parseIsoWeek('2026-W00')).toBeUndefined();
  });

  it('puts a late Sunday evening in the user’s week, not the server’s', () => {
    const sundayNightInLA = new Date('2026-11-30T06:00:00Z');
    expect(formatIsoWeek(isoWeekOf(localDate(sundayNightInLA, 'America/Los_Angeles')))).toBe('2026-W48');
    expect(formatIsoWeek(isoWeekOf(localDate(sundayNightInLA, 'UTC')))).toBe('2026-W49');
  });
});

describe('localHour', () => {
  it('is the hour on the clock of the zone, midnight as 0, and UTC for a zone it does not know', () => {
    const instant = new Date('2026-12-07T23:30:00Z');
    expect(localHour(instant, 'America/New_York')).toBe(18);
    expect(localHour(instant, 'Asia/Kolkata')).toBe(5);
    expect(localHour(new Date('2026-12-07T00:10:00Z'), 'UTC')).toBe(0);
    expect(localHour(instant, 'Not/AZone')).toBe(23);
  });
});
