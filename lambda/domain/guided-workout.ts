import { SESSIONS, type SessionId } from '../content/sessions';
import type { DayKind, Dose, Exercise, Level } from '../content/types';

/** The doses a strength set is counted in. */
export type SetDose = Extract<Dose, { kind: 'reps' | 'hold' }>;

/** Rest-day recovery, as the article has it: yoga or stretching, foam rolling, and moving a little. */
export type RecoveryActivity = 'yoga-or-stretching' | 'foam-rolling' | 'walk';

/**
 * A timed block (warm-up, steady pace, cool-down, a recovery activity) is paced in parts, each short enough to be
 * said in one response: `seconds` of it, starting `fromSeconds` in. Between parts the user says next.
 */
export interface BlockPart {
  /** The whole block. */
  readonly minutes: number;
  /** 1-based. */
  readonly part: number;
  readonly parts: number;
  readonly fromSeconds: number;
  readonly seconds: number;
}

/** One thing to do, said in one response, and paced inside it: the set and its rest, a round, or part of a block. */
export type WorkoutStep =
  | ({ readonly kind: 'warm-up' } & BlockPart)
  | {
      readonly kind: 'set';
      readonly exerciseId: string;
      /** 1-based, among the workout's exercises. */
      readonly exerciseNumber: number;
      readonly exerciseCount: number;
      readonly level: Level;
      /** 1-based. */
      readonly set: number;
      readonly sets: number;
      /** Per-side doses are one step a side, so a long hold and its rest still fit one response. */
      readonly side?: 'first' | 'second';
      readonly dose: SetDose;
      /** Rest after this step, paced before the user is asked to say next; 0 when switching sides or moving to the cool-down. */
      readonly restSeconds: number;
    }
  | {
      readonly kind: 'interval';
      readonly exerciseId: string;
      readonly level: Level;
      readonly round: number;
      readonly rounds: number;
      readonly workSeconds: number;
      /** 0 after the last round: the cool-down takes its place. */
      readonly restSeconds: number;
    }
  | ({ readonly kind: 'steady'; readonly exerciseId: string; readonly level: Level } & BlockPart)
  | ({ readonly kind: 'cool-down' } & BlockPart)
  | ({ readonly kind: 'recovery'; readonly activity: RecoveryActivity; readonly number: number; readonly count: number } & BlockPart);

export type BlockStep = Extract<WorkoutStep, BlockPart>;

export interface Workout {
  readonly sessionId: SessionId;
  readonly kind: DayKind;
  /** The level of each of the session's exercises, in the session's order. */
  readonly levels: readonly Level[];
  readonly steps: readonly WorkoutStep[];
}

export interface WorkoutProgress {
  /** The current step's exercise, 1-based; 0 while warming up, `exerciseCount` in the cool-down or when finished. */
  readonly exerciseNumber: number;
  readonly exerciseCount: number;
  /** Exercises still to start after the current one (all of them while warming up). */
  readonly exercisesLeft: number;
  /** HIIT only: rounds still to start after the current step. */
  readonly roundsLeft?: number;
  /** Steps after the current one. */
  readonly stepsLeft: number;
  /** The current step is the workout's last. */
  readonly isLast: boolean;
}

export interface Count {
  readonly done: number;
  readonly of: number;
}

/** What was actually done: said when a workout ends, and the source of what is logged. */
export interface WorkoutSummary {
  readonly kind: DayKind;
  /** Strength: exercises with a set done on every side. Rest day: recovery activities with a part done. */
  readonly exercises: Count;
  /** Strength: sets done on every side. */
  readonly sets: Count;
  /** HIIT: rounds done. */
  readonly rounds: Count;
  /** The main work (sets, rounds, steady pace, recovery), in steps. */
  readonly main: Count;
  /** Seconds guided through steps that were done, rests included. */
  readonly seconds: number;
  readonly complete: boolean;
  /**
   * Enough was done to count as the day's session: at least half of its sets (strength), its rounds (HIIT), or the
   * time of its steady pace or recovery (cardio, a rest day).
   */
  readonly countsAsSession: boolean;
}

const WARM_UP_MINUTES = 5;
const COOL_DOWN_MINUTES = 5;
/** A rest day starts and ends gently, and shorter. */
const REST_DAY_WARM_UP_MINUTES = 3;
const REST_DAY_COOL_DOWN_MINUTES = 3;
/** Cardio is guided as easy, steady, easy; the dose's minutes include both ends, as HIIT's do. */
const MIN_STEADY_MINUTES = 5;
/** Between sets of counted reps; holds are shorter, so their rest is too. */
const REST_AFTER_REPS_SECONDS = 60;
const REST_AFTER_HOLD_SECONDS = 30;
/** The longest part of a block one response paces: with its words it stays well inside the response limit (speech/workout.ts). */
export const BLOCK_PART_SECONDS = 150;
/** About three seconds a counted rep; a held rep adds its hold and the words around it. */
const REP_SECONDS = 3;
const HELD_REP_EXTRA_SECONDS = 3.5;
const RECOVERY: ReadonlyArray<readonly [RecoveryActivity, number]> = [
  ['yoga-or-stretching', 10],
  ['foam-rolling', 5],
  ['walk', 10],
];
/**
 * A step moved on from before this share of its work could have gone by was cut short ("Alexa, next" seconds into a
 * set or a warm-up): it is not counted done. Half leaves room for someone quicker than the pacing.
 */
const SHARE_TO_COMPLETE = 0.5;
/** Less than this share of the main work done, and a workout is not counted as the day's session unless the user asks. */
const SHARE_TO_COUNT = 0.5;

function isSetDose(dose: Dose): dose is SetDose {
  return dose.kind === 'reps' || dose.kind === 'hold';
}

/** Extra steps a day are a habit, not a session part, so they give no steps. */
function givesSteps(dose: Dose): boolean {
  return dose.kind !== 'steps';
}

/** A block of `minutes` in parts of at most BLOCK_PART_SECONDS, as even as whole seconds allow. */
function blockParts(minutes: number): BlockPart[] {
  const total = minutes * 60;
  const parts = Math.max(1, Math.ceil(total / BLOCK_PART_SECONDS));
  const base = Math.floor(total / parts);
  const longer = total - base * parts;
  const made: BlockPart[] = [];
  let fromSeconds = 0;
  for (let part = 1; part <= parts; part += 1) {
    const seconds = base + (part <= longer ? 1 : 0);
    made.push({ minutes, part, parts, fromSeconds, seconds });
    fromSeconds += seconds;
  }
  return made;
}

function setSteps(exercise: Exercise, level: Level, dose: SetDose, exerciseNumber: number, exerciseCount: number): WorkoutStep[] {
  const rest = dose.kind === 'reps' ? REST_AFTER_REPS_SECONDS : REST_AFTER_HOLD_SECONDS;
  const isLastExercise = exerciseNumber === exerciseCount;
  const steps: WorkoutStep[] = [];
  for (let set = 1; set <= dose.sets; set += 1) {
    const restSeconds = set === dose.sets && isLastExercise ? 0 : rest;
    const base = { kind: 'set', exerciseId: exercise.id, exerciseNumber, exerciseCount, level, set, sets: dose.sets, dose } as const;
    if (dose.perSide) steps.push({ ...base, side: 'first', restSeconds: 0 }, { ...base, side: 'second', restSeconds });
    else steps.push({ ...base, restSeconds });
  }
  return steps;
}

function exerciseSteps(exercise: Exercise, level: Level, exerciseNumber: number, exerciseCount: number): WorkoutStep[] {
  const dose = exercise.dose[level];
  if (isSetDose(dose)) return setSteps(exercise, level, dose, exerciseNumber, exerciseCount);
  switch (dose.kind) {
    case 'intervals':
      return Array.from({ length: dose.rounds }, (_, i) => ({
        kind: 'interval',
        exerciseId: exercise.id,
        level,
        round: i + 1,
        rounds: dose.rounds,
        workSeconds: dose.workSeconds,
        restSeconds: i + 1 === dose.rounds ? 0 : dose.restSeconds,
      }));
    case 'minutes': {
      const minutes = Math.max(dose.minutes - WARM_UP_MINUTES - COOL_DOWN_MINUTES, MIN_STEADY_MINUTES);
      return blockParts(minutes).map((part) => ({ kind: 'steady', exerciseId: exercise.id, level, ...part }));
    }
    case 'steps':
      return [];
  }
}

/**
 * A session as steps, each exercise at its own level (one level for all, or one per exercise of the session).
 * Every day runs warm-up, its main work, cool-down; a rest day's main work is recovery.
 * Exercises the catalogue lacks are left out rather than failing the workout.
 */
export function buildWorkout(sessionId: SessionId, levels: Level | readonly Level[], exercises: readonly Exercise[]): Workout {
  const session = SESSIONS[sessionId];
  const ids: readonly string[] = session.exerciseIds;
  const levelAt = (position: number): Level => (typeof levels === 'string' ? levels : (levels[position] ?? levels[0] ?? 'beginner'));
  const allLevels = ids.map((_, position) => levelAt(position));
  if (session.kind === 'rest') {
    const main = RECOVERY.flatMap(([activity, minutes], i) =>
      blockParts(minutes).map((part) => ({ kind: 'recovery', activity, number: i + 1, count: RECOVERY.length, ...part }) as const),
    );
    return { sessionId, kind: session.kind, levels: allLevels, steps: framed(main, REST_DAY_WARM_UP_MINUTES, REST_DAY_COOL_DOWN_MINUTES) };
  }
  const present = ids.flatMap((id, position) => {
    const exercise = exercises.find((candidate) => candidate.id === id);
    return exercise && givesSteps(exercise.dose[levelAt(position)]) ? [{ exercise, level: levelAt(position) }] : [];
  });
  const main = present.flatMap(({ exercise, level }, i) => exerciseSteps(exercise, level, i + 1, present.length));
  return { sessionId, kind: session.kind, levels: allLevels, steps: framed(main, WARM_UP_MINUTES, COOL_DOWN_MINUTES) };
}

function framed(main: readonly WorkoutStep[], warmUp: number, coolDown: number): WorkoutStep[] {
  return [
    ...blockParts(warmUp).map((part) => ({ kind: 'warm-up', ...part }) as const),
    ...main,
    ...blockParts(coolDown).map((part) => ({ kind: 'cool-down', ...part }) as const),
  ];
}

/** Any number to a position in 0…steps.length (the last meaning finished). */
function clampIndex(workout: Workout, index: number): number {
  if (Number.isNaN(index)) return 0;
  return Math.min(Math.max(Math.floor(index), 0), workout.steps.length);
}

/** Steps of one exercise or one block share a group; each recovery activity is a group of its own. */
function groupOf(step: WorkoutStep): string {
  switch (step.kind) {
    case 'set':
      return `set:${step.exerciseNumber}`;
    case 'interval':
    case 'steady':
      return `${step.kind}:${step.exerciseId}`;
    case 'recovery':
      return `recovery:${step.number}`;
    case 'warm-up':
    case 'cool-down':
      return step.kind;
  }
}

function isExercise(step: WorkoutStep): boolean {
  return step.kind !== 'warm-up' && step.kind !== 'cool-down';
}

export function isBlock(step: WorkoutStep): step is BlockStep {
  return 'part' in step;
}

export function isFinished(workout: Workout, index: number): boolean {
  return clampIndex(workout, index) >= workout.steps.length;
}

export function nextPosition(workout: Workout, index: number): number {
  return Math.min(clampIndex(workout, index) + 1, workout.steps.length);
}

/** From finished, back to the last step. */
export function previousPosition(workout: Workout, index: number): number {
  return Math.max(clampIndex(workout, index) - 1, 0);
}

/**
 * "Go back": the step before, or, when that step's exercise or block was skipped, its first step not done: back into
 * deadlifts skipped from their start is deadlifts from set 1, never their last set (found by a helper trying the console
 * as a new user), and skipped after set 1, set 2.
 */
export function backPosition(workout: Workout, index: number, isDone: (step: number) => boolean): number {
  const to = previousPosition(workout, index);
  const step = workout.steps[to];
  if (!step || isDone(to)) return to;
  const group = groupOf(step);
  let first = to;
  while (first > 0 && groupOf(workout.steps[first - 1]!) === group) first -= 1;
  // The first step not done since the last one done: back over a skip after set 1 is set 2, never set 3 (found by a
  // helper trying the console in Indian English: "Back to good mornings. Set 3 of 3", set 2 never done).
  let earliest = to;
  while (earliest > first && !isDone(earliest - 1)) earliest -= 1;
  return earliest;
}

/** The first step after the current step's group (the exercise or block it is in). */
export function afterGroup(workout: Workout, from: number): number {
  const current = workout.steps[from];
  if (!current) return workout.steps.length;
  const group = groupOf(current);
  let to = from + 1;
  while (to < workout.steps.length && groupOf(workout.steps[to]!) === group) to += 1;
  return to;
}

/**
 * "Skip this one", said after a step was paced in full: the rest of the current exercise or block, or, when the step
 * just said ended it (its prompt named what comes next: "say next when you're ready for bent-over rows"), that next
 * one. Lands on the start of an exercise, the cool-down, or finished; between HIIT rounds, it skips one round.
 */
export function skipExercise(workout: Workout, index: number): number {
  const from = clampIndex(workout, index);
  const current = workout.steps[from];
  const next = workout.steps[from + 1];
  if (!current || !next) return workout.steps.length;
  // Between HIIT rounds, the round its prompt named ("ready for round 4?"): one, never the rest of the session.
  if (current.kind === 'interval' && next.kind === 'interval') return Math.min(from + 2, afterGroup(workout, from));
  const skipped = skippedFrom(workout, from);
  // The first round the warm-up's end named ("ready for round 1?"): that round, never every round (found by trying the
  // console: it went to the cool-down).
  if (skipped !== from && workout.steps[skipped]?.kind === 'interval') return Math.min(skipped + 1, afterGroup(workout, skipped));
  return afterGroup(workout, skipped);
}

/**
 * Whether the step said at `index` ended its move, the next one named as coming ("say next when you're ready for
 * deadlifts"), or HIIT is between rounds: "go to the next exercise" then goes on to it, where "skip" would pass it.
 */
export function atMoveEnd(workout: Workout, index: number): boolean {
  const from = clampIndex(workout, index);
  const current = workout.steps[from];
  const next = workout.steps[from + 1];
  if (!current || !next || (current.kind === 'interval' && next.kind === 'interval')) return true;
  return skippedFrom(workout, from) !== from;
}

/** The step whose exercise or block "skip" passes over from `from`: the current one, or the next when the step just said ended its group. */
function skippedFrom(workout: Workout, from: number): number {
  const current = workout.steps[from];
  const next = workout.steps[from + 1];
  if (!current || !next || (current.kind === 'interval' && next.kind === 'interval')) return from;
  return groupOf(next) === groupOf(current) ? from : from + 1;
}

/**
 * Where an exercise named to skip ("skip the deadlifts") sits from step `index`: the one "skip" would pass over
 * (`next`: skip it), one still to come (`later`), one gone through (`done`), or one not in the workout (`absent`).
 */
export function namedForSkip(workout: Workout, index: number, exerciseId: string): 'next' | 'later' | 'done' | 'absent' {
  const from = clampIndex(workout, index);
  const skipped = workout.steps[skippedFrom(workout, from)];
  if (skipped && 'exerciseId' in skipped && skipped.exerciseId === exerciseId) return 'next';
  const has = (steps: readonly WorkoutStep[]) => steps.some((step) => 'exerciseId' in step && step.exerciseId === exerciseId);
  if (has(workout.steps.slice(from + 1))) return 'later';
  return has(workout.steps.slice(0, from + 1)) ? 'done' : 'absent';
}

/**
 * "Skip to the cool-down": its first step, from anywhere before it; in the cool-down, where it is; finished when the
 * workout has none left.
 */
export function coolDownPosition(workout: Workout, index: number): number {
  const from = clampIndex(workout, index);
  if (workout.steps[from]?.kind === 'cool-down') return from;
  const first = workout.steps.findIndex((step, at) => at > from && step.kind === 'cool-down');
  return first === -1 ? workout.steps.length : first;
}

/** The step after the current one, for "what's next?"; undefined on the last step or when finished. */
export function upcoming(workout: Workout, index: number): WorkoutStep | undefined {
  return workout.steps[clampIndex(workout, index) + 1];
}

/** The first step of the group after the current one, for "what's next" from the middle of a block. */
export function upcomingGroup(workout: Workout, index: number): WorkoutStep | undefined {
  return workout.steps[afterGroup(workout, clampIndex(workout, index))];
}

/** For "how many left?" and "Exercise 2 of 5" on screen. */
export function progressOf(workout: Workout, index: number): WorkoutProgress {
  const at = clampIndex(workout, index);
  const groups: string[] = [];
  for (const step of workout.steps) {
    const group = groupOf(step);
    if (isExercise(step) && groups.at(-1) !== group) groups.push(group);
  }
  const exerciseCount = groups.length;
  const step = workout.steps[at];
  const exerciseNumber = !step || step.kind === 'cool-down' ? exerciseCount : step.kind === 'warm-up' ? 0 : groups.indexOf(groupOf(step)) + 1;
  const stepsLeft = Math.max(workout.steps.length - 1 - at, 0);
  const progress = { exerciseNumber, exerciseCount, exercisesLeft: exerciseCount - exerciseNumber, stepsLeft, isLast: step !== undefined && stepsLeft === 0 };
  if (workout.kind !== 'hiit') return progress;
  const roundsLeft = workout.steps.slice(at + 1).filter((later) => later.kind === 'interval').length;
  return { ...progress, roundsLeft };
}

/** Where the step's exercise sits in its session (the order of `levels`); -1 for steps of no exercise. */
export function exercisePosition(workout: Workout, step: WorkoutStep | undefined): number {
  if (!step || !('exerciseId' in step)) return -1;
  const ids: readonly string[] = SESSIONS[workout.sessionId].exerciseIds;
  return ids.indexOf(step.exerciseId);
}

/**
 * The levels after a change of level to `level` while on step `index`: the exercises not yet reached take it, the
 * current one and those before keep theirs. Undefined when nothing changes, or when a later step is already done (the
 * user went back): changing a later exercise then would shift steps that are done.
 */
export function levelsFromNextExercise(workout: Workout, index: number, isDone: (step: number) => boolean, level: Level): Level[] | undefined {
  const at = clampIndex(workout, index);
  const step = workout.steps[at];
  if (!step || step.kind === 'cool-down') return undefined;
  const current = step.kind === 'warm-up' ? -1 : exercisePosition(workout, step);
  if (step.kind !== 'warm-up' && current < 0) return undefined;
  const levels = workout.levels.map((old, position) => (position > current ? level : old));
  if (levels.every((changed, position) => changed === workout.levels[position])) return undefined;
  for (let later = afterGroup(workout, at); later < workout.steps.length; later += 1) if (isDone(later)) return undefined;
  return levels;
}

/** Roughly how long a step takes, its rest included. */
export function stepSeconds(step: WorkoutStep): number {
  return workSeconds(step) + (step.kind === 'set' || step.kind === 'interval' ? step.restSeconds : 0);
}

/** Roughly how long a step's work takes, without the rest after it. */
export function workSeconds(step: WorkoutStep): number {
  switch (step.kind) {
    case 'set': {
      const { dose } = step;
      return dose.kind === 'hold' ? dose.seconds : dose.reps * (dose.holdSeconds ? dose.holdSeconds + HELD_REP_EXTRA_SECONDS : REP_SECONDS);
    }
    case 'interval':
      return step.workSeconds;
    default:
      return step.seconds;
  }
}

/**
 * Whether a step was cut short: moved on from `seconds` after its work began (less than none: before it began), before
 * half of that work could have gone by. A time not known is no evidence: the step counts.
 */
export function cutShort(step: WorkoutStep, seconds: number | undefined): boolean {
  return seconds !== undefined && seconds < workSeconds(step) * SHARE_TO_COMPLETE;
}

function isMain(step: WorkoutStep): boolean {
  return step.kind === 'set' || step.kind === 'interval' || step.kind === 'steady' || step.kind === 'recovery';
}

/** What of `workout` was done, from the steps marked done. */
export function summarise(workout: Workout, isDone: (step: number) => boolean): WorkoutSummary {
  const { steps } = workout;
  const done = steps.map((_, i) => isDone(i));
  const count = (pick: (step: WorkoutStep) => boolean, wasDone: (step: WorkoutStep, i: number) => boolean): Count => ({
    done: steps.filter((step, i) => pick(step) && wasDone(step, i)).length,
    of: steps.filter(pick).length,
  });
  // A set counts once every side of it is done; its last side stands for it.
  const setDone = (step: WorkoutStep, i: number) => done[i] === true && (step.kind !== 'set' || step.side !== 'second' || done[i - 1] === true);
  const sets = count((step) => step.kind === 'set' && step.side !== 'first', setDone);
  // An exercise counts with one set done on every side; a recovery activity with any part done.
  const groups = new Map<string, boolean>();
  steps.forEach((step, i) => {
    if (step.kind !== 'set' && step.kind !== 'recovery') return;
    const counts = step.kind === 'set' ? step.side !== 'first' && setDone(step, i) : done[i] === true;
    groups.set(groupOf(step), (groups.get(groupOf(step)) ?? false) || counts);
  });
  const exercises: Count = { done: [...groups.values()].filter(Boolean).length, of: groups.size };
  const rounds = count((step) => step.kind === 'interval', (_, i) => done[i] === true);
  const main = count(isMain, (_, i) => done[i] === true);
  const seconds = steps.reduce((sum, step, i) => sum + (done[i] ? stepSeconds(step) : 0), 0);
  // Counted in what the summary says: sets, a per-side set once (counted in steps, "3 of 5 exercises: 5 sets" was
  // "less than half the workout", found by a tester); rounds; or a block's parts, even in length, so its minutes.
  const share = workout.kind === 'strength' ? sets : main;
  return {
    kind: workout.kind,
    exercises,
    sets,
    rounds,
    main,
    seconds,
    complete: main.done === main.of,
    countsAsSession: share.of > 0 && share.done >= share.of * SHARE_TO_COUNT,
  };
}
