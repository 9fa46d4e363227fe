import type { DayKind } from '../content/types';
import { type LocalDate, type Weekday, WEEKDAYS, addDays, formatIsoDate, isValidTimeZone, UTC, weekdayOf } from './calendar';
import { type PlannedDay, planForDay } from './weekly-plan';

/** The repetitions with a name: the plan's workout days (all but the rest day), Monday to Friday, or every day. */
export const REPEATS = ['workoutDays', 'weekdays', 'daily'] as const;
export type NamedRepeat = (typeof REPEATS)[number];
/** How a workout reminder repeats: by a name, or on the weekdays the user chose ("every Monday, Wednesday and Friday"). */
export type Repeat = NamedRepeat | { readonly days: readonly Weekday[] };

/** A time of day on the user's own clock. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** What the user asked for: one time, one repetition. */
export interface ReminderSchedule {
  readonly time: ClockTime;
  readonly repeat: Repeat;
}

/** One reminder of a schedule: the days it rings are all one kind of session, so its words can name that session. */
export interface PlannedReminder {
  readonly kind: DayKind;
  readonly weekdays: readonly Weekday[];
  readonly time: ClockTime;
  /** The first day it rings on or after; undefined, from today. */
  readonly from?: LocalDate;
  /** The last day it rings on; undefined, for as long as it is kept. */
  readonly until?: LocalDate;
}

/** This week as planned, when it is not the rotation's (a rest day changed mid-week), from `today` on. */
export interface ThisWeek {
  readonly today: LocalDate;
  /** Monday to Sunday. */
  readonly plan: readonly PlannedDay[];
}

const KIND_ORDER: readonly DayKind[] = ['strength', 'hiit', 'cardio', 'rest'];
/** RFC 5545 day codes, Monday first like ISO weekdays. */
const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function isNamedRepeat(value: unknown): value is NamedRepeat {
  return REPEATS.some((repeat) => repeat === value);
}

/** A repetition as stored or sent back (JSON, a directive's token): a name, or one to seven distinct weekdays in order. */
export function isRepeat(value: unknown): value is Repeat {
  if (isNamedRepeat(value)) return true;
  const days = typeof value === 'object' && value !== null ? (value as { days?: unknown }).days : undefined;
  return (
    Array.isArray(days) &&
    days.length >= 1 &&
    days.length <= WEEKDAYS.length &&
    days.every((day, at) => WEEKDAYS.includes(day as Weekday) && (at === 0 || (days[at - 1] as number) < (day as number)))
  );
}

/** The weekdays chosen, as a repetition: its name when they are one ("Monday to Friday" is every weekday). */
export function repeatOnDays(weekdays: readonly Weekday[], restDay: Weekday): Repeat | undefined {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (days.length === 0) return undefined;
  return repeatOf(days, restDay) ?? { days };
}

/** A repetition in a word, for a directive's token: its name, or its weekdays' numbers ("days135"). */
export function repeatWord(repeat: Repeat): string {
  return typeof repeat === 'string' ? repeat : `days${repeat.days.join('')}`;
}

/** The repetition a word names, read strictly; undefined for anything else. */
export function repeatOfWord(word: string | undefined): Repeat | undefined {
  if (isNamedRepeat(word)) return word;
  const match = /^days([1-7]{1,7})$/.exec(word ?? '');
  const days = match ? { days: [...match[1]!].map(Number) } : undefined;
  return isRepeat(days) ? days : undefined;
}

/** The days a repetition rings on, for a user who rests on `restDay`. */
export function daysOf(repeat: Repeat, restDay: Weekday): readonly Weekday[] {
  if (typeof repeat !== 'string') return repeat.days;
  switch (repeat) {
    case 'workoutDays':
      return WEEKDAYS.filter((day) => day !== restDay);
    case 'weekdays':
      return WEEKDAYS.filter((day) => day <= 5);
    case 'daily':
      return WEEKDAYS;
  }
}

/** The repetition a set of days is, if it is one ("every day but Sunday" is the workout days of a Sunday rest). */
export function repeatOf(weekdays: readonly Weekday[], restDay: Weekday): NamedRepeat | undefined {
  const same = (days: readonly Weekday[]) => days.length === weekdays.length && days.every((day) => weekdays.includes(day));
  return REPEATS.find((repeat) => same(daysOf(repeat, restDay)));
}

/**
 * The reminders a schedule is made of: one for each kind of session on its days, so each can say "time for your
 * strength workout". A week of the plan holds at most four kinds, so a schedule is at most four reminders.
 */
export function plannedReminders(schedule: ReminderSchedule, restDay: Weekday, thisWeek?: ThisWeek): PlannedReminder[] {
  const days = daysOf(schedule.repeat, restDay);
  const rotation = (day: Weekday) => planForDay(day, restDay).kind;
  const byKind = (ringing: readonly Weekday[], kindOf: (day: Weekday) => DayKind, bounds: Pick<PlannedReminder, 'from' | 'until'>) =>
    KIND_ORDER.map((kind) => ({ kind, weekdays: ringing.filter((day) => kindOf(day) === kind), time: schedule.time, ...bounds })).filter((reminder) => reminder.weekdays.length > 0);
  if (!thisWeek) return byKind(days, rotation, {});
  // A week kept when the rest day changed mid-week (found in review: with Sunday still this week's rest day, Sunday rang
  // "time for your cardio workout"). Its days to come ring by its own plan until Sunday (the workout days its own, around
  // its own rest day), and the rotation's from next Monday; a week whose days to come are the rotation's needs neither.
  const today = weekdayOf(thisWeek.today);
  const restThisWeek = thisWeek.plan.find((planned) => planned.kind === 'rest')?.weekday ?? restDay;
  const left = daysOf(schedule.repeat, restThisWeek).filter((day) => day >= today);
  const kept = (day: Weekday) => thisWeek.plan[day - 1]?.kind ?? rotation(day);
  if (WEEKDAYS.every((day) => day < today || (left.includes(day) === days.includes(day) && (!left.includes(day) || kept(day) === rotation(day))))) return byKind(days, rotation, {});
  return [...byKind(left, kept, { until: addDays(thisWeek.today, 7 - today) }), ...byKind(days, rotation, { from: addDays(thisWeek.today, 8 - today) })];
}

/** "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1": the rule Alexa rings a reminder by, on the user's clock. */
export function recurrenceRule(weekdays: readonly Weekday[], time: ClockTime): string {
  const days = [...weekdays].sort((a, b) => a - b).map((day) => DAY_CODES[day - 1]);
  return `FREQ=WEEKLY;BYDAY=${days.join(',')};BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0;INTERVAL=1`;
}

/** The days and time of a rule this skill could have written (weekly or daily, at one time); anything else is none. */
export function readRecurrenceRule(rule: unknown): { weekdays: Weekday[]; time: ClockTime } | undefined {
  if (typeof rule !== 'string' || rule.length > 200) return undefined;
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const hour = Number(parts.get('BYHOUR'));
  const minute = Number(parts.get('BYMINUTE') ?? 0);
  if (!isClockTime({ hour, minute })) return undefined;
  const freq = parts.get('FREQ');
  if (freq === 'DAILY' && !parts.has('BYDAY')) return { weekdays: [...WEEKDAYS], time: { hour, minute } };
  if (freq !== 'WEEKLY' && freq !== 'DAILY') return undefined;
  const codes = (parts.get('BYDAY') ?? '').split(',');
  const weekdays = codes.map((code) => (DAY_CODES as readonly string[]).indexOf(code) + 1).filter((day): day is Weekday => day >= 1);
  if (weekdays.length === 0 || weekdays.length !== codes.length) return undefined;
  return { weekdays: [...new Set(weekdays)].sort((a, b) => a - b), time: { hour, minute } };
}

export function isClockTime(value: { hour: number; minute: number }): value is ClockTime {
  return Number.isInteger(value.hour) && value.hour >= 0 && value.hour <= 23 && Number.isInteger(value.minute) && value.minute >= 0 && value.minute <= 59;
}

/**
 * An AMAZON.TIME value as a clock time: "07:00", "18:30" (seconds, if any, dropped). The vaguer values Alexa also
 * sends ("MO" for morning, "EV" for evening) name no time to ring at, and give none.
 */
export function parseClockTime(value: string | undefined): ClockTime | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(value ?? '');
  if (!match) return undefined;
  const time = { hour: Number(match[1]), minute: Number(match[2]) };
  return isClockTime(time) ? time : undefined;
}

/**
 * A time said with "tonight" or "every evening" ("remind me tonight at 7"): AMAZON.TIME hears only "7", as 07:00, so
 * 1 to 11 o'clock are read as PM, and 12 as midnight ("tonight at 12:30" is 00:30). A time already past noon and the
 * vaguer values ("EV") are left as they are.
 */
export function inTheEvening(value: string | undefined): string | undefined {
  const time = parseClockTime(value);
  if (!time || time.hour === 0 || time.hour > 12) return value;
  return formatClockTime({ hour: (time.hour + 12) % 24, minute: time.minute });
}

/** The parts of the day AMAZON.TIME gives for "every morning", "in the afternoon", "this evening", "tonight". */
export const PARTS_OF_DAY = ['MO', 'AF', 'EV', 'NI'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export function isPartOfDay(value: unknown): value is PartOfDay {
  return PARTS_OF_DAY.some((part) => part === value);
}

/**
 * A clock time said in answer to "what time in the evening?": AMAZON.TIME hears "6:30" as 06:30, so it is read in the
 * part of the day already named. In the afternoon 1 to 7 are PM; in the evening and at night 1 to 11 are (as
 * "tonight at 7"), and 12 is midnight. A morning, and a time already past noon, stay.
 */
export function inPartOfDay(value: string | undefined, part: PartOfDay | undefined): string | undefined {
  if (part === 'EV' || part === 'NI') return inTheEvening(value);
  const time = parseClockTime(value);
  if (part !== 'AF' || !time || time.hour === 0 || time.hour > 7) return value;
  return formatClockTime({ hour: time.hour + 12, minute: time.minute });
}

/**
 * A time said back, moved into a part of the day said over it ("in the evening" after 6 AM is 6 PM; "in the morning"
 * after 6 PM is 6 AM): the same clock hour, in the half of the day the part names. Noon and midnight stay.
 */
export function movedToPartOfDay(time: ClockTime, part: PartOfDay): ClockTime {
  if (time.hour === 0 || time.hour === 12) return time;
  const morning = time.hour < 12;
  if (part === 'MO') return morning ? time : { hour: time.hour - 12, minute: time.minute };
  // The afternoon runs to about 7; a later hour said back stays where it was.
  if (part === 'AF' && time.hour > 7 && morning) return time;
  return morning ? { hour: time.hour + 12, minute: time.minute } : time;
}

/**
 * A time said over another one just said back ("no, make it 7" after 6 PM): AMAZON.TIME hears "7" and "7 am" alike,
 * so of its two readings, morning and evening, the nearer to the time it corrects (a tie, the later). Noon stays noon,
 * and a time already past noon stays as it is.
 */
export function nearestReading(said: ClockTime, to: ClockTime): ClockTime {
  if (said.hour === 0 || said.hour >= 12) return said;
  const evening = { hour: said.hour + 12, minute: said.minute };
  const away = (time: ClockTime) => Math.abs(time.hour * 60 + time.minute - (to.hour * 60 + to.minute));
  return away(evening) <= away(said) ? evening : said;
}

/** The same clock time in the other half of the day ("8:00" and "20:00"); noon and midnight are each other's. */
export function otherHalf(time: ClockTime): ClockTime {
  return { hour: (time.hour + 12) % 24, minute: time.minute };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "07:30": the form a clock time takes in the session and in a token. */
export function formatClockTime(time: ClockTime): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The date and time on a clock in `timeZone` at `now` (an unknown zone counts as UTC). */
export function wallClock(now: Date, timeZone: string): { date: LocalDate; time: ClockTime; second: number } {
  const zone = isValidTimeZone(timeZone) ? timeZone : UTC;
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    clocks.set(zone, clock);
  }
  const parts = clock.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { date: { year: part('year'), month: part('month'), day: part('day') }, time: { hour: part('hour'), minute: part('minute') }, second: part('second') };
}

/**
 * A local date and time as the Reminders API takes it: ISO 8601 with no offset and no "Z" ("2026-11-24T07:00:00.000"),
 * read on the clock of the reminder's own timeZoneId, so it rings at 7 on the user's clock, summer time or not.
 */
export function localDateTime(date: LocalDate, time: ClockTime, second = 0): string {
  return `${formatIsoDate(date)}T${formatClockTime(time)}:${pad2(second)}.000`;
}
