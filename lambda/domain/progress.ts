import type { DayKind, Level } from '../content/types';
import { type LocalDate, type Weekday, WEEKDAYS, formatIsoWeek, isoWeekOf, previousWeek } from './calendar';
import type { WorkoutPlace } from './workout-place';

/** What the user can log; each is also a counter attribute on the week item. */
export const ACTIVITIES = ['strength', 'hiit', 'cardio', 'walk', 'stretch'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/**
 * The kinds of cardio a log can name and keep ("I swam", "a bike ride"): each counts as cardio, and is said as itself.
 * Cardio with none of these (tennis, "some cardio") keeps no kind.
 */
export const CARDIO_KINDS = ['run', 'swim', 'cycle', 'dance'] as const;
export type CardioKind = (typeof CARDIO_KINDS)[number];

export interface ActivityLog {
  /** ISO week, '2026-W48'. */
  readonly week: string;
  readonly weekday: Weekday;
  readonly activity: Activity;
  readonly minutes?: number;
  readonly extraSteps?: number;
  /** The Alexa requestId: a retried request carries the same one and is counted once. */
  readonly requestId: string;
  /** The log finishes a guided workout: the same write forgets the week's saved position. Undo ignores it. */
  readonly endsWorkout?: boolean;
  /** An exercise of the day's strength session ("I did my deadlifts", "3 sets of rows"), kept as detail. */
  readonly exercise?: string;
  readonly sets?: number;
  /** The kind of cardio said ("I swam"): only with `activity` 'cardio'. */
  readonly kind?: CardioKind;
  /**
   * False when the log only adds to a session already counted that day (a second exercise): its minutes and steps
   * count, and its detail is kept, but no session or active day is counted again. @default true
   */
  readonly counts?: boolean;
  /**
   * The log counts only as the day's first session of its kind: when one is counted already (another device logged it
   * since the user was last told), nothing is written and the outcome is 'same-day', so the user can be asked first.
   * The check is the write's own condition, so two devices logging at once cannot both count. Ignored when the log
   * counts no session. @default false
   */
  readonly firstOfDay?: boolean;
}

/**
 * One log as its week keeps it, named by a short key of the request that made it: what undo takes off and what a
 * retried request answers with come from here, never from the session's word for it.
 */
export interface LogEntry {
  readonly key: string;
  readonly activity: Activity;
  readonly weekday: Weekday;
  readonly minutes: number;
  readonly extraSteps: number;
  readonly counts: boolean;
  readonly exercise?: string;
  readonly sets?: number;
  readonly kind?: CardioKind;
}

export interface WeekProgress {
  readonly week: string;
  readonly sessions: Readonly<Record<Activity, number>>;
  readonly minutes: number;
  readonly extraSteps: number;
  /** Days of the week with at least one log. */
  readonly activeDays: number;
  readonly days: Readonly<Record<Weekday, number>>;
  /** Where a guided workout of this week was left, if one is under way. */
  readonly workout?: WorkoutPlace;
  /** Logs of each activity on each day, where the store keeps them (weeks logged before it did have none). */
  readonly activitiesByDay?: Readonly<Record<Weekday, Readonly<Record<Activity, number>>>>;
  /** Every log the week counts, by weekday: a week keeps them as a set (weeks logged before it kept them have none). */
  readonly entries: readonly LogEntry[];
  /** Requests the week has taken, undone ones included: at LIMITS.maxLogsPerWeek it takes no more. */
  readonly requests: number;
}

export interface Profile {
  readonly level?: Level;
  readonly restDay?: Weekday;
  /**
   * The plan of the week the rest day last changed in, kept so its days gone by stay as they were (see WeekPlan in
   * weekly-plan.ts), as "2026-W50:strength-a,hiit,…". Only while that week is this week; later weeks follow `restDay`.
   */
  readonly weekPlan?: string;
  readonly noticeHeard?: boolean;
  readonly createdAt?: string;
  /** Exercises the user has done in a guided workout: they get one short cue instead of the full form. */
  readonly knownExercises?: readonly string[];
  /** The ISO week the level was last set: steady progression counts the weeks at one level from it. */
  readonly levelSince?: string;
  /** Workout reminders were offered: they are offered once, never again. */
  readonly remindersOffered?: boolean;
  /** The ISO week of the last weekly look back: one a week. */
  readonly lookedBack?: string;
  /** The level at which moving up was suggested: once a level. */
  readonly stepUpOffered?: Level;
  /** How the workouts at this level felt, as the user said ("that was too hard"), and the ISO week they said it. */
  readonly effort?: Effort;
  readonly effortWeek?: string;
  /** The day (YYYY-MM-DD, the user's) a warning sign was answered: no workout is started that day. */
  readonly warningOn?: string;
  /**
   * The day (YYYY-MM-DD, the user's) pain or feeling unwell was told with no workout under way: a workout asked for
   * later that day or the next, in any session, first asks whether it still is so. Only the day is kept, never what was
   * told.
   */
  readonly feltOn?: string;
  /**
   * A condition, a pregnancy or an injury was told, and no doctor's okay since: a workout, in any session, asks for it
   * first. Only that it waits is kept, never what was told.
   */
  readonly checkFirst?: boolean;
  /**
   * An age was told, and no doctor's okay since: HIIT, the vigorous workout, in any session, asks for it first; strength
   * and walking do not. Only that HIIT waits is kept, never the age.
   */
  readonly hiitCheckFirst?: boolean;
  /**
   * The user said they are under 18, and no adult age since: answers about eating say not to cut back while growing,
   * and no workout is offered to start, in every session. Only that is kept, never the age.
   */
  readonly young?: boolean;
}

/** What a user can tell the coach about how a workout felt. */
export const EFFORTS = ['too-hard', 'too-easy'] as const;
export type Effort = (typeof EFFORTS)[number];

/**
 * The largest amounts one log may carry, the longest request id kept for it, the most sets of one exercise, and the
 * most logs one week takes (about 14 a day): the bound that keeps a week's item a few kilobytes, however it is used.
 */
export const LIMITS = { maxMinutes: 600, maxExtraSteps: 100_000, maxRequestIdLength: 200, maxSets: 50, maxLogsPerWeek: 100 } as const;

/** Amounts above these are possible but more likely misheard: the skill asks before it logs them. */
export const CONFIRM_ABOVE = { minutes: 300, extraSteps: 50_000, sets: 10 } as const;


/** The sessions the plan asks for each week (rest is a day, not a target). */
export type PlannedKind = Exclude<DayKind, 'rest'>;
export const PLANNED_KINDS: readonly PlannedKind[] = ['strength', 'hiit', 'cardio'];

export interface KindProgress {
  readonly kind: PlannedKind;
  readonly done: number;
  readonly target: number;
  readonly left: number;
}

export interface WeekReport {
  readonly kinds: readonly KindProgress[];
  readonly sessions: number;
  readonly activeDays: number;
  readonly extraSteps: number;
  readonly minutes: number;
  /** Walks, and the minutes of them where the week kept each log. */
  readonly walks: number;
  readonly walkMinutes: number;
  /** Minutes of cardio where the week kept each log, workouts ended early left out (they are said as such). */
  readonly cardioMinutes: number;
  /** The week's cardio by kind (cardioParts). */
  readonly cardio: readonly CardioPart[];
  /** Stretch and recovery sessions (yoga, foam rolling): no target of the plan, but done, and said, with their minutes. */
  readonly stretches: number;
  readonly stretchMinutes: number;
  /** Workouts ended before they counted as a session ("I'm done" after two sets, logged on a yes), and their minutes. */
  readonly partWorkouts: number;
  readonly partMinutes: number;
  /** True once every planned kind reached its target. */
  readonly met: boolean;
  /**
   * Planned sessions done last week, when there was a last week on record: each kind up to its target, as the look-back
   * at launch counts them (found by a helper trying the console: "2 of 6 planned sessions" at launch, then "5 sessions in
   * all", three bike rides counted as three planned ones).
   */
  readonly lastWeekSessions?: number;
  /** Weeks in a row that met the plan, counting back from last week, plus this one once it is met. */
  readonly streak: number;
}

export const EMPTY_WEEK = (week: string): WeekProgress => ({
  week,
  sessions: { strength: 0, hiit: 0, cardio: 0, walk: 0, stretch: 0 },
  minutes: 0,
  extraSteps: 0,
  activeDays: 0,
  days: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
  entries: [],
  requests: 0,
});

/** A session of this kind counted on that day of the week. */
export function countedOn(week: Pick<WeekProgress, 'entries'> | undefined, weekday: Weekday, activity: Activity): boolean {
  return sessionsOn(week, weekday, activity) > 0;
}

/** How many sessions of an activity were logged on a weekday. */
/**
 * The minutes of `activity` logged on a day (a guided workout logs what it took), 0 for none: of the sessions counted, or
 * (`counted` false) of the logs counted as none, a workout ended early among them.
 */
export function minutesLoggedOn(week: Pick<WeekProgress, 'entries'> | undefined, weekday: Weekday, activity: Activity, counted = true): number {
  return week?.entries.filter((entry) => entry.counts === counted && entry.weekday === weekday && entry.activity === activity).reduce((sum, entry) => sum + entry.minutes, 0) ?? 0;
}

export function sessionsOn(week: Pick<WeekProgress, 'entries'> | undefined, weekday: Weekday, activity: Activity): number {
  return week?.entries.filter((entry) => entry.counts && entry.weekday === weekday && entry.activity === activity).length ?? 0;
}

/** A walk taken: a count of steps said alone ("I did 10,000 steps") is steps, not a walk. */
export function isWalk(entry: LogEntry): boolean {
  return entry.activity === 'walk' && entry.counts && (entry.minutes > 0 || entry.extraSteps === 0);
}

/**
 * The days of a week with at least one log: a session counted that day, or any log kept of it, a workout ended early
 * included (found by a helper trying the console: two days with only part of a workout logged were no active days).
 */
export function activeDaysOf(days: Readonly<Record<Weekday, number>>, entries: readonly Pick<LogEntry, 'weekday'>[]): number {
  return WEEKDAYS.filter((day) => days[day] > 0 || entries.some((entry) => entry.weekday === day)).length;
}

/** The walks of a week. */
export function walksTaken(week: Pick<WeekProgress, 'entries'>): number {
  return week.entries.filter(isWalk).length;
}

/** Cardio sessions of one kind, or of none said (`kind` left out), with their minutes. */
export interface CardioPart {
  readonly kind?: CardioKind;
  readonly count: number;
  readonly minutes: number;
}

/**
 * Cardio said by kind: "one run of 20 minutes, one swim of 30 minutes" (found trying the console: a swim came back as
 * "one cardio session"). Each kind logged, in CARDIO_KINDS order, then what named none (tennis, "cardio", logs kept
 * before kinds were), from the `sessions` and `minutes` counted in all, workouts ended early (`parts`) left out. When
 * the kinds cannot account for a count of their own, the whole is said as cardio.
 */
export function cardioParts(entries: readonly LogEntry[], parts: readonly LogEntry[], sessions: number, minutes: number): CardioPart[] {
  const cardio = entries.filter((entry) => entry.activity === 'cardio' && !parts.includes(entry));
  const known = CARDIO_KINDS.map((kind) => {
    const ofKind = cardio.filter((entry) => entry.kind === kind);
    return { kind, count: ofKind.filter((entry) => entry.counts).length, minutes: ofKind.reduce((sum, entry) => sum + entry.minutes, 0) };
  }).filter((part) => part.count > 0 || part.minutes > 0);
  const rest = { count: sessions - known.reduce((sum, part) => sum + part.count, 0), minutes: minutes - known.reduce((sum, part) => sum + part.minutes, 0) };
  const whole = [{ count: sessions, minutes }];
  if (known.some((part) => part.count === 0) || rest.count < 0 || rest.minutes < 0 || (rest.count === 0 && rest.minutes > 0)) return sessions > 0 ? whole : [];
  return [...known, ...(rest.count > 0 ? [rest] : [])];
}

/**
 * The logs of a week's workouts ended before they counted as a session ("I'm done" after two sets, logged on a yes).
 * Not minutes added to a session counted that day ("I did a strength workout", "about thirty minutes": found in
 * review, those were reported as a workout ended early), nor an exercise added to one, nor a walk's minutes.
 */
export function workoutsEndedEarly(week: Pick<WeekProgress, 'entries'>): LogEntry[] {
  return week.entries.filter(
    (entry) => !entry.counts && entry.exercise === undefined && entry.activity !== 'walk' && !countedOn(week, entry.weekday, entry.activity),
  );
}

export function sessionsDone(week: WeekProgress): number {
  return PLANNED_KINDS.reduce((total, kind) => total + week.sessions[kind], 0);
}

export function metPlan(week: WeekProgress, targets: Readonly<Record<DayKind, number>>): boolean {
  return PLANNED_KINDS.every((kind) => week.sessions[kind] >= targets[kind]);
}

/**
 * How this week stands against the plan, and against the weeks before it.
 * `weeks` is the user's history, any order; `thisWeek` and `previousWeeks` are ISO week ids, newest first.
 */
export function weekReport(
  weeks: readonly WeekProgress[],
  thisWeek: string,
  previousWeeks: readonly string[],
  targets: Readonly<Record<DayKind, number>>,
): WeekReport {
  const byId = new Map(weeks.map((week) => [week.week, week]));
  const current = byId.get(thisWeek) ?? EMPTY_WEEK(thisWeek);
  const lastWeek = previousWeeks[0] === undefined ? undefined : byId.get(previousWeeks[0]);
  let streak = 0;
  for (const id of previousWeeks) {
    const week = byId.get(id);
    if (!week || !metPlan(week, targets)) break;
    streak += 1;
  }
  const met = metPlan(current, targets);
  const parts = workoutsEndedEarly(current);
  const cardioMinutes = current.entries.filter((entry) => entry.activity === 'cardio' && !parts.includes(entry)).reduce((sum, entry) => sum + entry.minutes, 0);
  return {
    kinds: PLANNED_KINDS.map((kind) => {
      const done = current.sessions[kind];
      return { kind, done, target: targets[kind], left: Math.max(0, targets[kind] - done) };
    }),
    sessions: sessionsDone(current),
    activeDays: current.activeDays,
    extraSteps: current.extraSteps,
    minutes: current.minutes,
    walks: walksTaken(current),
    walkMinutes: current.entries.filter((entry) => entry.activity === 'walk').reduce((sum, entry) => sum + entry.minutes, 0),
    cardioMinutes,
    cardio: cardioParts(current.entries, parts, current.sessions.cardio, cardioMinutes),
    stretches: current.sessions.stretch,
    stretchMinutes: current.entries.filter((entry) => entry.activity === 'stretch' && !parts.includes(entry)).reduce((sum, entry) => sum + entry.minutes, 0),
    partWorkouts: parts.length,
    partMinutes: parts.reduce((sum, entry) => sum + entry.minutes, 0),
    met,
    ...(lastWeek && { lastWeekSessions: PLANNED_KINDS.reduce((sum, kind) => sum + Math.min(lastWeek.sessions[kind], targets[kind]), 0) }),
    streak: streak + (met ? 1 : 0),
  };
}

/** This week and the `count` weeks before it, as ISO week ids, newest first. */
export function recentWeekIds(today: LocalDate, count: number): { thisWeek: string; previous: string[] } {
  let week = isoWeekOf(today);
  const thisWeek = formatIsoWeek(week);
  const previous: string[] = [];
  for (let i = 0; i < count; i += 1) {
    week = previousWeek(week);
    previous.push(formatIsoWeek(week));
  }
  return { thisWeek, previous };
}
