import { LEVELS, type Level } from '../content/types';
import { addDays, mondayOf, parseIsoWeek, type Weekday } from '../domain/calendar';
import { ACTIVITIES, type ActivityLog, EFFORTS, LIMITS, type Profile, type WeekProgress } from '../domain/progress';
import { type WorkoutPlace, readWorkoutPlace } from '../domain/workout-place';

/** A field left out stays as it is; `null` removes it. `knownExercises` is a set: the ids given are added to it. */
export type ProfileChanges = { readonly [K in keyof Profile]?: Profile[K] | null };

export interface RecordOutcome {
  readonly outcome: 'recorded' | 'duplicate';
  /** The week's totals including this log (from the same write, so no read is needed). */
  readonly week?: WeekProgress;
}

export interface UserHistory {
  readonly profile?: Profile;
  /** Newest first. */
  readonly weeks: readonly WeekProgress[];
}

export interface ProgressStore {
  /** Starts getting ready for a first call (loading a client), so that work overlaps the caller's own; never fails. */
  warm(): void;
  /** One read: profile plus the most recent weeks (up to HISTORY_WEEKS), newest first. */
  history(userKey: string): Promise<UserHistory>;
  /** One atomic write; a requestId already counted gives 'duplicate'. Comes back with the week's totals after it when the store can tell. */
  recordActivity(userKey: string, log: ActivityLog): Promise<RecordOutcome>;
  /** Reverses exactly that log (same requestId and values), atomically; 'not-found' when it was never counted or already undone. */
  undoActivity(userKey: string, log: ActivityLog): Promise<'undone' | 'not-found'>;
  /** Saves where the guided workout stands on that week's item (one write); `null` forgets it. */
  saveWorkout(userKey: string, week: string, position: WorkoutPlace | null): Promise<void>;
  /**
   * Sets only the given fields (removes those given as null), never touching the rest; creates the profile if missing.
   * `createdAt` is write-once; `knownExercises` grows: the ids given join those already there, in the same write.
   */
  updateProfile(userKey: string, changes: ProfileChanges): Promise<void>;
  /** Forgets the week entirely. */
  resetWeek(userKey: string, week: string): Promise<void>;
  /** Deletes every item of the user; resolves to how many there were. */
  deleteUser(userKey: string): Promise<number>;
}

export type StoreFailure = 'throttled' | 'timeout' | 'network' | 'service' | 'rejected';

/** The store could not answer in time (or at all): handlers say so and carry on. The message never names the user. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    readonly reason: StoreFailure,
    options?: { cause?: unknown },
  ) {
    super(`progress store unavailable: ${reason}`, options);
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
}

export function assertValidWorkoutPlace(place: WorkoutPlace): void {
  if (!readWorkoutPlace(place)) throw new InvalidLogError('a workout place needs an ISO date, a known session and a step index');
}

/** More exercise ids than any catalogue has; a set this size is not one this skill wrote. */
export const MAX_KNOWN_EXERCISES = 100;

const profileFieldChecks: { readonly [K in keyof Profile]-?: (value: unknown) => boolean } = {
  level: (value) => LEVELS.includes(value as Level),
  restDay: isWeekday,
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
