import { LEVELS, type Level } from '../content/types';
import { addDays, mondayOf, parseIsoDate, parseIsoWeek, type Weekday } from '../domain/calendar';
import { ACTIVITIES, type ActivityLog, CARDIO_KINDS, EFFORTS, LIMITS, type LogEntry, type Profile, type WeekProgress } from '../domain/progress';
import { type WorkoutPlace, readWorkoutPlace } from '../domain/workout-place';
import { readWeekPlan } from '../domain/weekly-plan';
import { shortKey } from './user-key';

/** A field left out stays as it is; `null` removes it. `knownExercises` is a set: the ids given are added to it. */
export type ProfileChanges = { readonly [K in keyof Profile]?: Profile[K] | null };

/** What a log did to its week; `week` is the week after it (from the same write), when the store can tell. */
export type RecordOutcome =
  | { readonly outcome: 'recorded'; readonly week?: WeekProgress }
  /** The request was counted before (a retry): `entry` is the log as it was stored, unless it was undone since. */
  | { readonly outcome: 'duplicate'; readonly week?: WeekProgress; readonly entry?: LogEntry }
  /** The week already took LIMITS.maxLogsPerWeek requests; nothing was written. */
  | { readonly outcome: 'full'; readonly week?: WeekProgress }
  /** A `firstOfDay` log found a session of its kind counted that day already; nothing was written, the request is free. */
  | { readonly outcome: 'same-day'; readonly week?: WeekProgress };

/** What removing an entry did: 'not-found' when the week no longer holds it (removed already, undone, or reset). */
export type RemoveOutcome = { readonly outcome: 'removed'; readonly week?: WeekProgress } | { readonly outcome: 'not-found' };

export interface UserHistory {
  readonly profile?: Profile;
  /** Newest first. */
  readonly weeks: readonly WeekProgress[];
  /** When the profile expires (epoch seconds), where the store keeps that: a profile in use is renewed before. */
  readonly profileExpiresAt?: number;
  /** The zone last remembered for the device asked about, if any write remembered one. */
  readonly deviceZone?: string;
  /** The user's data was deleted at `at` (epoch ms); `pending` while some of it may still be there. */
  readonly deletion?: { readonly at: number; readonly pending: boolean };
}

/** What a write knows about the request that makes it. */
export interface WriteContext {
  /** Now, in epoch ms: a profile's expiry and a deletion's tombstone count from it. @default the store's clock */
  readonly at?: number;
  /**
   * When the session making the write began, in epoch ms: a session that began before the user's data was deleted
   * (another device, a late session end) writes nothing. Writes outside any session leave it out.
   */
  readonly since?: number;
  /** The device's time zone as the Settings API gave it this request: remembered on the item the write touches. */
  readonly zone?: { readonly device: string; readonly zone: string };
}

export interface ProgressStore {
  /** Starts getting ready for a first call (loading a client), so that work overlaps the caller's own; never fails. */
  warm(): void;
  /** One read: profile plus the most recent weeks (up to HISTORY_WEEKS), newest first, and the zone kept for `device`. */
  history(userKey: string, options?: { readonly device?: string }): Promise<UserHistory>;
  /**
   * One atomic write: the counts and the log's entry, keyed by its request. A request already counted gives
   * 'duplicate' with what was stored, a week that took LIMITS.maxLogsPerWeek requests gives 'full'.
   */
  recordActivity(userKey: string, log: ActivityLog, context?: WriteContext): Promise<RecordOutcome>;
  /**
   * Takes off the log that request made, atomically, only if the week's entry for it is exactly `log`: the counts that
   * move are the stored ones. 'not-found' when there is no such entry (never counted, undone, or described otherwise).
   * The request stays taken, so it is never counted again.
   */
  undoActivity(userKey: string, log: ActivityLog): Promise<'undone' | 'not-found'>;
  /**
   * Takes off one entry of `week` as history gave it ("delete the walk on Monday"), atomically and only while the week
   * holds exactly that entry, so two removals of it (two devices, a retried request) take off one log, never two. The
   * counts that move are the entry's own; its request stays taken. `week` is the week after it, from the same write,
   * when the store can tell.
   */
  removeEntry(userKey: string, week: string, entry: LogEntry): Promise<RemoveOutcome>;
  /** Saves where the guided workout stands on that week's item (one write); `null` forgets it. */
  saveWorkout(userKey: string, week: string, position: WorkoutPlace | null, context?: WriteContext): Promise<void>;
  /**
   * Sets only the given fields (removes those given as null), never touching the rest; creates the profile if missing.
   * `createdAt` is write-once; `knownExercises` grows: the ids given join those already there, in the same write.
   * Every write pushes the profile's expiry to PROFILE_RETENTION_DAYS from `context.at`.
   */
  updateProfile(userKey: string, changes: ProfileChanges, context?: WriteContext): Promise<void>;
  /** Pushes an existing profile's expiry to PROFILE_RETENTION_DAYS from now; writes nothing when there is none. */
  renewProfile(userKey: string, context?: WriteContext): Promise<void>;
  /** Clears the week's counts, entries and workout place; the requests it took stay taken. */
  resetWeek(userKey: string, week: string): Promise<void>;
  /**
   * Deletes every item of the user. A tombstone goes down first and stays for TOMBSTONE_SECONDS: while the deletion
   * is under way it marks it pending (history tells, and deleting again finishes it); after, it keeps a session
   * begun before the deletion from writing anything back, on the profile and on `guardWeeks` (the weeks such a late
   * write could reach). Resolves to how many items held data.
   */
  deleteUser(userKey: string, context?: WriteContext & { readonly guardWeeks?: readonly string[] }): Promise<number>;
}

export type StoreFailure = 'throttled' | 'timeout' | 'network' | 'service' | 'rejected';

/**
 * The store could not answer in time (or at all): handlers say so and carry on. The message never names the user.
 * `mayHaveLanded` is true when a write may have been applied all the same (an answer that never came, a connection
 * cut mid-call, a server error); false only when it certainly was not (throttled, refused, never sent).
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly mayHaveLanded: boolean;
  constructor(
    readonly reason: StoreFailure,
    options?: { cause?: unknown; mayHaveLanded?: boolean },
  ) {
    super(`progress store unavailable: ${reason}`, options);
    this.mayHaveLanded = options?.mayHaveLanded ?? (reason === 'timeout' || reason === 'service');
  }
}

/** A log, week or workout position the store refuses to write; thrown before any call, so nothing corrupt is ever stored. */
export class InvalidLogError extends Error {
  override readonly name = 'InvalidLogError';
}

export class InvalidProfileError extends Error {
  override readonly name = 'InvalidProfileError';
}

export const HISTORY_WEEKS = 60;
/** Week items live about a year past their week: long enough for "this time last year", short enough to forget. */
export const RETENTION_DAYS = 400;
/** A profile lives this long after it was last written or renewed: a user gone for over a year is forgotten. */
export const PROFILE_RETENTION_DAYS = 400;
/** How long a deletion's tombstone stops late writes: far longer than any session lasts. */
export const TOMBSTONE_SECONDS = 86_400;

function isWeekday(value: unknown): value is Weekday {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;
}

function isWholeNumberUpTo(value: unknown, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
}

function isShortText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function isIsoWeek(value: unknown): value is string {
  return typeof value === 'string' && parseIsoWeek(value) !== undefined;
}

export function assertValidWeek(week: string): void {
  if (typeof week !== 'string' || !parseIsoWeek(week)) throw new InvalidLogError('week must be an ISO week like 2026-W48');
}

export function assertValidLog(log: ActivityLog): void {
  assertValidWeek(log.week);
  if (!isWeekday(log.weekday)) throw new InvalidLogError('weekday must be 1 (Monday) to 7');
  if (!ACTIVITIES.includes(log.activity)) throw new InvalidLogError('unknown activity');
  if (log.minutes !== undefined && !isWholeNumberUpTo(log.minutes, LIMITS.maxMinutes)) {
    throw new InvalidLogError(`minutes must be a whole number from 0 to ${LIMITS.maxMinutes}`);
  }
  if (log.extraSteps !== undefined && !isWholeNumberUpTo(log.extraSteps, LIMITS.maxExtraSteps)) {
    throw new InvalidLogError(`extraSteps must be a whole number from 0 to ${LIMITS.maxExtraSteps}`);
  }
  if (!isShortText(log.requestId, LIMITS.maxRequestIdLength)) {
    throw new InvalidLogError(`requestId must be 1 to ${LIMITS.maxRequestIdLength} characters`);
  }
  if (log.endsWorkout !== undefined && typeof log.endsWorkout !== 'boolean') throw new InvalidLogError('endsWorkout must be a boolean');
  if (log.exercise !== undefined && !isExerciseId(log.exercise)) throw new InvalidLogError('exercise must be a catalogue id');
  if (log.sets !== undefined && !(isWholeNumberUpTo(log.sets, LIMITS.maxSets) && log.sets > 0)) throw new InvalidLogError(`sets must be 1 to ${LIMITS.maxSets}`);
  if (log.counts !== undefined && typeof log.counts !== 'boolean') throw new InvalidLogError('counts must be a boolean');
  if (log.firstOfDay !== undefined && typeof log.firstOfDay !== 'boolean') throw new InvalidLogError('firstOfDay must be a boolean');
  if (log.kind !== undefined && !(log.activity === 'cardio' && CARDIO_KINDS.includes(log.kind))) throw new InvalidLogError('kind must be a kind of cardio, on a cardio log');
}

function isExerciseId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9-]{1,60}$/.test(value);
}

/**
 * A log's entry as the week keeps it, one short string ("k3J9… strength 2 20 0 1 deadlift 3"): kept in a string set,
 * added and taken off whole, so undo matches it exactly or not at all. A cardio log's kind, when one was said, comes
 * last ("k3J9… cardio 2 25 0 1 - 0 swim"); entries written before kinds were kept end without one, and read as before.
 */
export function encodeEntry(entry: LogEntry): string {
  const { key, activity, weekday, minutes, extraSteps, counts, exercise, sets, kind } = entry;
  return [key, activity, weekday, minutes, extraSteps, counts ? 1 : 0, exercise ?? '-', sets ?? 0, ...(kind === undefined ? [] : [kind])].join(' ');
}

/** An entry as this skill writes it, or InvalidLogError: what its string would say back is exactly what it says. */
export function assertValidEntry(entry: LogEntry): void {
  const decoded = decodeEntry(encodeEntry(entry));
  if (!decoded || encodeEntry(decoded) !== encodeEntry(entry)) throw new InvalidLogError('an entry must be one this skill could have written');
}

/** The entry back from its string; anything this skill could not have written is none. */
export function decodeEntry(text: string): LogEntry | undefined {
  const [key, activity, weekday, minutes, extraSteps, counts, exercise, sets, kindSaid, ...rest] = text.split(' ');
  const whole = (value: string | undefined, max: number) => (value !== undefined && /^\d{1,6}$/.test(value) && Number(value) <= max ? Number(value) : undefined);
  const day = whole(weekday, 7);
  const m = whole(minutes, LIMITS.maxMinutes);
  const steps = whole(extraSteps, LIMITS.maxExtraSteps);
  const setCount = whole(sets, LIMITS.maxSets);
  const found = ACTIVITIES.find((known) => known === activity);
  if (rest.length > 0 || !key || !/^[A-Za-z0-9_-]{16}$/.test(key) || !found || !isWeekday(day) || m === undefined || steps === undefined) return undefined;
  if ((counts !== '0' && counts !== '1') || exercise === undefined || (exercise !== '-' && !isExerciseId(exercise)) || setCount === undefined) return undefined;
  const kind = CARDIO_KINDS.find((known) => known === kindSaid);
  if (kindSaid !== undefined && (kind === undefined || found !== 'cardio')) return undefined;
  return {
    key,
    activity: found,
    weekday: day,
    minutes: m,
    extraSteps: steps,
    counts: counts === '1',
    ...(exercise !== '-' && { exercise }),
    ...(setCount > 0 && { sets: setCount }),
    ...(kind !== undefined && { kind }),
  };
}

/** The entry a log makes, keyed by its request. */
export function entryOf(log: ActivityLog): LogEntry {
  return {
    key: shortKey(log.requestId),
    activity: log.activity,
    weekday: log.weekday,
    minutes: log.minutes ?? 0,
    extraSteps: log.extraSteps ?? 0,
    counts: log.counts !== false,
    ...(log.exercise !== undefined && { exercise: log.exercise }),
    ...(log.sets !== undefined && { sets: log.sets }),
    ...(log.kind !== undefined && { kind: log.kind }),
  };
}

/** Epoch seconds a profile written at `at` (epoch ms) expires. */
export function profileExpiresAt(at: number): number {
  return Math.floor(at / 1000) + PROFILE_RETENTION_DAYS * 86_400;
}

export function assertValidWorkoutPlace(place: WorkoutPlace): void {
  if (!readWorkoutPlace(place)) throw new InvalidLogError('a workout place needs an ISO date, a known session and a step index');
}

/** More exercise ids than any catalogue has; a set this size is not one this skill wrote. */
export const MAX_KNOWN_EXERCISES = 100;

const profileFieldChecks: { readonly [K in keyof Profile]-?: (value: unknown) => boolean } = {
  level: (value) => LEVELS.includes(value as Level),
  restDay: isWeekday,
  weekPlan: (value) => readWeekPlan(value) !== undefined,
  noticeHeard: (value) => typeof value === 'boolean',
  createdAt: (value) => isShortText(value, 40) && !Number.isNaN(Date.parse(value)),
  knownExercises: (value) =>
    Array.isArray(value) && value.length > 0 && value.length <= MAX_KNOWN_EXERCISES && value.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id)),
  levelSince: isIsoWeek,
  remindersOffered: (value) => typeof value === 'boolean',
  lookedBack: isIsoWeek,
  stepUpOffered: (value) => LEVELS.includes(value as Level),
  effort: (value) => EFFORTS.includes(value as (typeof EFFORTS)[number]),
  effortWeek: isIsoWeek,
  warningOn: (value) => typeof value === 'string' && parseIsoDate(value) !== undefined,
  feltOn: (value) => typeof value === 'string' && parseIsoDate(value) !== undefined,
  checkFirst: (value) => typeof value === 'boolean',
  hiitCheckFirst: (value) => typeof value === 'boolean',
  young: (value) => typeof value === 'boolean',
};

/** True when `value` is a well-formed value of that profile field; also used to read items leniently. */
export function isValidProfileField<K extends keyof Profile>(field: K, value: unknown): value is NonNullable<Profile[K]> {
  return profileFieldChecks[field](value);
}

export function assertValidProfileChanges(changes: ProfileChanges): void {
  for (const field of Object.keys(profileFieldChecks) as (keyof Profile)[]) {
    const value = changes[field];
    if (value !== undefined && value !== null && !isValidProfileField(field, value)) {
      throw new InvalidProfileError(`invalid profile field: ${field}`);
    }
  }
}

/** Epoch seconds RETENTION_DAYS after the end of the week (the following Monday, 00:00 UTC). */
export function weekExpiresAt(week: string): number {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new InvalidLogError('week must be an ISO week like 2026-W48');
  const { year, month, day } = addDays(mondayOf(parsed), 7 + RETENTION_DAYS);
  return Date.UTC(year, month - 1, day) / 1000;
}
