import { describe, expect, it } from 'vitest';
import {
  daysOf,
  localDateTime,
  inPartOfDay,
  inTheEvening,
  isPartOfDay,
  isRepeat,
  movedToPartOfDay,
  nearestReading,
  parseClockTime,
  plannedReminders,
  readRecurrenceRule,
  recurrenceRule,
  repeatOf,
  repeatOfWord,
  repeatOnDays,
  repeatWord,
  wallClock,
} from '../../lambda/domain/reminder-schedule';
import { formatIsoDate, parseIsoDate } from '../../lambda/domain/calendar';
import { changeRestDay, weekPlanOf, weeklyPlan } from '../../lambda/domain/weekly-plan';

describe('a reminder schedule', () => {
  it('rings on the workout days (all but the rest day), on weekdays, or every day', () => {
    expect(daysOf('workoutDays', 7)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(daysOf('workoutDays', 3)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(daysOf('weekdays', 7)).toEqual([1, 2, 3, 4, 5]);
    expect(daysOf('daily', 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(repeatOf([1, 2, 3, 4, 5, 6], 7)).toBe('workoutDays');
    expect(repeatOf([5, 4, 3, 2, 1], 7)).toBe('weekdays');
    expect(repeatOf([1, 3, 5], 7)).toBeUndefined();
  });

  it('is one reminder per kind of session on its days, so each names its session', () => {
    const reminders = plannedReminders({ time: { hour: 7, minute: 0 }, repeat: 'workoutDays' }, 7);
    expect(reminders.map(({ kind, weekdays }) => [kind, weekdays])).toEqual([
      ['strength', [1, 3, 5]],
      ['hiit', [2, 6]],
      ['cardio', [4]],
    ]);
    expect(plannedReminders({ time: { hour: 7, minute: 0 }, repeat: 'daily' }, 7).map((reminder) => reminder.kind)).toEqual(['strength', 'hiit', 'cardio', 'rest']);
    // The plan turns around the rest day, and the reminders with it.
    expect(plannedReminders({ time: { hour: 7, minute: 0 }, repeat: 'workoutDays' }, 3).flatMap((reminder) => reminder.weekdays).sort()).toEqual([1, 2, 4, 5, 6, 7]);
  });

  // Found in review: after a rest day changed mid-week, the reminders followed the new rotation at once.
  it('rings this week by its own plan until Sunday, and the new rotation from Monday, where they differ', () => {
    const time = { hour: 7, minute: 0 };
    const thursday = parseIsoDate('2026-12-10')!;
    // The change waits for next week (Tuesday gone by): this week rests on Sunday still, the weeks after on Tuesday.
    const { thisWeek } = changeRestDay(thursday, 7, 2);
    const planned = plannedReminders({ time, repeat: 'workoutDays' }, 2, { today: thursday, plan: weekPlanOf(thursday, 2, thisWeek) });
    const sunday = parseIsoDate('2026-12-13');
    const monday = parseIsoDate('2026-12-14');
    expect(planned.filter((reminder) => reminder.until).map(({ kind, weekdays, until, from }) => [kind, weekdays, until, from])).toEqual([
      ['strength', [5], sunday, undefined],
      ['hiit', [6], sunday, undefined],
      ['cardio', [4], sunday, undefined],
    ]);
    expect(planned.filter((reminder) => !reminder.until).every((reminder) => reminder.from && formatIsoDate(reminder.from) === formatIsoDate(monday!))).toBe(true);
    expect(planned.filter((reminder) => !reminder.until).flatMap((reminder) => reminder.weekdays).sort()).toEqual([1, 3, 4, 5, 6, 7]);
    // A week whose days to come are the rotation's needs neither: one schedule, from today.
    const whole = plannedReminders({ time, repeat: 'workoutDays' }, 6, { today: parseIsoDate('2026-12-07')!, plan: weeklyPlan(6) });
    expect(whole.every((reminder) => !reminder.from && !reminder.until)).toBe(true);
  });

  it('is written as RFC 5545 rules on the user’s clock, and read back', () => {
    const rule = recurrenceRule([5, 1, 3], { hour: 6, minute: 30 });
    expect(rule).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=6;BYMINUTE=30;BYSECOND=0;INTERVAL=1');
    expect(readRecurrenceRule(rule)).toEqual({ weekdays: [1, 3, 5], time: { hour: 6, minute: 30 } });
    expect(readRecurrenceRule('FREQ=DAILY;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;')).toEqual({ weekdays: [1, 2, 3, 4, 5, 6, 7], time: { hour: 17, minute: 15 } });
    for (const other of ['FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10', 'FREQ=WEEKLY;BYDAY=XX;BYHOUR=7', 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=25', 42, undefined]) {
      expect(readRecurrenceRule(other)).toBeUndefined();
    }
  });

  it('takes a clock time from AMAZON.TIME, and nothing from its vaguer values', () => {
    expect(parseClockTime('07:00')).toEqual({ hour: 7, minute: 0 });
    expect(parseClockTime('18:45:00')).toEqual({ hour: 18, minute: 45 });
    for (const vague of ['MO', 'EV', 'NI', '24:00', '7', undefined]) expect(parseClockTime(vague)).toBeUndefined();
  });

  it('reads a time said with "tonight" as the evening: 1 to 11 become PM, 12 is midnight, later times stay, vague values pass through', () => {
    expect(inTheEvening('07:00')).toBe('19:00');
    expect(inTheEvening('06:30')).toBe('18:30');
    expect(inTheEvening('11:45')).toBe('23:45');
    expect(inTheEvening('12:00')).toBe('00:00');
    expect(inTheEvening('12:30')).toBe('00:30');
    for (const same of ['19:30', '00:00', 'EV', undefined]) expect(inTheEvening(same)).toBe(same);
  });

  it('reads a time said in answer to "what time in the evening?" in that part of the day', () => {
    expect(inPartOfDay('06:30', 'EV')).toBe('18:30');
    expect(inPartOfDay('12:00', 'EV')).toBe('00:00');
    expect(inPartOfDay('09:00', 'NI')).toBe('21:00');
    expect(inPartOfDay('12:00', 'NI')).toBe('00:00');
    expect(inPartOfDay('04:00', 'NI')).toBe('16:00');
    expect(inPartOfDay('04:30', 'AF')).toBe('16:30');
    expect(inPartOfDay('07:00', 'AF')).toBe('19:00');
    expect(inPartOfDay('12:15', 'AF')).toBe('12:15');
    expect(inPartOfDay('08:00', 'AF')).toBe('08:00');
    expect(inPartOfDay('07:00', 'MO')).toBe('07:00');
    for (const same of ['19:30', '00:00', 'EV', undefined]) expect(inPartOfDay(same, 'EV')).toBe(same);
    expect(inPartOfDay('07:00', undefined)).toBe('07:00');
    expect(['MO', 'AF', 'EV', 'NI'].every(isPartOfDay)).toBe(true);
    expect(['XX', '07:00', undefined].some(isPartOfDay)).toBe(false);
  });

  it('writes local times with no "Z" and no offset, read on the reminder’s own zone across summer time', () => {
    // 29 March 2026 is the day British summer time begins (01:00 UTC): 06:30 UTC is 07:30 on a London clock.
    expect(wallClock(new Date('2026-03-29T06:30:00Z'), 'Europe/London')).toEqual({ date: { year: 2026, month: 3, day: 29 }, time: { hour: 7, minute: 30 }, second: 0 });
    expect(wallClock(new Date('2026-11-24T15:00:05Z'), 'America/New_York')).toEqual({ date: { year: 2026, month: 11, day: 24 }, time: { hour: 10, minute: 0 }, second: 5 });
    expect(wallClock(new Date('2026-11-24T15:00:00Z'), 'Not/AZone').time).toEqual({ hour: 15, minute: 0 });
    expect(localDateTime({ year: 2026, month: 11, day: 24 }, { hour: 7, minute: 5 })).toBe('2026-11-24T07:05:00.000');
  });
});

describe('weekdays chosen as a repetition', () => {
  it('names days that make a named repetition, and keeps any others as they are, in order and once each', () => {
    expect(repeatOnDays([5, 1, 3, 1], 7)).toEqual({ days: [1, 3, 5] });
    expect(repeatOnDays([1, 2, 3, 4, 5], 7)).toBe('weekdays');
    expect(repeatOnDays([1, 2, 3, 4, 5, 6], 7)).toBe('workoutDays');
    expect(repeatOnDays([], 7)).toBeUndefined();
    expect(daysOf({ days: [2, 6] }, 7)).toEqual([2, 6]);
    expect(plannedReminders({ time: { hour: 7, minute: 0 }, repeat: { days: [1, 3, 5] } }, 7)).toEqual([{ kind: 'strength', weekdays: [1, 3, 5], time: { hour: 7, minute: 0 } }]);
  });

  it('travels as a word and comes back only as one it could have written', () => {
    expect(repeatWord({ days: [1, 3, 5] })).toBe('days135');
    expect(repeatOfWord('days135')).toEqual({ days: [1, 3, 5] });
    expect(repeatOfWord('weekdays')).toBe('weekdays');
    for (const word of ['days', 'days8', 'days31', 'days11', 'days12345678', 'monthly', undefined]) expect(repeatOfWord(word), String(word)).toBeUndefined();
    // As read back from session state: any other shape is none.
    for (const value of [{ days: [] }, { days: [0] }, { days: ['1'] }, { days: [3, 1] }, { days: 'mo' }, null, 'sometimes']) expect(isRepeat(value), JSON.stringify(value)).toBe(false);
    expect(isRepeat({ days: [1, 7] })).toBe(true);
  });
});

describe('movedToPartOfDay', () => {
  const at = (hour: number, minute = 0) => ({ hour, minute });
  it('keeps the clock hour, in the half of the day the part names', () => {
    expect(movedToPartOfDay(at(6), 'EV')).toEqual(at(18));
    expect(movedToPartOfDay(at(6, 30), 'NI')).toEqual(at(18, 30));
    expect(movedToPartOfDay(at(18), 'MO')).toEqual(at(6));
    expect(movedToPartOfDay(at(6), 'MO')).toEqual(at(6));
    expect(movedToPartOfDay(at(20), 'EV')).toEqual(at(20));
    expect(movedToPartOfDay(at(3), 'AF')).toEqual(at(15));
    // Past about 7 there is no afternoon hour; noon and midnight stay.
    expect(movedToPartOfDay(at(9), 'AF')).toEqual(at(9));
    expect(movedToPartOfDay(at(12), 'EV')).toEqual(at(12));
    expect(movedToPartOfDay(at(0), 'MO')).toEqual(at(0));
  });
});

describe('nearestReading', () => {
  const at = (hour: number, minute = 0) => ({ hour, minute });
  it.each([
    [at(7), at(18), at(19)],
    [at(1), at(12), at(13)],
    [at(11), at(15), at(11)],
    [at(8), at(7), at(8)],
    [at(6), at(12), at(18)],
    [at(12), at(18, 30), at(12)],
    [at(19), at(7), at(19)],
    [at(0, 30), at(18), at(0, 30)],
  ])('%o said over %o is %o', (said, to, heard) => {
    expect(nearestReading(said, to)).toEqual(heard);
  });
});
