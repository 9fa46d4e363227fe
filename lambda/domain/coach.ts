import { LEVELS, type DayKind, type Level } from '../content/types';
import { type LocalDate, type Weekday, addDays, formatIsoWeek, isoWeekOf, localDate, parseIsoWeek, weekdayOf } from './calendar';
import { ACTIVITIES, type Activity, PLANNED_KINDS, type PlannedKind, type Profile, type WeekProgress, recentWeekIds, weekReport } from './progress';

/**
 * The coach's judgement, as pure rules over the weeks on record: when a day of rest is due, when the user is ready for
 * more, and what a week meant. The article: add weight slowly, rest, and keep at it.
 */

/** A short note after a log: strength two days running, or a seventh active day without a rest or stretch day. */
export type RestNote = 'strengthTwoDays' | 'sevenDays';

/** What one day held, by activity; undefined when the store did not keep it for that day's week (or its count disagrees). */
function dayOf(weeks: readonly WeekProgress[], date: LocalDate): Readonly<Record<Activity, number>> | undefined {
  const week = weeks.find((candidate) => candidate.week === formatIsoWeek(isoWeekOf(date)));
  const weekday = weekdayOf(date);
  if (!week) return { strength: 0, hiit: 0, cardio: 0, walk: 0, stretch: 0 };
  const held = week.activitiesByDay?.[weekday];
  // A log from before days kept their activities shows in the day's count alone: what that day held is not known.
  if (!held || ACTIVITIES.reduce((sum, activity) => sum + held[activity], 0) !== week.days[weekday]) return undefined;
  return held;
}

const active = (held: Readonly<Record<Activity, number>>) => ACTIVITIES.some((activity) => activity !== 'stretch' && held[activity] > 0);

/**
 * The note a log just made calls for, if any: given once, by the log that makes it true (the first strength log of a
 * second day in a row; the first active log of a seventh active day in a row, no stretch day among them). `weeks`
 * holds the week after the log. Days whose activities are not known never call for a note.
 */
export function restNoteFor(weeks: readonly WeekProgress[], today: LocalDate, logged: Activity): RestNote | undefined {
  const held = dayOf(weeks, today);
  if (!held || logged === 'stretch' || held.stretch > 0) return undefined;
  const activeToday = ACTIVITIES.reduce((sum, activity) => (activity === 'stretch' ? sum : sum + held[activity]), 0);
  if (activeToday === 1) {
    const before = Array.from({ length: 7 }, (_, back) => dayOf(weeks, addDays(today, -(back + 1))));
    const run = before.findIndex((day) => !day || !active(day) || day.stretch > 0);
    if (run === 6 && before[6] !== undefined) return 'sevenDays';
  }
  if (logged === 'strength' && held.strength === 1 && (dayOf(weeks, addDays(today, -1))?.strength ?? 0) > 0) return 'strengthTwoDays';
  return undefined;
}

/**
 * Whether the note for a log could turn on days before its own week, so the weeks before must be read: yesterday is
 * last week's Sunday, or a run of seven active days may reach back (unless a quiet day this week already broke it).
 */
export function restNoteReachesBack(week: WeekProgress, today: LocalDate, logged: Activity): boolean {
  const weekday = weekdayOf(today);
  if (logged === 'stretch') return false;
  if (logged === 'strength' && weekday === 1) return true;
  if (weekday === 7) return false;
  for (let day = 1; day < weekday; day += 1) {
    const held = week.activitiesByDay?.[day as Weekday];
    if (held && (!active(held) || held.stretch > 0)) return false;
  }
  return true;
}

/** The week before `week` and the one before that, as ISO week ids. */
function twoWeeksBefore(today: LocalDate): [string, string] {
  const { previous } = recentWeekIds(today, 2);
  return [previous[0] as string, previous[1] as string];
}

const weekAtOrAfter = (week: string | undefined, since: string) => week !== undefined && parseIsoWeek(week) !== undefined && week >= since;

/**
 * Moving up is suggested once a level, when the two weeks before this one both met the plan's strength sessions at the
 * user's present level (set no later than the first of them), and the user has not said since that it is too hard.
 */
export function stepUpDue(weeks: readonly WeekProgress[], today: LocalDate, targets: Readonly<Record<DayKind, number>>, level: Level, profile: Profile | undefined): boolean {
  if (profile?.stepUpOffered === level) return false;
  const [last, before] = twoWeeksBefore(today);
  if (profile?.levelSince !== undefined && profile.levelSince > before) return false;
  if (profile?.effort === 'too-hard' && weekAtOrAfter(profile.effortWeek, before)) return false;
  return [last, before].every((id) => (weeks.find((week) => week.week === id)?.sessions.strength ?? 0) >= targets.strength && targets.strength > 0);
}

/** The level above or below, if there is one. */
export function nextLevel(level: Level, direction: 'up' | 'down'): Level | undefined {
  return LEVELS[LEVELS.indexOf(level) + (direction === 'up' ? 1 : -1)];
}

/** Last week against the plan, for the first session of a new week. */
export interface LookBack {
  /**
   * Planned sessions done (each kind up to its plan: a second cardio session is no HIIT one), the plan's number of them,
   * and every session done.
   */
  readonly done: number;
  readonly planned: number;
  readonly sessions: number;
  readonly met: boolean;
  /** Weeks in a row that met the plan, ending last week. */
  readonly streak: number;
  /** The kind of session last week fell shortest of, to focus on this week; none when it met the plan. */
  readonly focus?: { readonly kind: PlannedKind; readonly target: number };
}

/**
 * Last week's look back, once a week: due when the profile has not had one this week, and the user was here before
 * this week began (a first visit has no last week to look back on).
 */
export function lookBackDue(profile: Profile | undefined, weeks: readonly WeekProgress[], today: LocalDate, timeZone = 'UTC'): boolean {
  const thisWeek = formatIsoWeek(isoWeekOf(today));
  if (!profile || profile.lookedBack === thisWeek) return false;
  // The start is kept in UTC, and read on the user's own calendar: Monday 1 AM in Kolkata is Sunday in UTC.
  const since = profile.createdAt && !Number.isNaN(Date.parse(profile.createdAt)) ? localDate(new Date(profile.createdAt), timeZone) : undefined;
  const startedBefore = since !== undefined && formatIsoWeek(isoWeekOf(since)) < thisWeek;
  return startedBefore || weeks.some((week) => week.week < thisWeek);
}

export function lookBack(weeks: readonly WeekProgress[], today: LocalDate, targets: Readonly<Record<DayKind, number>>): LookBack {
  const { previous } = recentWeekIds(today, 60);
  const [lastWeek, ...before] = previous as [string, ...string[]];
  const report = weekReport(weeks, lastWeek, before, targets);
  const short = report.kinds.filter((kind) => kind.left > 0);
  // The kind most short of its plan; on a tie, the first in the plan's order (strength first: it is what tones the back).
  const focus = short.reduce<(typeof short)[number] | undefined>((most, kind) => (most === undefined || kind.left > most.left ? kind : most), undefined);
  return {
    // Found by a helper trying the console: "5 of 6 planned sessions" at launch, and "1 strength and 1 HIIT short of the
    // plan" asked: a bike ride on top of the run counted as a planned session.
    done: report.kinds.reduce((sum, kind) => sum + Math.min(kind.done, kind.target), 0),
    planned: PLANNED_KINDS.reduce((sum, kind) => sum + targets[kind], 0),
    sessions: report.sessions,
    met: report.met,
    streak: report.streak,
    ...(focus && { focus: { kind: focus.kind, target: focus.target } }),
  };
}
