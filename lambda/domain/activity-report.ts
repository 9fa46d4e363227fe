import { type LocalDate, type Weekday, addDays, daysBetween, formatIsoDate, formatIsoWeek, isoWeekOf, mondayOf, parseIsoDate, parseIsoWeek, weekdayOf } from './calendar';
import { ACTIVITIES, type Activity, type CardioPart, type LogEntry, type WeekProgress, cardioParts, isWalk, workoutsEndedEarly } from './progress';

/** What was done over some days: sessions of each kind, minutes, steps, and the strength exercises named. */
export interface ActivityTotals {
  readonly sessions: Readonly<Record<Activity, number>>;
  readonly minutes: number;
  /** Minutes of walking alone, so a walk is heard as a walk, not as steps. */
  readonly walkMinutes: number;
  /** Minutes of cardio, workouts ended early left out (they are said as such). */
  readonly cardioMinutes: number;
  /** Cardio by kind (cardioParts). */
  readonly cardio: readonly CardioPart[];
  /** Minutes of HIIT, workouts ended early left out, as cardio's are. */
  readonly hiitMinutes: number;
  /** Minutes of stretching and recovery, workouts ended early left out. */
  readonly stretchMinutes: number;
  /** Workouts ended before they counted as a session, and their minutes (in `minutes` too). */
  readonly partWorkouts: number;
  readonly partMinutes: number;
  readonly extraSteps: number;
  readonly activeDays: number;
  /** Each exercise named, once, with its sets added up (0 when none were said). */
  readonly exercises: readonly { readonly id: string; readonly sets: number }[];
  /**
   * Logs counted on those days whose kind is not known: weeks logged before the store kept each log say only how many
   * logs a day had.
   */
  readonly unknownLogs: number;
}

const NONE: Readonly<Record<Activity, number>> = { strength: 0, hiit: 0, cardio: 0, walk: 0, stretch: 0 };

function totalsOf(entries: readonly LogEntry[], parts: readonly LogEntry[], activeDays: number, unknownLogs: number): ActivityTotals {
  const sessions = { ...NONE };
  const exercises: { id: string; sets: number }[] = [];
  let minutes = 0;
  let walkMinutes = 0;
  let cardioMinutes = 0;
  let hiitMinutes = 0;
  let stretchMinutes = 0;
  let extraSteps = 0;
  for (const entry of entries) {
    // Steps said alone count an active day, but are no walk: the week says so too.
    if (entry.counts && (entry.activity !== 'walk' || isWalk(entry))) sessions[entry.activity] += 1;
    minutes += entry.minutes;
    extraSteps += entry.extraSteps;
    if (entry.activity === 'walk') walkMinutes += entry.minutes;
    if (entry.activity === 'cardio' && !parts.includes(entry)) cardioMinutes += entry.minutes;
    if (entry.activity === 'hiit' && !parts.includes(entry)) hiitMinutes += entry.minutes;
    if (entry.activity === 'stretch' && !parts.includes(entry)) stretchMinutes += entry.minutes;
    if (entry.exercise) {
      const known = exercises.find((exercise) => exercise.id === entry.exercise);
      if (known) known.sets += entry.sets ?? 0;
      else exercises.push({ id: entry.exercise, sets: entry.sets ?? 0 });
    }
  }
  const partMinutes = parts.reduce((sum, entry) => sum + entry.minutes, 0);
  const cardio = cardioParts(entries, parts, sessions.cardio, cardioMinutes);
  return { sessions, minutes, walkMinutes, cardioMinutes, cardio, hiitMinutes, stretchMinutes, partWorkouts: parts.length, partMinutes, extraSteps, activeDays, exercises, unknownLogs };
}

/** The days of `dates` in each week of the history, by ISO week id. */
function byWeek(dates: readonly LocalDate[]): Map<string, Weekday[]> {
  const weeks = new Map<string, Weekday[]>();
  for (const date of dates) {
    const week = formatIsoWeek(isoWeekOf(date));
    weeks.set(week, [...(weeks.get(week) ?? []), weekdayOf(date)]);
  }
  return weeks;
}

/** What was logged on the given days, from the weeks that hold them. */
export function totalsForDays(history: readonly WeekProgress[], dates: readonly LocalDate[]): ActivityTotals {
  const entries: LogEntry[] = [];
  const parts: LogEntry[] = [];
  let activeDays = 0;
  let unknownLogs = 0;
  for (const [id, weekdays] of byWeek(dates)) {
    const week = history.find((candidate) => candidate.week === id);
    if (!week) continue;
    const days = new Set(weekdays);
    const kept = week.entries.filter((entry) => days.has(entry.weekday));
    entries.push(...kept);
    // Told apart from minutes added to a session by the rest of its day's logs, so read from the whole week.
    parts.push(...workoutsEndedEarly(week).filter((entry) => days.has(entry.weekday)));
    for (const day of days) {
      // Any log that day, as a week counts it (activeDaysOf): part of a workout ended early is activity too.
      if (week.days[day] > 0 || week.entries.some((entry) => entry.weekday === day)) activeDays += 1;
      // A day counted before its logs were kept: how many, not what.
      if (week.entries.length === 0) unknownLogs += week.days[day];
    }
  }
  return totalsOf(entries, parts, activeDays, unknownLogs);
}

/** Every day of the month up to `today` (the whole month when it is over). */
export function daysOfMonth(year: number, month: number, today: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let date = { year, month, day: 1 }; date.month === month && daysBetween(date, today) >= 0; date = addDays(date, 1)) days.push(date);
  return days;
}

/** The seven days of an ISO week. */
export function daysOfWeek(week: string): LocalDate[] {
  const parsed = parseIsoWeek(week);
  if (!parsed) return [];
  const monday = mondayOf(parsed);
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(monday, offset));
}

/** True when nothing at all was logged. */
export function isEmptyTotals(totals: ActivityTotals): boolean {
  return totals.activeDays === 0 && totals.unknownLogs === 0 && ACTIVITIES.every((activity) => totals.sessions[activity] === 0) && totals.minutes === 0 && totals.extraSteps === 0;
}

/** What "how am I doing" asks about, from its AMAZON.DATE value. */
export type ReportQuery =
  | { readonly kind: 'week'; readonly week: string }
  | { readonly kind: 'day'; readonly date: LocalDate }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'future' };

/** The same day of the month `months` earlier, if that month has one (November has no 31st). */
function sameDayBefore(date: LocalDate, months: number): LocalDate | undefined {
  const index = date.year * 12 + date.month - 1 - months;
  return parseIsoDate(formatIsoDate({ year: Math.floor(index / 12), month: (index % 12) + 1, day: date.day }));
}

/**
 * The last such day gone by, for a date Alexa put ahead. A question about what was done is about the past, but Alexa
 * resolves a date said without a year to its next occurrence: a weekday within the week ahead, "the 25th" within the
 * month ahead, "November 25th" within the year ahead. The value alone cannot tell which was said, so:
 * - one to seven days ahead is a weekday, a week back (people ask by weekday far more; "the 9th" said then is read so
 *   too, and the answer names the day it tells of). Tomorrow too: "what did I do on Sunday", asked on a Saturday, comes
 *   as tomorrow and means last Sunday (a log said so is logged there), and nobody asks what they did tomorrow;
 * - further, the next such day of the month is "the 25th", the one a month before it ("December 25th" said in early
 *   December is read so too: recent days are asked about far more);
 * - any other is a month and a day, a year back; more than a year ahead was said with its year, and has not happened.
 */
function dayGoneBy(date: LocalDate, today: LocalDate): LocalDate | undefined {
  const ahead = daysBetween(today, date);
  if (ahead <= 0) return date;
  if (ahead <= 7) return addDays(date, -7);
  // "The 25th" came as the next one, so the one before it is gone by (the 31st: in the last month that had one).
  const dayOfMonth = sameDayBefore(date, 1) ?? sameDayBefore(date, 2);
  if (dayOfMonth && daysBetween(dayOfMonth, today) > 0) return dayOfMonth;
  // "November 25th": a year back; February 29th, up to four.
  for (let years = 1; years <= 4; years += 1) {
    const before = sameDayBefore(date, 12 * years);
    if (before) return daysBetween(before, today) >= 0 ? before : undefined;
  }
  return undefined;
}

/**
 * Reads "how am I doing" (no date: this week), "what did I do yesterday" or "on Monday" (a day; one Alexa put ahead is
 * the last such day gone by), "last week" ("2026-W47", a weekend its week) and "this month" ("2026-11"; a month said
 * alone, which Alexa may put ahead, the last such month). A week ahead has not happened yet; anything else is this week.
 */
export function reportQuery(value: string | undefined, today: LocalDate): ReportQuery {
  const thisWeek = formatIsoWeek(isoWeekOf(today));
  const date = value === undefined ? undefined : parseIsoDate(value);
  if (date) {
    const gone = dayGoneBy(date, today);
    return gone ? { kind: 'day', date: gone } : { kind: 'future' };
  }
  const week = /^(\d{4}-W\d{2})(?:-WE)?$/.exec(value ?? '')?.[1];
  if (week && parseIsoWeek(week)) return week > thisWeek ? { kind: 'future' } : { kind: 'week', week };
  const month = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (month) {
    const [year, monthOfYear] = [Number(month[1]), Number(month[2])];
    if (monthOfYear < 1 || monthOfYear > 12) return { kind: 'week', week: thisWeek };
    const ahead = year * 12 + monthOfYear - (today.year * 12 + today.month);
    // "In November", said in December, may come as next November: the last one. More than a year ahead was said so.
    if (ahead > 12) return { kind: 'future' };
    return { kind: 'month', year: ahead > 0 ? year - 1 : year, month: monthOfYear };
  }
  return { kind: 'week', week: thisWeek };
}
