import { type DayKind, LEVELS, type Level, type TipList } from '../content/types';
import { type Weekday, WEEKDAYS, isValidTimeZone, parseIsoDate, parseIsoWeek } from '../domain/calendar';
import { ACTIVITIES, type Activity, type ActivityLog, CARDIO_KINDS, type CardioKind, EFFORTS, type Effort, LIMITS } from '../domain/progress';
import { formatClockTime, isPartOfDay, isRepeat, parseClockTime, type PartOfDay, type Repeat } from '../domain/reminder-schedule';
import { DAY_KINDS, type WeekPlan, readWeekPlan } from '../domain/weekly-plan';
import { type Hurt, type WorkoutPlace, readWorkoutPlace } from '../domain/workout-place';
import { decodeEntry } from '../store/progress-store';
import { isShortKey } from '../store/user-key';


/** A repetition read back from the session, as a copy of its own: nothing else that came with it is carried on. */
const ownRepeat = (repeat: Repeat): Repeat => (typeof repeat === 'string' ? repeat : { days: [...repeat.days] });

const TIP_LISTS: readonly TipList[] = ['diet', 'lifestyle', 'avoid'];

/** A yes/no question the skill just asked, so "yes" knows what it agreed to. */
export type Offer =
  /** `ofPlan`: offered with a day's plan, where "start my workout" means the workout, not the lesson. */
  | { readonly kind: 'howTo'; readonly exerciseId: string; readonly ofPlan?: true }
  | { readonly kind: 'day'; readonly date: string }
  | { readonly kind: 'tips'; readonly list: TipList; readonly from?: number }
  | { readonly kind: 'burners' }
  /** All the steps, read in pages that fit a breath: the next page starts at `from`. */
  | { readonly kind: 'allSteps'; readonly exerciseId: string; readonly from: number }
  | { readonly kind: 'plan' }
  | { readonly kind: 'today' }
  | { readonly kind: 'pickExercise' }
  /** "Which day would you like to rest?": the answer can be a weekday alone ("Sunday", "make it Sunday"). */
  | { readonly kind: 'restDay' }
  | { readonly kind: 'confirmReset' }
  | { readonly kind: 'confirmDelete' }
  /**
   * "Remove the 30-minute walk you logged on Tuesday?": the entry as history gave it (its stored string) and its week.
   * A yes takes off exactly that entry, and only while the week still holds it.
   */
  | { readonly kind: 'removeLog'; readonly week: string; readonly entry: string }
  /** Pick up a workout under way; "no" starts a fresh one: of the kind asked for (`instead`), a weekday's, or today's. */
  | { readonly kind: 'resumeWorkout'; readonly instead?: DayKind; readonly insteadDay?: Weekday }
  /** "Want to pick up where you left off?" at the welcome: a no starts nothing. */
  | { readonly kind: 'pickUp' }
  /** "Start the whole workout again, from the warm-up?" asked mid-workout: yes starts over, no carries on. */
  | { readonly kind: 'restartWorkout' }
  /** Start a workout: today's, or the kind asked for in its place (`instead`). */
  | { readonly kind: 'startWorkout'; readonly instead?: DayKind; readonly again?: true }
  /** A log that waits for a yes: an amount more likely misheard than done, or a second session of its kind that day. */
  | { readonly kind: 'confirmLog'; readonly log: PendingLog }
  /**
   * "What did you do?", "What was first?": the answer can be just what it was ("a run", "the deadlifts"); `more` things
   * told at once are still to come after it; `date` (ISO), the day said with nothing done named ("I worked out on
   * Thursday"), which an answer with no day of its own is logged for; `sayDay`, the day may have been said where it
   * could not be heard (a health request's carrier), so the log says which day it went to.
   */
  /** `listing`: asked while going through things just named ("what was first?", "and what was next?"). */
  | { readonly kind: 'whatDone'; readonly more?: number; readonly date?: string; readonly sayDay?: true; readonly listing?: true }
  /** Log what a workout ended early, or mostly skipped, actually did. */
  /**
   * `partial`: less than the share of the session that counts it; logged, its minutes are not counted as a session.
   * `stale`: a workout left yesterday, or one gone through by skipping, its place kept only for this offer; a no
   * forgets its place.
   */
  | { readonly kind: 'logWorkout'; readonly activity: Activity; readonly minutes: number; readonly date: string; readonly partial?: true; readonly stale?: true; readonly kept?: true }
  /** The coach's one offer of workout reminders; "yes" asks for a time. */
  | { readonly kind: 'remindMe' }
  /**
   * "What time should I remind you?": not a yes/no, but the repetition the answer's time goes with, and the part of the
   * day it is read in. `moving`: asked to move the reminders there are, so the answer moves them; `declined`, the
   * reading of a move just turned down ("HH:MM"), whose other half, said again, is read as heard (and asked about).
   */
  | { readonly kind: 'reminderTime'; readonly repeat: Repeat; readonly part?: PartOfDay; readonly moving?: true; readonly declined?: string }
  /**
   * The time and repetition just said back: "yes" is consent to create them. `time` is "HH:MM" on the user's clock;
   * `guessed`, the half of the day was read for the user (in the part of the day asked about, or nearest the time it
   * corrected), not said, so "no" asks for the time again.
   */
  | { readonly kind: 'setReminder'; readonly time: string; readonly repeat: Repeat; readonly guessed?: true }
  /**
   * "Move it to 8" with reminders at 7 PM: the half of the day nearest them, read for the user ("8 PM"), asked about
   * before anything moves. "Yes" moves them to `time` ("HH:MM" on the user's clock); "no" asks for the time. `repeat`:
   * their days, as the question said them.
   */
  | { readonly kind: 'moveReminders'; readonly time: string; readonly repeat: Repeat }
  /** "Cancel my reminders", with the reminders there are said: they go only with a yes. */
  | { readonly kind: 'cancelReminders' }
  /** Moving to this level, suggested by the coach: the level changes only with a yes. */
  | { readonly kind: 'level'; readonly level: Level }
  /** Ways to make the workouts harder, for a user already at the top level. */
  | { readonly kind: 'harder' }
  /** "Does it still hurt?" before going on with a workout paused for pain; `back` when it was picked up in a new session. */
  | { readonly kind: 'stillHurts'; readonly back?: true }
  /** "Has your doctor said this kind of exercise is okay for you?": a yes starts the workout asked for. */
  | { readonly kind: 'cleared'; readonly instead?: DayKind; readonly insteadDay?: Weekday; readonly resume?: true }
  /**
   * Pain or feeling unwell told this session, then a workout asked for: "does it still hurt?" A no starts the workout
   * asked for (`resume`: goes on with the one saved today).
   */
  | { readonly kind: 'feltBefore'; readonly felt: Felt; readonly instead?: DayKind; readonly insteadDay?: Weekday; readonly resume?: true };

/**
 * A condition, a pregnancy or an injury told this session, or (`earlier`) one told in an earlier session that still
 * waits: a workout starts only once a doctor is said to have okayed it; `cleared` once they have. For the session; the
 * profile keeps only that workouts wait (`Profile.checkFirst`), never what was told.
 */
export type Caution = 'condition' | 'pregnancy' | 'injury' | 'advised' | 'earlier' | 'age' | 'cleared';
export const CAUTIONS: readonly Caution[] = ['condition', 'pregnancy', 'injury', 'advised', 'earlier', 'age', 'cleared'];

/**
 * Pain, or feeling unwell, told with no workout under way: `general` when told without naming which, or when both were
 * told; `earlier` when told in an earlier session today (the profile keeps only the day: `Profile.feltOn`).
 */
export type Felt = Hurt | 'general' | 'earlier' | 'yesterday';
/** What the session knows: something felt, or (`cleared`) that it was said to have passed. */
export type FeltNote = Felt | 'cleared';
const FELT_NOTES: readonly FeltNote[] = ['pain', 'unwell', 'general', 'earlier', 'yesterday', 'cleared'];
const isFeltNote = (value: unknown): value is FeltNote => FELT_NOTES.some((felt) => felt === value);
const isFelt = (value: unknown): value is Felt => isFeltNote(value) && value !== 'cleared';

/**
 * A caution no doctor's okay has answered yet, for a workout of this kind. An age told (`age`: found trying the console
 * as an older user, "I'm 67, can I do HIIT?" and then "start HIIT" began the rounds unasked) waits only for HIIT, the
 * vigorous one; strength and walking at one's own pace do not.
 */
export function pendingCaution(caution: Caution | undefined, kind?: DayKind): Exclude<Caution, 'cleared'> | undefined {
  if (caution === 'age') return kind === 'hiit' ? caution : undefined;
  return caution === 'cleared' ? undefined : caution;
}

/** What a log that waits for a yes will write, on which day (ISO date); a yes logs it with no more questions. */
export interface PendingLog {
  readonly activity: Activity;
  readonly date: string;
  readonly minutes?: number;
  readonly extraSteps?: number;
  readonly exercise?: string;
  readonly sets?: number;
  readonly counts?: false;
  /** The kind of cardio said ("I swam"). */
  readonly kind?: CardioKind;
  /** Steps said without "extra", asked about ("were those extra?"): a "no" says what to tell instead. */
  readonly stepsAsked?: true;
  /** The rest of a workout logged as stopped partway, asked about ("did you finish the rest?"): a "no" keeps the part. */
  readonly restAsked?: true;
  /**
   * The kind just logged, said again at once with another time: "change the one you just logged?" A yes changes that
   * log (the session's `lastLog`, kept for the answer); a no logs this one as another.
   */
  readonly changeAsked?: true;
  /**
   * The log just made, said to be another day's ("no, that was yesterday") where that kind is logged already: "was it
   * the same one?" A yes takes the log just made off; a no moves it there (`planned`: the day's plan, as it was logged).
   */
  readonly sameAsked?: true;
  readonly planned?: true;
  /** The log waits for its day ("which day was that?"): the day said next logs it; `date` is only today's, kept. */
  readonly dayAsked?: true;
  /** The week the log was said to be in ("I did cardio this week"): a weekday said next is that week's. */
  readonly week?: 'this' | 'last';
  /**
   * A move named to "what did you do?" in words that may ask how to do it ("how do I do a superman"): "did you do it?"
   * A yes logs it; a no teaches this exercise (its catalogue id).
   */
  readonly teach?: string;
}

/** Where the user is in a step-by-step how-to. */
export interface HowToPosition {
  readonly exerciseId: string;
  /** Zero-based index into the exercise's steps. */
  readonly step: number;
}

export interface SessionState {
  readonly noticeGiven: boolean;
  /** Set once the profile was read this session, so later turns need no read. */
  readonly profileLoaded?: boolean;
  readonly level?: Level;
  readonly restDay?: Weekday;
  /** The week a rest day changed in, as it keeps its plan (weekly-plan.ts). */
  readonly weekPlan?: WeekPlan;
  /** What is under way (see mode.ts): a guided workout, a how-to, or a how-to asked in the middle of a workout. */
  readonly workout?: WorkoutPlace;
  readonly howTo?: HowToPosition;
  /** The question just asked, for one turn. */
  readonly offer?: Offer;
  /** The log just made, so "undo that" can take exactly it back; for one turn. */
  readonly lastLog?: ActivityLog;
  /** The log a correction just replaced: "undo" puts it back (it took the log away altogether). */
  readonly corrected?: ActivityLog;
  /** `lastLog` is the day's plan, logged as "I did my workout" (see carry.ts). */
  readonly lastLogPlanned?: true;
  /** A setting just changed, as it was before, so "undo that" changes it back; for one turn. */
  readonly changedFrom?: SettingBefore;
  /**
   * The store's keys of the last few logs made this session (see carry.ts): a log said again the same, while its first
   * is still in the week, is asked about. Only ever a reason to ask: what a log was comes from the store.
   */
  readonly sessionLogs?: readonly string[];
  /** A condition, a pregnancy or an injury told this session, or that a doctor has okayed exercise (`cleared`). */
  readonly caution?: Caution;
  /**
   * Pain, or feeling unwell, told this session (`cleared`: said since to have passed): a workout asked for later first
   * asks whether it still does. What was felt stays in the session; the profile keeps only its day (`feltOn`).
   */
  readonly felt?: FeltNote;
  /** An age under 18 told this session: answers about eating first say not to cut back while growing. */
  readonly young?: true;
  /** What the last answer told of, for a day said alone next ("and last week?"), or that it was not understood; for one turn. */
  readonly told?: 'progress' | 'outOfScope' | 'paused' | 'restDay';
  /** The last answer was one beside a running workout, which carried on ("how many left?"): "repeat" says it again; for one turn. */
  readonly aside?: true;
  /** The last thing said, for "repeat". */
  readonly last?: { readonly speech: string; readonly reprompt?: string };
  /** When the session began (epoch ms): a session begun before the user's data was deleted writes nothing back. */
  readonly since?: number;
  /** The device's time zone, once known this session: it holds when the Settings API does not answer. */
  readonly timeZone?: string;
  /** Workout reminders were offered: 'unsaved' until a request can write it into the profile (carry.ts). */
  readonly remindersOffered?: 'unsaved' | 'saved';
}

/**
 * The longest speech "repeat" replays, in UTF-8 bytes: it goes out as speech and again in the session, so it has to
 * leave room for the reprompt and the rest inside Alexa's 24 KB response. The skill's longest answer is about 1.3 KB.
 */
const MAX_REPLAY_BYTES = 4_000;
const utf8 = new TextEncoder();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortString(value: unknown, max = 100): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/**
 * Only the SSML this skill itself writes: escaped text, breaks within Alexa's 10 s and aliases. Anything else is not
 * replayed. Escaped text never holds a raw quote, backslash or control character, so its size in JSON is its size here.
 */
const OWN_SSML = /^(?:[^<>&"\\\p{Cc}\p{Cs}]|&(?:amp|lt|gt|quot|apos);|<break time="(?:\d{1,4}|10000)ms"\/>|<sub alias="[^<>&"\\\p{Cc}\p{Cs}]*">[^<>&"\\\p{Cc}\p{Cs}]*<\/sub>)*$/u;

function ownSsml(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_REPLAY_BYTES || utf8.encode(value).length > MAX_REPLAY_BYTES) return undefined;
  return OWN_SSML.test(value) ? value : undefined;
}

function readOffer(value: unknown): Offer | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.kind) {
    case 'howTo': {
      const exerciseId = shortString(value.exerciseId);
      return exerciseId ? { kind: 'howTo', exerciseId, ...(value.ofPlan === true && { ofPlan: true }) } : undefined;
    }
    case 'allSteps': {
      const exerciseId = shortString(value.exerciseId);
      const from = value.from;
      return exerciseId && Number.isInteger(from) && (from as number) > 0 && (from as number) < 100 ? { kind: 'allSteps', exerciseId, from: from as number } : undefined;
    }
    case 'day': {
      const date = shortString(value.date, 10);
      return date ? { kind: 'day', date } : undefined;
    }
    case 'tips': {
      const list = TIP_LISTS.find((known) => known === value.list);
      if (!list) return undefined;
      const from = value.from;
      return Number.isInteger(from) && (from as number) > 0 && (from as number) < 50 ? { kind: 'tips', list, from: from as number } : { kind: 'tips', list };
    }
    case 'startWorkout': {
      const instead = DAY_KINDS.find((kind) => kind === value.instead);
      return { kind: 'startWorkout', ...(instead && { instead }), ...(value.again === true && { again: true as const }) };
    }
    case 'resumeWorkout':
    case 'cleared': {
      const instead = DAY_KINDS.find((kind) => kind === value.instead);
      const insteadDay = WEEKDAYS.find((weekday) => weekday === value.insteadDay);
      // Going on with a workout paused for a condition told mid-workout, once a doctor is said to have okayed it.
      if (value.kind === 'cleared' && value.resume === true) return { kind: 'cleared', resume: true };
      return instead ? { kind: value.kind, instead } : insteadDay ? { kind: value.kind, insteadDay } : { kind: value.kind };
    }
    case 'removeLog': {
      const { week, entry } = value;
      return typeof week === 'string' && parseIsoWeek(week) && typeof entry === 'string' && decodeEntry(entry) ? { kind: 'removeLog', week, entry } : undefined;
    }
    case 'confirmLog': {
      const log = readPendingLog(value.log);
      return log ? { kind: 'confirmLog', log } : undefined;
    }
    case 'logWorkout': {
      const activity = ACTIVITIES.find((known) => known === value.activity);
      const { minutes } = value;
      const date = shortString(value.date, 10);
      if (!activity || !date || !parseIsoDate(date) || !Number.isInteger(minutes) || (minutes as number) < 0 || (minutes as number) > LIMITS.maxMinutes) return undefined;
      return {
        kind: 'logWorkout',
        activity,
        minutes: minutes as number,
        date,
        ...(value.partial === true && { partial: true as const }),
        ...(value.stale === true && { stale: true as const }),
        ...(value.kept === true && { kept: true as const }),
      };
    }
    case 'reminderTime': {
      if (!isRepeat(value.repeat)) return undefined;
      const declined = value.moving === true && typeof value.declined === 'string' ? parseClockTime(value.declined) : undefined;
      return {
        kind: 'reminderTime',
        repeat: ownRepeat(value.repeat),
        ...(isPartOfDay(value.part) && { part: value.part }),
        ...(value.moving === true && { moving: true as const }),
        ...(declined && { declined: formatClockTime(declined) }),
      };
    }
    case 'setReminder': {
      const time = typeof value.time === 'string' ? parseClockTime(value.time) : undefined;
      if (!time || !isRepeat(value.repeat)) return undefined;
      return {
        kind: 'setReminder',
        time: formatClockTime(time),
        repeat: ownRepeat(value.repeat),
        ...(value.guessed === true && { guessed: true as const }),
      };
    }
    case 'moveReminders': {
      const time = typeof value.time === 'string' ? parseClockTime(value.time) : undefined;
      return time && isRepeat(value.repeat) ? { kind: 'moveReminders', time: formatClockTime(time), repeat: ownRepeat(value.repeat) } : undefined;
    }
    case 'level': {
      const level = LEVELS.find((known) => known === value.level);
      return level ? { kind: 'level', level } : undefined;
    }
    case 'pickUp':
      return { kind: 'pickUp' };
    case 'restartWorkout':
      return { kind: 'restartWorkout' };
    case 'cancelReminders':
      return { kind: 'cancelReminders' };
    case 'stillHurts':
      return value.back === true ? { kind: 'stillHurts', back: true } : { kind: 'stillHurts' };
    case 'feltBefore': {
      if (!isFelt(value.felt)) return undefined;
      const instead = DAY_KINDS.find((kind) => kind === value.instead);
      const insteadDay = WEEKDAYS.find((weekday) => weekday === value.insteadDay);
      if (value.resume === true) return { kind: 'feltBefore', felt: value.felt, resume: true };
      return { kind: 'feltBefore', felt: value.felt, ...(instead ? { instead } : insteadDay && { insteadDay }) };
    }
    case 'plan':
    case 'burners':
    case 'today':
    case 'pickExercise':
    case 'restDay':
    case 'confirmReset':
    case 'confirmDelete':
    case 'remindMe':
    case 'harder':
      return { kind: value.kind };
    case 'whatDone': {
      const { more, date, sayDay, listing } = value;
      return {
        kind: 'whatDone',
        ...(sayDay === true && { sayDay: true as const }),
        ...(listing === true && { listing: true as const }),
        ...(Number.isInteger(more) && (more as number) > 0 && (more as number) < 10 && { more: more as number }),
        ...(typeof date === 'string' && parseIsoDate(date) && { date }),
      };
    }
    default:
      return undefined;
  }
}

function readHowTo(value: unknown): HowToPosition | undefined {
  if (!isRecord(value)) return undefined;
  const exerciseId = shortString(value.exerciseId);
  const step = value.step;
  return exerciseId && Number.isInteger(step) && (step as number) >= 0 && (step as number) < 100
    ? { exerciseId, step: step as number }
    : undefined;
}

const whole = (n: unknown, max: number) => n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max);
const EXERCISE_ID = /^[a-z0-9-]{1,60}$/;

/** What a log is beyond its day: activity, amounts and exercise detail, each checked. */
function readLogDetail(value: Record<string, unknown>): Omit<PendingLog, 'date'> | undefined {
  const { activity, minutes, extraSteps, exercise, sets, counts, kind } = value;
  const found = ACTIVITIES.find((known) => known === activity);
  const cardioKind = found === 'cardio' ? CARDIO_KINDS.find((known) => known === kind) : undefined;
  if (kind !== undefined && cardioKind === undefined) return undefined;
  if (!found || !whole(minutes, LIMITS.maxMinutes) || !whole(extraSteps, LIMITS.maxExtraSteps) || !whole(sets, LIMITS.maxSets)) return undefined;
  if (exercise !== undefined && (typeof exercise !== 'string' || !EXERCISE_ID.test(exercise))) return undefined;
  if (counts !== undefined && counts !== false) return undefined;
  return {
    activity: found,
    ...(minutes !== undefined && { minutes: minutes as number }),
    ...(extraSteps !== undefined && { extraSteps: extraSteps as number }),
    ...(typeof exercise === 'string' && { exercise }),
    ...(typeof sets === 'number' && sets > 0 && { sets }),
    ...(counts === false && { counts }),
    ...(cardioKind !== undefined && { kind: cardioKind }),
  };
}

function readPendingLog(value: unknown): PendingLog | undefined {
  if (!isRecord(value)) return undefined;
  const date = shortString(value.date, 10);
  const detail = readLogDetail(value);
  if (!date || !parseIsoDate(date) || !detail) return undefined;
  return {
    ...detail,
    date,
    ...(value.stepsAsked === true && detail.extraSteps !== undefined && { stepsAsked: true }),
    ...(value.restAsked === true && detail.exercise === undefined && { restAsked: true }),
    ...(value.changeAsked === true && detail.minutes !== undefined && { changeAsked: true }),
    ...(value.sameAsked === true && { sameAsked: true }),
    ...(value.sameAsked === true && value.planned === true && { planned: true }),
    ...(value.dayAsked === true && { dayAsked: true }),
    ...(value.dayAsked === true && (value.week === 'this' || value.week === 'last') && { week: value.week }),
    ...(typeof value.teach === 'string' && value.teach.length > 0 && value.teach.length <= 40 && { teach: value.teach }),
  };
}

/**
 * The log just made, as the session says it was: only which request to undo. The store takes it off only if its own
 * entry for that request is exactly this, so a session that says otherwise moves nothing.
 */
function readLastLog(value: unknown): ActivityLog | undefined {
  if (!isRecord(value)) return undefined;
  const { week, weekday, requestId } = value;
  if (typeof week !== 'string' || !parseIsoWeek(week)) return undefined;
  if (!Number.isInteger(weekday) || (weekday as number) < 1 || (weekday as number) > 7) return undefined;
  const detail = readLogDetail(value);
  const id = shortString(requestId, LIMITS.maxRequestIdLength);
  if (!id || !detail) return undefined;
  return { week, weekday: weekday as Weekday, requestId: id, ...detail };
}

/** How many of a session's logs it keeps the keys of: "soon after" is a few turns, not the whole session. */
export const SESSION_LOGS_KEPT = 5;

/**
 * A setting as it was before a change: the rest day, or the level with the week it was set and how it felt, so an undo
 * leaves the weeks counted toward a step up, and a "too hard" said, as they were (found in review).
 */
export type SettingBefore =
  | { readonly restDay: Weekday }
  | { readonly level: Level; readonly levelSince?: string; readonly effort?: Effort; readonly effortWeek?: string };

function readSettingBefore(value: unknown): SettingBefore | undefined {
  if (!isRecord(value)) return undefined;
  const restDay = WEEKDAYS.find((weekday) => weekday === value.restDay);
  if (restDay !== undefined) return { restDay };
  const level = LEVELS.find((known) => known === value.level);
  if (!level) return undefined;
  const week = (field: unknown) => (typeof field === 'string' && parseIsoWeek(field) !== undefined ? field : undefined);
  const levelSince = week(value.levelSince);
  const effortWeek = week(value.effortWeek);
  const effort = EFFORTS.find((known) => known === value.effort);
  return { level, ...(levelSince && { levelSince }), ...(effort && { effort }), ...(effortWeek && { effortWeek }) };
}

function readSessionLogs(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const keys = value.filter(isShortKey).slice(-SESSION_LOGS_KEPT);
  return keys.length > 0 ? keys : undefined;
}

type Draft = { -readonly [K in keyof SessionState]: SessionState[K] };

/** Session attributes arrive from the wire: anything malformed is dropped, never trusted. */
export function readSessionState(attributes: unknown): SessionState {
  if (!isRecord(attributes)) return { noticeGiven: false };
  const state: Draft = { noticeGiven: attributes.noticeGiven === true };
  if (attributes.profileLoaded === true) state.profileLoaded = true;
  const level = LEVELS.find((candidate) => candidate === attributes.level);
  if (level) state.level = level;
  const restDay = attributes.restDay;
  if (Number.isInteger(restDay) && (restDay as number) >= 1 && (restDay as number) <= 7) state.restDay = restDay as Weekday;
  const weekPlan = isRecord(attributes.weekPlan) ? readWeekPlan(`${attributes.weekPlan.week}:${Array.isArray(attributes.weekPlan.sessions) ? attributes.weekPlan.sessions.join(',') : ''}`) : undefined;
  if (weekPlan) state.weekPlan = weekPlan;
  const since = attributes.since;
  if (Number.isSafeInteger(since) && (since as number) > 0) state.since = since as number;
  if (isValidTimeZone(attributes.timeZone)) state.timeZone = attributes.timeZone;
  const lastLog = readLastLog(attributes.lastLog);
  if (lastLog) state.lastLog = lastLog;
  const corrected = lastLog && readLastLog(attributes.corrected);
  if (corrected) state.corrected = corrected;
  if (lastLog && attributes.lastLogPlanned === true) state.lastLogPlanned = true;
  const changedFrom = readSettingBefore(attributes.changedFrom);
  if (changedFrom) state.changedFrom = changedFrom;
  const sessionLogs = readSessionLogs(attributes.sessionLogs);
  if (sessionLogs) state.sessionLogs = sessionLogs;
  if (attributes.told === 'progress' || attributes.told === 'outOfScope' || attributes.told === 'paused' || attributes.told === 'restDay') state.told = attributes.told;
  if (attributes.aside === true) state.aside = true;
  const caution = CAUTIONS.find((known) => known === attributes.caution);
  if (caution) state.caution = caution;
  if (isFeltNote(attributes.felt)) state.felt = attributes.felt;
  if (attributes.young === true) state.young = true;
  const workout = readWorkoutPlace(attributes.workout);
  if (workout) state.workout = workout;
  const howTo = readHowTo(attributes.howTo);
  if (howTo) state.howTo = howTo;
  const offer = readOffer(attributes.offer);
  if (offer) state.offer = offer;
  if (attributes.remindersOffered === 'unsaved' || attributes.remindersOffered === 'saved') state.remindersOffered = attributes.remindersOffered;
  if (isRecord(attributes.last)) {
    const speech = ownSsml(attributes.last.speech);
    const reprompt = ownSsml(attributes.last.reprompt);
    if (speech) state.last = reprompt ? { speech, reprompt } : { speech };
  }
  return state;
}
