import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type Weekday, parseIsoDate } from '../../lambda/domain/calendar';
import { lookBack, lookBackDue, restNoteFor, stepUpDue } from '../../lambda/domain/coach';
import { ACTIVITIES, type Activity, EMPTY_WEEK, type WeekProgress } from '../../lambda/domain/progress';
import { weeklyTargets } from '../../lambda/domain/weekly-plan';

type Days = Partial<Record<Weekday, Partial<Record<Activity, number>>>>;

/** A week as the store gives it, from what each day held. */
function week(id: string, held: Days, { kept = true } = {}): WeekProgress {
  const byDay = Object.fromEntries(WEEKDAYS.map((day) => [day, Object.fromEntries(ACTIVITIES.map((activity) => [activity, held[day]?.[activity] ?? 0]))])) as Record<
    Weekday,
    Record<Activity, number>
  >;
  const sessions = Object.fromEntries(ACTIVITIES.map((activity) => [activity, WEEKDAYS.reduce((sum, day) => sum + byDay[day][activity], 0)])) as Record<Activity, number>;
  const days = Object.fromEntries(WEEKDAYS.map((day) => [day, ACTIVITIES.reduce((sum, activity) => sum + byDay[day][activity], 0)])) as Record<Weekday, number>;
  return { ...EMPTY_WEEK(id), sessions, days, activeDays: WEEKDAYS.filter((day) => days[day] > 0).length, ...(kept && { activitiesByDay: byDay }) };
}

const TUESDAY = parseIsoDate('2026-11-24')!; // 2026-W48
const MONDAY = parseIsoDate('2026-11-23')!;
const targets = weeklyTargets(7);

describe('rest notes', () => {
  it('note strength on two days running, once: the first strength log of the second day', () => {
    const weeks = [week('2026-W48', { 1: { strength: 1 }, 2: { strength: 1 } })];
    expect(restNoteFor(weeks, TUESDAY, 'strength')).toBe('strengthTwoDays');
    expect(restNoteFor([week('2026-W48', { 1: { strength: 1 }, 2: { strength: 2 } })], TUESDAY, 'strength')).toBeUndefined();
    expect(restNoteFor([week('2026-W48', { 1: { cardio: 1 }, 2: { strength: 1 } })], TUESDAY, 'strength')).toBeUndefined();
    expect(restNoteFor([week('2026-W48', { 1: { strength: 1 }, 2: { strength: 1, hiit: 1 } })], TUESDAY, 'hiit')).toBeUndefined();
  });

  it('see yesterday across the week’s end', () => {
    const weeks = [week('2026-W48', { 1: { strength: 1 } }), week('2026-W47', { 7: { strength: 1 } })];
    expect(restNoteFor(weeks, MONDAY, 'strength')).toBe('strengthTwoDays');
  });

  it('note a seventh active day in a row with no rest or stretch day, once', () => {
    const busy = { 1: { walk: 1 }, 2: { cardio: 1 } };
    const weeks = [week('2026-W48', busy), week('2026-W47', { 3: { hiit: 1 }, 4: { strength: 1 }, 5: { cardio: 1 }, 6: { hiit: 1 }, 7: { walk: 1 } })];
    expect(restNoteFor(weeks, TUESDAY, 'cardio')).toBe('sevenDays');
    // An eighth day: the note was due yesterday.
    const eighth = [week('2026-W48', busy), week('2026-W47', { 2: { walk: 1 }, 3: { hiit: 1 }, 4: { strength: 1 }, 5: { cardio: 1 }, 6: { hiit: 1 }, 7: { walk: 1 } })];
    expect(restNoteFor(eighth, TUESDAY, 'cardio')).toBeUndefined();
    // A stretch day in the run is the rest it needs.
    const stretched = [week('2026-W48', busy), week('2026-W47', { 3: { hiit: 1 }, 4: { stretch: 1 }, 5: { cardio: 1 }, 6: { hiit: 1 }, 7: { walk: 1 } })];
    expect(restNoteFor(stretched, TUESDAY, 'cardio')).toBeUndefined();
    // A second log on the seventh day says nothing more.
    expect(restNoteFor([week('2026-W48', { 1: { walk: 1 }, 2: { cardio: 1, walk: 1 } }), weeks[1]!], TUESDAY, 'walk')).toBeUndefined();
  });

  it('never guess what a day held when the store did not keep it', () => {
    const weeks = [week('2026-W48', { 2: { strength: 1 } }), week('2026-W47', { 7: { strength: 1 } }, { kept: false })];
    expect(restNoteFor([week('2026-W48', { 1: { strength: 1 }, 2: { strength: 1 } }, { kept: false })], TUESDAY, 'strength')).toBeUndefined();
    expect(restNoteFor(weeks, MONDAY, 'strength')).toBeUndefined();
  });
});

describe('moving up a level', () => {
  const twoGoodWeeks = [week('2026-W47', { 1: { strength: 1 }, 3: { strength: 1 }, 5: { strength: 1 } }), week('2026-W46', { 1: { strength: 1 }, 3: { strength: 1 }, 5: { strength: 1 } })];

  it('is due after two weeks in a row that met the plan’s strength sessions at one level', () => {
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'beginner', { level: 'beginner' })).toBe(true);
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'beginner', undefined)).toBe(true);
    expect(stepUpDue(twoGoodWeeks.slice(0, 1), TUESDAY, targets, 'beginner', undefined)).toBe(false);
    expect(stepUpDue([twoGoodWeeks[0]!, week('2026-W46', { 1: { strength: 1 }, 3: { strength: 1 } })], TUESDAY, targets, 'beginner', undefined)).toBe(false);
  });

  it('is suggested once a level, never at a level set since, and never after "too hard"', () => {
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'beginner', { stepUpOffered: 'beginner' })).toBe(false);
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'intermediate', { stepUpOffered: 'beginner', levelSince: '2026-W46' })).toBe(true);
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'intermediate', { levelSince: '2026-W47' })).toBe(false);
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'beginner', { effort: 'too-hard', effortWeek: '2026-W47' })).toBe(false);
    expect(stepUpDue(twoGoodWeeks, TUESDAY, targets, 'beginner', { effort: 'too-hard', effortWeek: '2026-W40' })).toBe(true);
  });
});

describe('the weekly look back', () => {
  it('is due once a week, for a user who was here before it began', () => {
    expect(lookBackDue({ createdAt: '2026-11-10T08:00:00.000Z' }, [], TUESDAY)).toBe(true);
    expect(lookBackDue({ createdAt: '2026-11-10T08:00:00.000Z', lookedBack: '2026-W48' }, [], TUESDAY)).toBe(false);
    expect(lookBackDue({ createdAt: '2026-11-23T08:00:00.000Z' }, [], TUESDAY)).toBe(false);
    expect(lookBackDue(undefined, [], TUESDAY)).toBe(false);
    expect(lookBackDue({ level: 'beginner' }, [week('2026-W45', { 1: { walk: 1 } })], TUESDAY)).toBe(true);
  });

  it('reads the day the user began on their own calendar', () => {
    // Monday 1 AM in Kolkata is Sunday evening in UTC: a user who began this week has no last week to hear about (noticed
    // at the last stop: the start was read in UTC). Sunday evening in New York is Monday in UTC, and began last week.
    expect(lookBackDue({ createdAt: '2026-11-22T19:30:00.000Z' }, [], TUESDAY, 'Asia/Kolkata')).toBe(false);
    expect(lookBackDue({ createdAt: '2026-11-22T19:30:00.000Z' }, [], TUESDAY, 'UTC')).toBe(true);
    expect(lookBackDue({ createdAt: '2026-11-23T02:00:00.000Z' }, [], TUESDAY, 'America/New_York')).toBe(true);
  });

  it('says last week against the plan, the streak, and the kind most short of it', () => {
    const met = week('2026-W47', { 1: { strength: 1 }, 2: { hiit: 1 }, 3: { strength: 1 }, 4: { cardio: 1 }, 5: { strength: 1 }, 6: { hiit: 1 } });
    expect(lookBack([met, { ...met, week: '2026-W46' }], TUESDAY, targets)).toEqual({ done: 6, planned: 6, sessions: 6, met: true, streak: 2 });
    const short = week('2026-W47', { 1: { strength: 1 }, 2: { hiit: 1 }, 6: { hiit: 1 } });
    expect(lookBack([short], TUESDAY, targets)).toEqual({ done: 3, planned: 6, sessions: 3, met: false, streak: 0, focus: { kind: 'strength', target: 3 } });
    // Found by a helper trying the console: a second cardio session is no planned one ("5 of 6" said, 4 of 6 done).
    const extra = week('2026-W47', { 1: { strength: 1 }, 2: { hiit: 1 }, 3: { strength: 1 }, 4: { cardio: 1 }, 5: { cardio: 1 } });
    expect(lookBack([extra], TUESDAY, targets)).toMatchObject({ done: 4, planned: 6, sessions: 5, met: false });
    expect(lookBack([], TUESDAY, targets)).toMatchObject({ done: 0, met: false, focus: { kind: 'strength' } });
  });
});
