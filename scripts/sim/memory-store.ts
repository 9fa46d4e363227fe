import { WEEKDAYS, type Weekday } from '../../lambda/domain/calendar';
import { ACTIVITIES, type Activity, type ActivityLog, type Profile, type WeekProgress } from '../../lambda/domain/progress';
import { type WorkoutPlace, readWorkoutPlace } from '../../lambda/domain/workout-place';
import {
  HISTORY_WEEKS,
  StoreUnavailableError,
  assertValidLog,
  assertValidProfileChanges,
  assertValidWeek,
  assertValidWorkoutPlace,
  type ProgressStore,
  type StoreFailure,
} from '../../lambda/store/progress-store';
import { isUserKey } from '../../lambda/store/user-key';

/** Every profile field; a Record so that a field added to Profile and not here does not compile. */
const PROFILE_FIELDS = Object.keys({
  level: true,
  restDay: true,
  noticeHeard: true,
  createdAt: true,
  knownExercises: true,
  levelSince: true,
  remindersOffered: true,
  lookedBack: true,
  stepUpOffered: true,
  effort: true,
  effortWeek: true,
} satisfies Record<keyof Profile, true>) as (keyof Profile)[];

interface WeekItem {
  sessions: Record<Activity, number>;
  days: Record<Weekday, number>;
  byDay: Record<Weekday, Record<Activity, number>>;
  /** Set by the first log, as the DynamoDB store's day attributes appear with it (a week holding only a workout place has none). */
  byDayKept: boolean;
  minutes: number;
  extraSteps: number;
  requestIds: Set<string>;
  workout?: WorkoutPlace;
}

interface UserItems {
  profile?: Partial<Record<keyof Profile, unknown>>;
  weeks: Map<string, WeekItem>;
}

export interface MemoryProgressStore extends ProgressStore {
  /**
   * The next `calls` store calls (all of them until `recover()`, by default) reject with StoreUnavailableError(reason)
   * and change nothing, as when DynamoDB cannot be reached. Input checks still come first, as they do there.
   */
  failWith(reason: StoreFailure, calls?: number): void;
  recover(): void;
}

const zeroes = <K extends string | number>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyWeek(): WeekItem {
  const byDay = Object.fromEntries(WEEKDAYS.map((day) => [day, zeroes(ACTIVITIES)])) as Record<Weekday, Record<Activity, number>>;
  return { sessions: zeroes(ACTIVITIES), days: zeroes(WEEKDAYS), byDay, byDayKept: false, minutes: 0, extraSteps: 0, requestIds: new Set() };
}

/** A copy, so no caller can change what is stored through what it was given. */
function snapshot(week: string, item: WeekItem): WeekProgress {
  return {
    week,
    sessions: { ...item.sessions },
    minutes: item.minutes,
    extraSteps: item.extraSteps,
    activeDays: WEEKDAYS.filter((day) => item.days[day] > 0).length,
    days: { ...item.days },
    ...(item.workout && { workout: { ...item.workout } }),
    ...(item.byDayKept && { activitiesByDay: structuredClone(item.byDay) }),
  };
}

function assertUserKey(key: string): void {
  if (!isUserKey(key)) throw new TypeError('userKey must come from userKey()');
}

/** A log can be taken back only as it was counted, and no count may go below zero (the DynamoDB store's condition). */
function canUndo(item: WeekItem | undefined, log: ActivityLog): item is WeekItem {
  return (
    item !== undefined &&
    item.requestIds.has(log.requestId) &&
    item.sessions[log.activity] >= 1 &&
    item.days[log.weekday] >= 1 &&
    item.minutes >= (log.minutes ?? 0) &&
    item.extraSteps >= (log.extraSteps ?? 0)
  );
}

/**
 * The ProgressStore in this process's memory, with the DynamoDB store's contract (tests/support/progress-store-contract.ts
 * holds both to it): the same input checks before anything changes, a retried request counted once, exact undo,
 * write-once createdAt. Every call changes its data in one synchronous step, so concurrent calls never interleave.
 * For the skill tests and the bench; nothing survives the process.
 */
export function memoryProgressStore(): MemoryProgressStore {
  const users = new Map<string, UserItems>();
  let failure: { reason: StoreFailure; calls: number } | undefined;

  /** Called after the input checks, before any change: a failing store rejects there. */
  const reach = () => {
    if (!failure) return;
    const { reason } = failure;
    if (--failure.calls <= 0) failure = undefined;
    throw new StoreUnavailableError(reason);
  };
  const itemsOf = (key: string): UserItems => {
    let items = users.get(key);
    if (!items) users.set(key, (items = { weeks: new Map() }));
    return items;
  };
  const weekItem = (key: string, week: string): WeekItem => {
    const { weeks } = itemsOf(key);
    let item = weeks.get(week);
    if (!item) weeks.set(week, (item = emptyWeek()));
    return item;
  };

  return {
    warm() {},

    async history(key) {
      assertUserKey(key);
      reach();
      const items = users.get(key);
      if (!items) return { weeks: [] };
      // Newest first, as the sort key orders them.
      const weeks = [...items.weeks].sort(([a], [b]) => (a < b ? 1 : -1)).slice(0, HISTORY_WEEKS);
      return {
        ...(items.profile && { profile: structuredClone(items.profile) as Profile }),
        weeks: weeks.map(([week, item]) => snapshot(week, item)),
      };
    },

    async recordActivity(key, log) {
      assertUserKey(key);
      assertValidLog(log);
      reach();
      const item = weekItem(key, log.week);
      if (item.requestIds.has(log.requestId)) return { outcome: 'duplicate' };
      item.requestIds.add(log.requestId);
      item.sessions[log.activity] += 1;
      item.days[log.weekday] += 1;
      item.byDay[log.weekday][log.activity] += 1;
      item.byDayKept = true;
      item.minutes += log.minutes ?? 0;
      item.extraSteps += log.extraSteps ?? 0;
      if (log.endsWorkout) delete item.workout;
      return { outcome: 'recorded', week: snapshot(log.week, item) };
    },

    async undoActivity(key, log) {
      assertUserKey(key);
      assertValidLog(log);
      reach();
      const item = users.get(key)?.weeks.get(log.week);
      if (!canUndo(item, log)) return 'not-found';
      item.requestIds.delete(log.requestId);
      item.sessions[log.activity] -= 1;
      item.days[log.weekday] -= 1;
      item.byDay[log.weekday][log.activity] = Math.max(0, item.byDay[log.weekday][log.activity] - 1);
      item.minutes -= log.minutes ?? 0;
      item.extraSteps -= log.extraSteps ?? 0;
      return 'undone';
    },

    async saveWorkout(key, week, position) {
      assertUserKey(key);
      assertValidWeek(week);
      if (position !== null) assertValidWorkoutPlace(position);
      reach();
      if (position === null) {
        // Forgetting never creates a week.
        delete users.get(key)?.weeks.get(week)?.workout;
        return;
      }
      // Its own fields only, as the DynamoDB store writes them.
      weekItem(key, week).workout = readWorkoutPlace(position);
    },

    async updateProfile(key, changes) {
      assertUserKey(key);
      assertValidProfileChanges(changes);
      const given = PROFILE_FIELDS.filter((field) => changes[field] !== undefined);
      if (given.length === 0) return;
      reach();
      const items = itemsOf(key);
      const profile = (items.profile ??= {});
      for (const field of given) {
        const value = changes[field];
        if (value === null) delete profile[field];
        // A set, as DynamoDB's ADD keeps it: the ids given join those there.
        else if (field === 'knownExercises') profile[field] = [...new Set([...((profile[field] as string[] | undefined) ?? []), ...(value as readonly string[])])];
        else if (field !== 'createdAt' || profile.createdAt === undefined) profile[field] = value;
      }
    },

    async resetWeek(key, week) {
      assertUserKey(key);
      assertValidWeek(week);
      reach();
      users.get(key)?.weeks.delete(week);
    },

    async deleteUser(key) {
      assertUserKey(key);
      reach();
      const items = users.get(key);
      users.delete(key);
      return items ? items.weeks.size + (items.profile ? 1 : 0) : 0;
    },

    failWith(reason, calls = Number.POSITIVE_INFINITY) {
      failure = { reason, calls };
    },

    recover() {
      failure = undefined;
    },
  };
}
