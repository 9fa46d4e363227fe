import { describe, expect, it } from 'vitest';
import { daysOfMonth, daysOfWeek, reportQuery, totalsForDays } from '../../lambda/domain/activity-report';
import { parseIsoDate } from '../../lambda/domain/calendar';
import { LOG_DAYS_BACK, dayGoneBy, logDay, reachableWeeks } from '../../lambda/domain/log-day';
import { EMPTY_WEEK, type LogEntry, type WeekProgress, cardioParts } from '../../lambda/domain/progress';
import { decodeEntry, encodeEntry } from '../../lambda/store/progress-store';

// Tuesday 24 November 2026, ISO week 2026-W48 (Monday 23 to Sunday 29).
const TUESDAY = parseIsoDate('2026-11-24')!;
const date = (iso: string) => parseIsoDate(iso)!;

describe('dayGoneBy', () => {
  it('reads Hindi कल, resolved ahead, as yesterday; two days ahead, other days and languages as they are', () => {
    expect(dayGoneBy('hi-IN', '2026-11-25', TUESDAY)).toBe('2026-11-23');
    // Two days ahead is परसों or a weekday said then ("budhvar ko" on a Monday), which logDay reads a week back.
    for (const kept of ['2026-11-24', '2026-11-26', '2026-11-27', '2026-11-20', '2026-W48', 'PRESENT_REF']) expect(dayGoneBy('hi-IN', kept, TUESDAY), kept).toBe(kept);
    expect(dayGoneBy('en-IN', '2026-11-25', TUESDAY)).toBe('2026-11-25');
    expect(dayGoneBy('hi-IN', undefined, TUESDAY)).toBeUndefined();
  });
});

describe('logDay', () => {
  it('is today with no date, and the day said otherwise', () => {
    expect(logDay(undefined, TUESDAY)).toEqual({ kind: 'day', date: TUESDAY });
    expect(logDay('PRESENT_REF', TUESDAY)).toEqual({ kind: 'day', date: TUESDAY });
    expect(logDay('2026-11-23', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-23') });
  });

  it('takes a weekday Alexa resolved ahead as its last occurrence', () => {
    // "On Monday", said on a Tuesday, arrives as next Monday.
    expect(logDay('2026-11-30', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-23') });
    // "On Tuesday", a week ahead, is today a week ago.
    expect(logDay('2026-12-01', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-24') });
  });

  it('takes a day of the month Alexa resolved into next month as this month\'s, when that is past', () => {
    // "On the 20th", said on the 24th, arrives as 20 December.
    expect(logDay('2026-12-20', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-20') });
    // This month's 10th is too long ago to log, and this month's 25th is still to come.
    expect(logDay('2026-12-10', TUESDAY)).toEqual({ kind: 'tooLongAgo' });
    expect(logDay('2026-12-25', TUESDAY)).toEqual({ kind: 'future' });
    // Across the year: "the 30th", said on 2 January, is 30 December; a month without the day has none.
    expect(logDay('2027-01-30', date('2027-01-02'))).toEqual({ kind: 'day', date: date('2026-12-30') });
    expect(logDay('2026-12-31', date('2026-12-02'))).toEqual({ kind: 'future' });
  });

  // Found trying the console as a user: "I went for a run on the third of December", said on 5 December, arrives as
  // 3 December next year, and was "I can only log what you've already done".
  it('takes a month and day Alexa resolved into next year as this year\'s, when that is past', () => {
    const december5 = date('2026-12-05');
    expect(logDay('2027-12-03', december5)).toEqual({ kind: 'day', date: date('2026-12-03') });
    expect(logDay('2027-11-20', december5)).toEqual({ kind: 'tooLongAgo' });
    // Still to come this year, it is the future; a 29 February with none a year before names no day gone by.
    expect(logDay('2027-12-24', december5)).toEqual({ kind: 'future' });
    expect(logDay('2028-02-29', date('2027-03-02'))).toEqual({ kind: 'future' });
  });

  it(`never logs ahead, nor more than ${LOG_DAYS_BACK} days back, nor a week or a month`, () => {
    expect(logDay('2026-11-25', TUESDAY)).toEqual({ kind: 'future' });
    expect(logDay('2026-12-25', TUESDAY)).toEqual({ kind: 'future' });
    expect(logDay('2026-11-17', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-17') });
    expect(logDay('2026-11-16', TUESDAY)).toEqual({ kind: 'tooLongAgo' });
    expect(logDay('2026-W47', TUESDAY)).toEqual({ kind: 'unclear' });
    expect(logDay('2026-11', TUESDAY)).toEqual({ kind: 'unclear' });
  });
});

describe('reachableWeeks', () => {
  it('holds every week a log or a workout place made around now could reach, in any zone', () => {
    expect(reachableWeeks(TUESDAY)).toEqual(['2026-W47', '2026-W48']);
    // Sunday: tomorrow, in a zone ahead, is already next week.
    expect(reachableWeeks(date('2026-11-29'))).toEqual(['2026-W47', '2026-W48', '2026-W49']);
  });
});

describe('reportQuery', () => {
  it('reads this week, a day, a week gone by, and a month', () => {
    expect(reportQuery(undefined, TUESDAY)).toEqual({ kind: 'week', week: '2026-W48' });
    expect(reportQuery('2026-11-23', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-23') });
    expect(reportQuery('2026-11-30', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-23') });
    expect(reportQuery('2026-W47', TUESDAY)).toEqual({ kind: 'week', week: '2026-W47' });
    expect(reportQuery('2026-W47-WE', TUESDAY)).toEqual({ kind: 'week', week: '2026-W47' });
    expect(reportQuery('2026-11', TUESDAY)).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(reportQuery('2026-10', TUESDAY)).toEqual({ kind: 'month', year: 2026, month: 10 });
  });

  it('knows what has not happened yet, and takes anything else as this week', () => {
    expect(reportQuery('2026-W49', TUESDAY)).toEqual({ kind: 'future' });
    expect(reportQuery('2028-01', TUESDAY)).toEqual({ kind: 'future' });
    expect(reportQuery('2028-05-01', TUESDAY)).toEqual({ kind: 'future' });
    expect(reportQuery('2026', TUESDAY)).toEqual({ kind: 'week', week: '2026-W48' });
    expect(reportQuery('2026-13', TUESDAY)).toEqual({ kind: 'week', week: '2026-W48' });
  });

  // Found by a tester: on a Saturday, "what did I do on Sunday" comes as tomorrow, and said "That hasn't happened yet".
  it('reads a day Alexa put as tomorrow as the last such weekday', () => {
    expect(reportQuery('2026-11-25', TUESDAY)).toEqual({ kind: 'day', date: date('2026-11-18') });
    expect(reportQuery('2026-11-29', date('2026-11-28'))).toEqual({ kind: 'day', date: date('2026-11-22') });
  });

  // Found by a tester using the console: "what did I do on November 25th", asked on 3 December, came as 2027-11-25.
  it('reads a day or a month Alexa put ahead as the last such one gone by', () => {
    const thursday = date('2026-12-03');
    // "November 25th" a year ahead; "the 25th", the coming one; "the 31st", which November lacks.
    expect(reportQuery('2027-11-25', thursday)).toEqual({ kind: 'day', date: date('2026-11-25') });
    expect(reportQuery('2026-12-25', thursday)).toEqual({ kind: 'day', date: date('2026-11-25') });
    expect(reportQuery('2026-12-31', thursday)).toEqual({ kind: 'day', date: date('2026-10-31') });
    // "January 3rd" and "January 10th": no day of the month alone comes so, so a year back.
    expect(reportQuery('2027-01-03', thursday)).toEqual({ kind: 'day', date: date('2026-01-03') });
    expect(reportQuery('2027-01-10', thursday)).toEqual({ kind: 'day', date: date('2026-01-10') });
    // "February 29th", next in 2028: the last one, in 2024.
    expect(reportQuery('2028-02-29', thursday)).toEqual({ kind: 'day', date: date('2024-02-29') });
    // "In November", a year ahead; "in December", said in November.
    expect(reportQuery('2027-11', thursday)).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(reportQuery('2026-12', TUESDAY)).toEqual({ kind: 'month', year: 2025, month: 12 });
    expect(reportQuery('2027-12', thursday)).toEqual({ kind: 'month', year: 2026, month: 12 });
  });

  it('takes tomorrow as the last such weekday, in this week or the next: "on Monday", said on a Sunday, is this week’s', () => {
    expect(reportQuery('2026-12-04', date('2026-12-03'))).toEqual({ kind: 'day', date: date('2026-11-27') });
    expect(reportQuery('2026-11-30', date('2026-11-29'))).toEqual({ kind: 'day', date: date('2026-11-23') });
  });
});

const entry = (changes: Partial<LogEntry>): LogEntry => ({ key: 'AAAAAAAAAAAAAAAA', activity: 'strength', weekday: 2, minutes: 0, extraSteps: 0, counts: true, ...changes });

describe('totalsForDays', () => {
  const w48: WeekProgress = {
    ...EMPTY_WEEK('2026-W48'),
    sessions: { strength: 1, hiit: 0, cardio: 0, walk: 2, stretch: 0 },
    days: { 1: 1, 2: 2, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
    activeDays: 2,
    entries: [
      entry({ key: 'a000000000000000', weekday: 1, activity: 'walk', minutes: 30, extraSteps: 3_000 }),
      entry({ key: 'b000000000000000', weekday: 2, exercise: 'deadlift' }),
      entry({ key: 'c000000000000000', weekday: 2, exercise: 'bent-over-row', sets: 3, counts: false }),
      entry({ key: 'd000000000000000', weekday: 2, exercise: 'bent-over-row', sets: 2, counts: false }),
      entry({ key: 'e000000000000000', weekday: 2, activity: 'walk', minutes: 15 }),
    ],
  };
  // A week counted before each log was kept: how many a day, not what.
  const w46: WeekProgress = { ...EMPTY_WEEK('2026-W46'), sessions: { ...EMPTY_WEEK('x').sessions, cardio: 2 }, days: { 1: 0, 2: 0, 3: 2, 4: 0, 5: 0, 6: 0, 7: 0 }, activeDays: 1 };

  // Found by a helper trying the console: a 45-minute swim came back as "one cardio session".
  it('keeps cardio minutes, as a walk\'s, leaving out a cardio workout ended early (said as such)', () => {
    const week: WeekProgress = {
      ...EMPTY_WEEK('2026-W48'),
      sessions: { strength: 0, hiit: 0, cardio: 1, walk: 0, stretch: 0 },
      days: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 0, 6: 0, 7: 0 },
      activeDays: 2,
      entries: [
        entry({ key: 'a000000000000000', weekday: 1, activity: 'cardio', minutes: 45 }),
        entry({ key: 'b000000000000000', weekday: 3, activity: 'cardio', minutes: 12, counts: false }),
      ],
    };
    const days = [date('2026-11-23'), date('2026-11-25')];
    expect(totalsForDays([week], days)).toMatchObject({ cardioMinutes: 45, partWorkouts: 1, partMinutes: 12 });
  });

  it('says what a day held: sessions once each, the exercises with their sets added up, walks with their minutes', () => {
    expect(totalsForDays([w48], [TUESDAY])).toEqual({
      sessions: { strength: 1, hiit: 0, cardio: 0, walk: 1, stretch: 0 },
      minutes: 15,
      walkMinutes: 15,
      cardioMinutes: 0,
      cardio: [],
      hiitMinutes: 0,
      stretchMinutes: 0,
      partWorkouts: 0,
      partMinutes: 0,
      extraSteps: 0,
      activeDays: 1,
      exercises: [
        { id: 'deadlift', sets: 0 },
        { id: 'bent-over-row', sets: 5 },
      ],
      unknownLogs: 0,
    });
  });

  it('adds up a month, and counts what older weeks kept only as numbers', () => {
    const totals = totalsForDays([w48, w46], daysOfMonth(2026, 11, TUESDAY));
    expect(totals.sessions).toEqual({ strength: 1, hiit: 0, cardio: 0, walk: 2, stretch: 0 });
    expect([totals.activeDays, totals.unknownLogs, totals.extraSteps]).toEqual([3, 2, 3_000]);
    expect(totalsForDays([], [TUESDAY]).activeDays).toBe(0);
  });

  // Found by a tester using the console: steps alone were "one walk" in a day and a month, and a workout ended early
  // and logged was "Nothing logged for today".
  it('hears steps alone as steps, and a workout ended early as its minutes, never as a session', () => {
    const week: WeekProgress = {
      ...EMPTY_WEEK('2026-W48'),
      sessions: { strength: 1, hiit: 0, cardio: 0, walk: 2, stretch: 0 },
      days: { 1: 1, 2: 2, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
      activeDays: 2,
      entries: [
        entry({ key: 'a000000000000000', weekday: 1, activity: 'walk', extraSteps: 3_000 }),
        entry({ key: 'b000000000000000', weekday: 1, activity: 'hiit', minutes: 6, counts: false }),
        entry({ key: 'c000000000000000', weekday: 2, activity: 'walk', minutes: 30 }),
        // Minutes added to the day's strength session: its own, not a workout ended early.
        entry({ key: 'd000000000000000', weekday: 2, activity: 'strength' }),
        entry({ key: 'e000000000000000', weekday: 2, activity: 'strength', minutes: 25, counts: false }),
        entry({ key: 'f000000000000000', weekday: 2, activity: 'stretch', minutes: 8, counts: false }),
      ],
    };
    const monday = totalsForDays([week], [date('2026-11-23')]);
    expect(monday).toMatchObject({ sessions: { walk: 0, hiit: 0 }, extraSteps: 3_000, partWorkouts: 1, partMinutes: 6, activeDays: 1 });
    const both = totalsForDays([week], [date('2026-11-23'), TUESDAY]);
    expect(both).toMatchObject({ sessions: { walk: 1, strength: 1, stretch: 0 }, partWorkouts: 2, partMinutes: 14, minutes: 69 });
  });

  it('says cardio by kind, with its minutes; what named no kind, or was kept before kinds were, as cardio', () => {
    const entries = [
      entry({ key: 'a000000000000000', activity: 'cardio', minutes: 30, kind: 'swim' }),
      entry({ key: 'b000000000000000', activity: 'cardio', minutes: 20, kind: 'run' }),
      entry({ key: 'c000000000000000', activity: 'cardio', minutes: 5, kind: 'run', counts: false }),
      entry({ key: 'd000000000000000', activity: 'cardio', minutes: 10 }),
    ];
    expect(cardioParts(entries, [], 3, 65)).toEqual([
      { kind: 'run', count: 1, minutes: 25 },
      { kind: 'swim', count: 1, minutes: 30 },
      { count: 1, minutes: 10 },
    ]);
    // A week counted before its logs were kept: the sessions no entry tells of are cardio.
    expect(cardioParts(entries.slice(0, 2), [], 4, 80)).toEqual([
      { kind: 'run', count: 1, minutes: 20 },
      { kind: 'swim', count: 1, minutes: 30 },
      { count: 2, minutes: 30 },
    ]);
    // Minutes of a kind with no session of its own: said whole, as cardio, never as "0 runs".
    expect(cardioParts([entries[2]!], [], 0, 5)).toEqual([]);
    expect(cardioParts([entries[2]!, entries[3]!], [], 1, 15)).toEqual([{ count: 1, minutes: 15 }]);
    // A workout ended early is said as such, not as cardio.
    expect(cardioParts([entries[3]!], [entries[3]!], 0, 0)).toEqual([]);
  });

  it('walks the days of a month so far and of a week', () => {
    expect(daysOfMonth(2026, 11, TUESDAY)).toHaveLength(24);
    expect(daysOfMonth(2026, 10, TUESDAY)).toHaveLength(31);
    expect(daysOfWeek('2026-W48').map((day) => day.day)).toEqual([23, 24, 25, 26, 27, 28, 29]);
  });
});

describe('log entries as the store keeps them', () => {
  it('come back as they went, and anything else is none', () => {
    const detail = entry({ key: 'k3J9_x-0AAAAAAAA', exercise: 'bent-over-row', sets: 3, counts: false, minutes: 10 });
    expect(encodeEntry(detail)).toBe('k3J9_x-0AAAAAAAA strength 2 10 0 0 bent-over-row 3');
    expect(decodeEntry(encodeEntry(detail))).toEqual(detail);
    expect(decodeEntry(encodeEntry(entry({ activity: 'walk', extraSteps: 4_000 })))).toEqual(entry({ activity: 'walk', extraSteps: 4_000 }));
    // A cardio log's kind comes last, only when known: an entry written before kinds were kept reads as it did.
    const swim = entry({ key: 'k3J9_x-0AAAAAAAA', activity: 'cardio', minutes: 25, kind: 'swim' });
    expect(encodeEntry(swim)).toBe('k3J9_x-0AAAAAAAA cardio 2 25 0 1 - 0 swim');
    expect(decodeEntry(encodeEntry(swim))).toEqual(swim);
    expect(decodeEntry('k3J9_x-0AAAAAAAA cardio 2 25 0 1 - 0')).toEqual(entry({ key: 'k3J9_x-0AAAAAAAA', activity: 'cardio', minutes: 25 }));
    for (const bad of ['AAAAAAAAAAAAAAAA cardio 2 0 0 1 - 0 tennis', 'AAAAAAAAAAAAAAAA walk 2 0 0 1 - 0 run', 'AAAAAAAAAAAAAAAA cardio 2 0 0 1 - 0 run extra']) {
      expect(decodeEntry(bad), bad).toBeUndefined();
    }
    for (const bad of ['', 'short strength 2 0 0 1 - 0', 'AAAAAAAAAAAAAAAA yoga 2 0 0 1 - 0', 'AAAAAAAAAAAAAAAA strength 8 0 0 1 - 0', 'AAAAAAAAAAAAAAAA strength 2 601 0 1 - 0', 'AAAAAAAAAAAAAAAA strength 2 0 0 1 <audio/> 0', 'AAAAAAAAAAAAAAAA strength 2 0 0 1 - 0 extra']) {
      expect(decodeEntry(bad), bad).toBeUndefined();
    }
  });
});
