import { SESSIONS, type SessionId } from '../content/sessions';
import { LEVELS, type Level } from '../content/types';
import { parseIsoDate } from './calendar';

/**
 * Where a guided workout stands: the day it belongs to, its session, the step under way (`index` equal to the
 * workout's length is finished), what has been done, and the level each exercise is built at. The session carries it
 * between turns; the week item keeps it across sessions.
 */
export interface WorkoutPlace {
  /** ISO date of the day the workout is for. */
  readonly date: string;
  readonly sessionId: SessionId;
  readonly index: number;
  /**
   * The level each of the session's exercises is built at, a letter each ('b', 'i', 'a'), in the session's order.
   * A level changed mid-workout reaches only exercises not yet started, so the steps before `index`, and the index
   * itself, never shift.
   */
  readonly levels: string;
  /** The steps done, as a bitmask in hex: bit i is step i. What is logged and said to be done comes from it. */
  readonly done: string;
  /** The session's exercises this user already knows (bit i is exercise i): they get one short cue, not the full form. */
  readonly familiar: number;
  /** Paused because something hurt, or the user felt unwell: going on asks first whether it still does. */
  readonly hurt?: Hurt;
  /**
   * Sessions of its kind logged that day when it started (a second strength workout): those are no finish of this one,
   * so it is still there to pick up; one logged after it started is. Absent, none were.
   */
  readonly counted?: number;
  /**
   * When the step under way was expected to start working (milliseconds since the epoch, on the clock of the request
   * that said it: its words before the work are added), so a move on can tell a step done from one cut short. Held by
   * the session only: a place kept for later has its step settled first (done, or `cut`), and drops it.
   */
  readonly workFrom?: number;
  /**
   * The step under way was left before half its work could have gone by (a pause, a stop, pain, walking away): going
   * on says it again, and moving on from it leaves it undone.
   */
  readonly cut?: true;
  /**
   * The session's exercises named to skip before they came ("skip the rows", said in the warm-up), bit i exercise i:
   * the workout leaves them out when it gets to them. Absent, none.
   */
  readonly skipping?: number;
  /**
   * The step under way was reached by "back": back once more goes before it, a step each time, where a step heard
   * through is otherwise said again first (found trying the console: "go back" said again replayed the same set every
   * time). Held by the session only, and gone with any other move.
   */
  readonly reachedByBack?: true;
  /**
   * The step under way was reached by "skip": back goes to the part skipped, though its speech was heard through (found
   * by a helper trying the console: "skip" over cardio's steady pace, then "go back", began the cool-down again). Held
   * by the session only, and gone with any other move.
   */
  readonly reachedBySkip?: true;
}

/** No session has this many steps at any level; a larger index is not one this skill wrote. Indexes are clamped on use. */
export const MAX_WORKOUT_STEPS = 200;
/** More sessions of one kind in a day than a week holds logs is none this skill wrote. */
const MAX_COUNTED = 50;
const DONE_PATTERN = new RegExp(`^[0-9a-f]{1,${MAX_WORKOUT_STEPS / 4}}$`);
const LEVEL_LETTERS: Readonly<Record<Level, string>> = { beginner: 'b', intermediate: 'i', advanced: 'a' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one reader of a place, from the session or the store: anything this skill could not have written is none. */
export function readWorkoutPlace(value: unknown): WorkoutPlace | undefined {
  if (!isRecord(value)) return undefined;
  const { date, sessionId, index, levels, done, familiar, hurt, counted, workFrom, cut, skipping, reachedByBack, reachedBySkip } = value;
  if (typeof date !== 'string' || !parseIsoDate(date)) return undefined;
  if (typeof sessionId !== 'string' || !Object.hasOwn(SESSIONS, sessionId)) return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > MAX_WORKOUT_STEPS) return undefined;
  const exercises = SESSIONS[sessionId as SessionId].exerciseIds.length;
  if (typeof levels !== 'string' || levels.length !== exercises || !/^[bia]*$/.test(levels)) return undefined;
  if (typeof done !== 'string' || !DONE_PATTERN.test(done)) return undefined;
  if (typeof familiar !== 'number' || !Number.isInteger(familiar) || familiar < 0 || familiar >= 2 ** exercises) return undefined;
  if (hurt !== undefined && !isHurt(hurt)) return undefined;
  if (counted !== undefined && (typeof counted !== 'number' || !Number.isInteger(counted) || counted < 1 || counted > MAX_COUNTED)) return undefined;
  if (skipping !== undefined && (typeof skipping !== 'number' || !Number.isInteger(skipping) || skipping < 1 || skipping >= 2 ** exercises)) return undefined;
  const timed = typeof workFrom === 'number' && Number.isSafeInteger(workFrom) && workFrom >= 0;
  return {
    date,
    sessionId: sessionId as SessionId,
    index,
    levels,
    done,
    familiar,
    ...(hurt && { hurt }),
    ...(counted !== undefined && { counted }),
    ...(timed && { workFrom }),
    ...(cut === true && { cut: true as const }),
    ...(skipping !== undefined && { skipping }),
    ...(reachedByBack === true && { reachedByBack: true as const }),
    ...(reachedBySkip === true && { reachedBySkip: true as const }),
  };
}

/** The place as it is kept for later: when its step began is the session's alone. */
export function placeToKeep(place: WorkoutPlace): WorkoutPlace {
  const { workFrom: _, reachedByBack: __, reachedBySkip: ___, ...kept } = place;
  return kept;
}

/**
 * What a workout was paused for, that going on asks about: pain (or an injury), feeling unwell, or both (`general`:
 * told one after the other, asked about in words that fit both).
 */
export type Hurt = 'pain' | 'unwell' | 'general';

export function isHurt(value: unknown): value is Hurt {
  return value === 'pain' || value === 'unwell' || value === 'general';
}

/** What a pause is for once something else is felt too: both, when they differ (found in review: only the last was kept). */
export function hurtWith(before: Hurt | undefined, felt: Hurt): Hurt {
  return before === undefined || before === felt ? felt : 'general';
}

/** The place with what was felt noted (going on asks first), or, given nothing, with it gone. */
export function withHurt(place: WorkoutPlace, hurt?: Hurt): WorkoutPlace {
  const { hurt: _, ...rest } = place;
  return hurt ? { ...rest, hurt } : rest;
}

/** A workout just started: nothing done, every exercise at `level`, and the exercises the user knows. */
export function newWorkoutPlace(date: string, sessionId: SessionId, level: Level, knownExerciseIds: readonly string[] = [], counted = 0): WorkoutPlace {
  const ids: readonly string[] = SESSIONS[sessionId].exerciseIds;
  const familiar = ids.reduce((bits, id, i) => (knownExerciseIds.includes(id) ? bits | (1 << i) : bits), 0);
  return { date, sessionId, index: 0, levels: LEVEL_LETTERS[level].repeat(ids.length), done: '0', familiar, ...(counted > 0 && { counted: Math.min(counted, MAX_COUNTED) }) };
}

/** The level of each of the session's exercises. */
export function levelsOf(place: Pick<WorkoutPlace, 'levels'>): Level[] {
  return [...place.levels].map((letter) => LEVELS.find((level) => LEVEL_LETTERS[level] === letter) ?? 'beginner');
}

export function withLevels(place: WorkoutPlace, levels: readonly Level[]): WorkoutPlace {
  return { ...place, levels: levels.map((level) => LEVEL_LETTERS[level]).join('') };
}

export function isStepDone(place: Pick<WorkoutPlace, 'done'>, step: number): boolean {
  return step >= 0 && ((BigInt(`0x${place.done}`) >> BigInt(step)) & 1n) === 1n;
}

export function withStepDone(place: WorkoutPlace, step: number): WorkoutPlace {
  if (step < 0 || step >= MAX_WORKOUT_STEPS || isStepDone(place, step)) return place;
  return { ...place, done: (BigInt(`0x${place.done}`) | (1n << BigInt(step))).toString(16) };
}

/** The session exercise at `position` is known to the user from now on. */
export function withFamiliar(place: WorkoutPlace, position: number): WorkoutPlace {
  return position < 0 ? place : { ...place, familiar: place.familiar | (1 << position) };
}

/** The place with the session's exercise at `position` to be left out when the workout gets to it. */
export function withSkipping(place: WorkoutPlace, position: number): WorkoutPlace {
  return position < 0 ? place : { ...place, skipping: (place.skipping ?? 0) | (1 << position) };
}

export function isSkipping(place: Pick<WorkoutPlace, 'skipping'>, position: number): boolean {
  return position >= 0 && (((place.skipping ?? 0) >> position) & 1) === 1;
}

export function isFamiliar(place: Pick<WorkoutPlace, 'familiar'>, position: number): boolean {
  return position >= 0 && ((place.familiar >> position) & 1) === 1;
}
