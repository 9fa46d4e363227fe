import { WEEKDAYS, type Weekday } from '../../lambda/domain/calendar';
import { ACTIVITIES, type Activity, type ActivityLog, LIMITS, type LogEntry, type Profile, type WeekProgress, activeDaysOf } from '../../lambda/domain/progress';
import { type WorkoutPlace, readWorkoutPlace } from '../../lambda/domain/workout-place';
import {
  HISTORY_WEEKS,
  StoreUnavailableError,
  assertValidEntry,
  assertValidLog,
  assertValidProfileChanges,
  assertValidWeek,
  assertValidWorkoutPlace,
  decodeEntry,
  encodeEntry,
  entryOf,
  profileExpiresAt,
  type ProgressStore,
  type RecordOutcome,
  type RemoveOutcome,
  type StoreFailure,
  type WriteContext,
} from '../../lambda/store/progress-store';
import { isUserKey } from '../../lambda/store/user-key';

/** Every profile field; a Record so that a field added to Profile and not here does not compile. */
const PROFILE_FIELDS = Object.keys({
  level: true,
  restDay: true,
  weekPlan: true,
  noticeHeard: true,
  createdAt: true,
  knownExercises: true,
  levelSince: true,
  remindersOffered: true,
  lookedBack: true,
  stepUpOffered: true,
  effort: true,
  effortWeek: true,
  warningOn: true,
  feltOn: true,
  checkFirst: true,
  hiitCheckFirst: true,
  young: true,
} satisfies Record<keyof Profile, true>) as (keyof Profile)[];

interface WeekItem {
  sessions: Record<Activity, number>;
  days: Record<Weekday, number>;
  byDay: Record<Weekday, Record<Activity, number>>;
  /** Set by the first log, as the DynamoDB store's day attributes appear with it (a week holding only a workout place has none). */
  byDayKept: boolean;
  minutes: number;
  extraSteps: number;
  /** The short keys of the requests the week took, how many, and the entries of the logs it counts (encoded, as stored). */
  requestKeys: Set<string>;
  requests: number;
  entries: Set<string>;
  workout?: WorkoutPlace;
  /** A deletion's tombstone: the week holds nothing, and a session begun before `deletedAt` cannot write to it. */
  deletedAt?: number;
  zones: Map<string, string>;
}

interface UserItems {
  profile?: Partial<Record<keyof Profile, unknown>>;
  /** Epoch seconds, as the DynamoDB store's TTL attribute; nothing here ever expires. */
  profileExpiresAt?: number;
  profileZones: Map<string, string>;
  deletion?: { at: number; pending: boolean };
  weeks: Map<string, WeekItem>;
}

export interface MemoryProgressStore extends ProgressStore {
  /**
   * The next `calls` store calls (all of them until `recover()`, by default) reject with StoreUnavailableError(reason)
   * and change nothing, as when DynamoDB cannot be reached; with `landed`, a write is applied all the same, as when
   * its answer is lost on the way back. Input checks still come first, as they do there.
   */
  failWith(reason: StoreFailure, calls?: number, options?: { landed?: boolean }): void;
  recover(): void;
}

const zeroes = <K extends string | number>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyWeek(): WeekItem {
  const byDay = Object.fromEntries(WEEKDAYS.map((day) => [day, zeroes(ACTIVITIES)])) as Record<Weekday, Record<Activity, number>>;
  return {
    sessions: zeroes(ACTIVITIES),
    days: zeroes(WEEKDAYS),
    byDay,
    byDayKept: false,
    minutes: 0,
    extraSteps: 0,
    requestKeys: new Set(),
    requests: 0,
    entries: new Set(),
    zones: new Map(),
  };
}

function entriesOf(item: WeekItem): LogEntry[] {
  return [...item.entries]
    .map(decodeEntry)
    .filter((entry): entry is LogEntry => entry !== undefined)
    .sort((a, b) => a.weekday - b.weekday || (a.key < b.key ? -1 : 1));
}

/** A copy, so no caller can change what is stored through what it was given. */
function snapshot(week: string, item: WeekItem): WeekProgress {
  return {
    week,
    sessions: { ...item.sessions },
    minutes: item.minutes,
    extraSteps: item.extraSteps,
    activeDays: activeDaysOf(item.days, entriesOf(item)),
    days: { ...item.days },
    ...(item.workout && { workout: { ...item.workout } }),
    ...(item.byDayKept && { activitiesByDay: structuredClone(item.byDay) }),
    entries: entriesOf(item),
    requests: item.requests,
  };
}

/** Nothing to tell: every log undone, or the week reset (the DynamoDB store's history leaves such weeks out). */
function isEmpty(item: WeekItem): boolean {
  return item.workout === undefined && item.entries.size === 0 && item.minutes === 0 && item.extraSteps === 0 && ACTIVITIES.every((activity) => item.sessions[activity] === 0);
}

function assertUserKey(key: string): void {
  if (!isUserKey(key)) throw new TypeError('userKey must come from userKey()');
}

/** Whether a write from a session begun at `since` is refused by a deletion made at `deletedAt`. */
function refusedBy(deletedAt: number | undefined, context: WriteContext): boolean {
  return deletedAt !== undefined && context.since !== undefined && deletedAt >= context.since;
}

/**
 * The ProgressStore in this process's memory, with the DynamoDB store's contract (tests/support/progress-store-contract.ts
 * holds both to it): the same input checks before anything changes, a retried request counted once, exact undo,
 * write-once createdAt, a bounded week, tombstones. Every call changes its data in one synchronous step, so concurrent
 * calls never interleave. For the skill tests and the bench; nothing survives the process.
 */
export function memoryProgressStore(): MemoryProgressStore {
  const users = new Map<string, UserItems>();
  let failure: { reason: StoreFailure; calls: number; landed: boolean } | undefined;

  /**
   * Called after the input checks: a failing store rejects there, before any change, or, for a failure that "landed",
   * after `change` was made.
   */
  const reach = (change?: () => unknown) => {
    if (!failure) return;
    const { reason, landed } = failure;
    if (--failure.calls <= 0) failure = undefined;
    if (landed) change?.();
    throw new StoreUnavailableError(reason, { mayHaveLanded: landed });
  };
  const itemsOf = (key: string): UserItems => {
    let items = users.get(key);
    if (!items) users.set(key, (items = { weeks: new Map(), profileZones: new Map() }));
    return items;
  };
  const weekItem = (key: string, week: string): WeekItem => {
    const { weeks } = itemsOf(key);
    let item = weeks.get(week);
    if (!item) weeks.set(week, (item = emptyWeek()));
    return item;
  };
  /** A write that passes the tombstone's check makes the week live again, as the DynamoDB store's REMOVE does. */
  const revive = (item: WeekItem, context: WriteContext) => {
    delete item.deletedAt;
    if (context.zone) item.zones.set(context.zone.device, context.zone.zone);
  };

  const record = (key: string, log: ActivityLog, context: WriteContext): RecordOutcome => {
    const entry = entryOf(log);
    const existing = users.get(key)?.weeks.get(log.week);
    if (existing && refusedBy(existing.deletedAt, context)) throw new StoreUnavailableError('rejected', { mayHaveLanded: false });
    if (existing?.requestKeys.has(entry.key)) {
      const week = snapshot(log.week, existing);
      const stored = week.entries.find((candidate) => candidate.key === entry.key);
      return { outcome: 'duplicate', week, ...(stored && { entry: stored }) };
    }
    if (existing && existing.requests >= LIMITS.maxLogsPerWeek) return { outcome: 'full', week: snapshot(log.week, existing) };
    if (existing && log.firstOfDay && entry.counts && existing.byDay[log.weekday][log.activity] >= 1) return { outcome: 'same-day', week: snapshot(log.week, existing) };
    const item = weekItem(key, log.week);
    revive(item, context);
    item.requestKeys.add(entry.key);
    item.requests += 1;
    item.entries.add(encodeEntry(entry));
    if (entry.counts) {
      item.sessions[log.activity] += 1;
      item.days[log.weekday] += 1;
      item.byDay[log.weekday][log.activity] += 1;
      item.byDayKept = true;
    }
    item.minutes += entry.minutes;
    item.extraSteps += entry.extraSteps;
    if (log.endsWorkout) delete item.workout;
    return { outcome: 'recorded', week: snapshot(log.week, item) };
  };

  /** One entry off its week with the counts it moved, only while the week holds exactly it (the DynamoDB store's condition). */
  const takeOff = (key: string, week: string, entry: LogEntry): RemoveOutcome => {
    const item = users.get(key)?.weeks.get(week);
    const removable =
      item !== undefined &&
      item.entries.has(encodeEntry(entry)) &&
      item.minutes >= entry.minutes &&
      item.extraSteps >= entry.extraSteps &&
      (!entry.counts || (item.sessions[entry.activity] >= 1 && item.days[entry.weekday] >= 1));
    if (!removable) return { outcome: 'not-found' };
    item.entries.delete(encodeEntry(entry));
    if (entry.counts) {
      item.sessions[entry.activity] -= 1;
      item.days[entry.weekday] -= 1;
      item.byDay[entry.weekday][entry.activity] = Math.max(0, item.byDay[entry.weekday][entry.activity] - 1);
    }
    item.minutes -= entry.minutes;
    item.extraSteps -= entry.extraSteps;
    return { outcome: 'removed', week: snapshot(week, item) };
  };

  return {
    warm() {},

    async history(key, { device } = {}) {
      assertUserKey(key);
      reach();
      const items = users.get(key);
      if (!items) return { weeks: [] };
      // Newest first, as the sort key orders them.
      const live = [...items.weeks].filter(([, item]) => item.deletedAt === undefined).sort(([a], [b]) => (a < b ? 1 : -1));
      const weeks = live.filter(([, item]) => !isEmpty(item)).slice(0, HISTORY_WEEKS);
      const zone = device === undefined ? undefined : (live.find(([, item]) => item.zones.has(device))?.[1].zones.get(device) ?? items.profileZones.get(device));
      return {
        ...(items.profile && { profile: structuredClone(items.profile) as Profile }),
        ...(items.profile && items.profileExpiresAt !== undefined && { profileExpiresAt: items.profileExpiresAt }),
        weeks: weeks.map(([week, item]) => snapshot(week, item)),
        ...(zone && { deviceZone: zone }),
        ...(items.deletion && { deletion: { ...items.deletion } }),
      };
    },

    async recordActivity(key, log, context = {}) {
      assertUserKey(key);
      assertValidLog(log);
      reach(() => record(key, log, context));
      return record(key, log, context);
    },

    async undoActivity(key, log) {
      assertUserKey(key);
      assertValidLog(log);
      reach();
      return takeOff(key, log.week, entryOf(log)).outcome === 'removed' ? 'undone' : 'not-found';
    },

    async removeEntry(key, week, entry) {
      assertUserKey(key);
      assertValidWeek(week);
      assertValidEntry(entry);
      reach(() => takeOff(key, week, entry));
      return takeOff(key, week, entry);
    },

    async saveWorkout(key, week, position, context = {}) {
      assertUserKey(key);
      assertValidWeek(week);
      if (position !== null) assertValidWorkoutPlace(position);
      reach();
      if (position === null) {
        // Forgetting never creates a week.
        delete users.get(key)?.weeks.get(week)?.workout;
        return;
      }
      if (refusedBy(users.get(key)?.weeks.get(week)?.deletedAt, context)) throw new StoreUnavailableError('rejected', { mayHaveLanded: false });
      const item = weekItem(key, week);
      revive(item, context);
      // Its own fields only, as the DynamoDB store writes them.
      item.workout = readWorkoutPlace(position);
    },

    async updateProfile(key, changes, context = {}) {
      assertUserKey(key);
      assertValidProfileChanges(changes);
      const given = PROFILE_FIELDS.filter((field) => changes[field] !== undefined);
      if (given.length === 0) return;
      reach();
      const items = itemsOf(key);
      if (items.deletion?.pending || refusedBy(items.deletion?.at, context)) throw new StoreUnavailableError('rejected', { mayHaveLanded: false });
      delete items.deletion;
      if (context.zone) items.profileZones.set(context.zone.device, context.zone.zone);
      items.profileExpiresAt = profileExpiresAt(context.at ?? Date.now());
      const profile = (items.profile ??= {});
      for (const field of given) {
        const value = changes[field];
        if (value === null) delete profile[field];
        // A set, as DynamoDB's ADD keeps it: the ids given join those there.
        else if (field === 'knownExercises') profile[field] = [...new Set([...((profile[field] as string[] | undefined) ?? []), ...(value as readonly string[])])];
        else if (field !== 'createdAt' || profile.createdAt === undefined) profile[field] = value;
      }
    },

    async renewProfile(key, context = {}) {
      assertUserKey(key);
      reach();
      const items = users.get(key);
      if (items?.profile) items.profileExpiresAt = profileExpiresAt(context.at ?? Date.now());
    },

    async resetWeek(key, week) {
      assertUserKey(key);
      assertValidWeek(week);
      reach();
      const item = users.get(key)?.weeks.get(week);
      if (!item || item.deletedAt !== undefined) return;
      // The request keys stay, so a replay of a request from before the reset is not counted again.
      const { requestKeys, requests, zones } = item;
      users.get(key)?.weeks.set(week, { ...emptyWeek(), requestKeys, requests, zones });
    },

    async deleteUser(key, context = {}) {
      assertUserKey(key);
      for (const week of context.guardWeeks ?? []) assertValidWeek(week);
      reach();
      const items = users.get(key);
      const held = items ? [...items.weeks.values()].filter((item) => item.deletedAt === undefined).length + (items.profile ? 1 : 0) : 0;
      const at = context.at ?? Date.now();
      const weeks = new Map((context.guardWeeks ?? []).map((week) => [week, { ...emptyWeek(), deletedAt: at }]));
      users.set(key, { weeks, profileZones: new Map(), deletion: { at, pending: false } });
      return held;
    },

    failWith(reason, calls = Number.POSITIVE_INFINITY, { landed = false } = {}) {
      failure = { reason, calls, landed };
    },

    recover() {
      failure = undefined;
    },
  };
}
