import { type LocalDate, type Weekday, addDays, daysBetween, formatIsoWeek, isoWeekOf, mondayOf, parseIsoDate, parseIsoWeek, weekdayOf } from './calendar';
import { ACTIVITIES, type Activity, type LogEntry, type WeekProgress } from './progress';

/** What was done over some days: sessions of each kind, minutes, steps, and the strength exercises named. */
export interface ActivityTotals {
  readonly sessions: Readonly<Record<Activity, number>>;
  readonly minutes: number;
  /** Minutes of walking alone, so a walk is heard as a walk, not as steps. */
  readonly walkMinutes: number;
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

function totalsOf(entries: readonly LogEntry[], activeDays: number, unknownLogs: number): ActivityTotals {
  const sessions = { ...NONE };
  const exercises: { id: string; sets: number }[] = [];
  let minutes = 0;
  let walkMinutes = 0;
  let extraSteps = 0;
  for (const entry of entries) {
    if (entry.counts) sessions[entry.activity] += 1;
    minutes += entry.minutes;
    extraSteps += entry.extraSteps;
    if (entry.activity === 'walk') walkMinutes += entry.minutes;
    if (entry.exercise) {
      const known = exercises.find((exercise) => exercise.id === entry.exercise);
      if (known) known.sets += entry.sets ?? 0;
      else exercises.push({ id: entry.exercise, sets: entry.sets ?? 0 });
    }
  }
  return { sessions, minutes, walkMinutes, extraSteps, activeDays, exercises, unknownLogs };
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
  let activeDays = 0;
  let unknownLogs = 0;
  for (const [id, weekdays] of byWeek(dates)) {
    const week = history.find((candidate) => candidate.week === id);
    if (!week) continue;
    const days = new Set(weekdays);
    const kept = week.entries.filter((entry) => days.has(entry.weekday));
    entries.push(...kept);
    for (const day of days) {
      if (week.days[day] > 0) activeDays += 1;
      // A day counted before its logs were kept: how many, not what.
      if (week.entries.length === 0) unknownLogs += week.days[day];
    }
  }
  return totalsOf(entries, activeDays, unknownLogs);
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

/**
 * Reads "how am I doing" (no date: this week), "what did I do yesterday" or "on Monday" (a day: a bare weekday, which
 * Alexa resolves ahead, is its last occurrence), "last week" ("2026-W47", a weekend its week) and "this month"
 * ("2026-11"). What has not happened yet is the future; anything else is this week.
 */
export function reportQuery(value: string | undefined, today: LocalDate): ReportQuery {
  const thisWeek = formatIsoWeek(isoWeekOf(today));
  const date = value === undefined ? undefined : parseIsoDate(value);
  if (date) {
    const ahead = daysBetween(today, date);
    if (ahead >= 2 && ahead <= 7) return { kind: 'day', date: addDays(date, -7) };
    return ahead > 0 ? { kind: 'future' } : { kind: 'day', date };
  }
  const week = /^(\d{4}-W\d{2})(?:-WE)?$/.exec(value ?? '')?.[1];
  if (week && parseIsoWeek(week)) return week > thisWeek ? { kind: 'future' } : { kind: 'week', week };
  const month = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (month) {
    const [year, monthOfYear] = [Number(month[1]), Number(month[2])];
    if (monthOfYear < 1 || monthOfYear > 12) return { kind: 'week', week: thisWeek };
    return year * 12 + monthOfYear > today.year * 12 + today.month ? { kind: 'future' } : { kind: 'month', year, month: monthOfYear };
  }
  return { kind: 'week', week: thisWeek };
}
