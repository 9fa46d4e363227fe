import { SESSIONS, type SessionId } from '../content/sessions';
import type { DayKind, Dose, Exercise, Level } from '../content/types';

/** The doses a strength set is counted in. */
export type SetDose = Extract<Dose, { kind: 'reps' | 'hold' }>;

/** Rest-day recovery, as the article has it: yoga or stretching, foam rolling, and moving a little. */
export type RecoveryActivity = 'yoga-or-stretching' | 'foam-rolling' | 'walk';

/** One thing to do, said in one response. Paced steps (`set`, `interval`) are timed with breaks; the rest are told. */
export type WorkoutStep =
  | { readonly kind: 'warm-up'; readonly minutes: number }
  | {
      readonly kind: 'set';
      readonly exerciseId: string;
      /** 1-based, among the workout's exercises. */
      readonly exerciseNumber: number;
      readonly exerciseCount: number;
      /** 1-based. */
      readonly set: number;
      readonly sets: number;
      /** Per-side doses are one step a side, so a long hold still fits one response. */
      readonly side?: 'first' | 'second';
      readonly dose: SetDose;
      /** Rest after this step, before the user says next; 0 when switching sides or moving to the cool-down. */
      readonly restSeconds: number;
    }
  | {
      readonly kind: 'interval';
      readonly exerciseId: string;
      readonly round: number;
      readonly rounds: number;
      readonly workSeconds: number;
      /** 0 after the last round: the cool-down takes its place. */
      readonly restSeconds: number;
    }
  | { readonly kind: 'steady'; readonly exerciseId: string; readonly minutes: number }
  | { readonly kind: 'cool-down'; readonly minutes: number }
  | { readonly kind: 'recovery'; readonly activity: RecoveryActivity; readonly minutes: number; readonly number: number; readonly count: number };

export interface Workout {
  readonly sessionId: SessionId;
  readonly kind: DayKind;
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

const WARM_UP_MINUTES = 5;
const COOL_DOWN_MINUTES = 5;
/** Cardio is guided as easy, steady, easy; the dose's minutes include both ends, as HIIT's do. */
const MIN_STEADY_MINUTES = 5;
/** Between sets of counted reps; holds are shorter, so their rest is too. */
const REST_AFTER_REPS_SECONDS = 60;
const REST_AFTER_HOLD_SECONDS = 30;
const RECOVERY: ReadonlyArray<readonly [RecoveryActivity, number]> = [
  ['yoga-or-stretching', 10],
  ['foam-rolling', 5],
  ['walk', 10],
];

function isSetDose(dose: Dose): dose is SetDose {
  return dose.kind === 'reps' || dose.kind === 'hold';
}

/** Extra steps a day are a habit, not a session part, so they give no steps. */
function givesSteps(dose: Dose): boolean {
  return dose.kind !== 'steps';
}

function setSteps(exercise: Exercise, dose: SetDose, exerciseNumber: number, exerciseCount: number): WorkoutStep[] {
  const rest = dose.kind === 'reps' ? REST_AFTER_REPS_SECONDS : REST_AFTER_HOLD_SECONDS;
  const isLastExercise = exerciseNumber === exerciseCount;
  const steps: WorkoutStep[] = [];
  for (let set = 1; set <= dose.sets; set += 1) {
    const restSeconds = set === dose.sets && isLastExercise ? 0 : rest;
    const base = { kind: 'set', exerciseId: exercise.id, exerciseNumber, exerciseCount, set, sets: dose.sets, dose } as const;
    if (dose.perSide) steps.push({ ...base, side: 'first', restSeconds: 0 }, { ...base, side: 'second', restSeconds });
    else steps.push({ ...base, restSeconds });
  }
  return steps;
}

function exerciseSteps(exercise: Exercise, level: Level, exerciseNumber: number, exerciseCount: number): WorkoutStep[] {
  const dose = exercise.dose[level];
  if (isSetDose(dose)) return setSteps(exercise, dose, exerciseNumber, exerciseCount);
  switch (dose.kind) {
    case 'intervals':
      return Array.from({ length: dose.rounds }, (_, i) => ({
        kind: 'interval',
        exerciseId: exercise.id,
        round: i + 1,
        rounds: dose.rounds,
        workSeconds: dose.workSeconds,
        restSeconds: i + 1 === dose.rounds ? 0 : dose.restSeconds,
      }));
    case 'minutes':
      return [{ kind: 'steady', exerciseId: exercise.id, minutes: Math.max(dose.minutes - WARM_UP_MINUTES - COOL_DOWN_MINUTES, MIN_STEADY_MINUTES) }];
    case 'steps':
      return [];
  }
}

/**
 * Today's session as steps for `level`. Training days run warm-up, the exercises, cool-down; a rest day is recovery.
 * Exercises the catalogue lacks are left out rather than failing the workout.
 */
export function buildWorkout(sessionId: SessionId, level: Level, exercises: readonly Exercise[]): Workout {
  const session = SESSIONS[sessionId];
  if (session.kind === 'rest') {
    const steps = RECOVERY.map(([activity, minutes], i) => ({ kind: 'recovery', activity, minutes, number: i + 1, count: RECOVERY.length }) as const);
    return { sessionId, kind: session.kind, steps };
  }
  const ids: readonly string[] = session.exerciseIds;
  const present = ids
    .map((id) => exercises.find((exercise) => exercise.id === id))
    .filter((exercise): exercise is Exercise => exercise !== undefined && givesSteps(exercise.dose[level]));
  const main = present.flatMap((exercise, i) => exerciseSteps(exercise, level, i + 1, present.length));
  return {
    sessionId,
    kind: session.kind,
    steps: [{ kind: 'warm-up', minutes: WARM_UP_MINUTES }, ...main, { kind: 'cool-down', minutes: COOL_DOWN_MINUTES }],
  };
}

/** Any number to a position in 0…steps.length (the last meaning finished). */
function clampIndex(workout: Workout, index: number): number {
  if (Number.isNaN(index)) return 0;
  return Math.min(Math.max(Math.floor(index), 0), workout.steps.length);
}

/** Steps of one exercise share a group; warm-up, cool-down and each recovery activity are groups of their own. */
function groupOf(step: WorkoutStep, index: number): string {
  switch (step.kind) {
    case 'set':
      return `set:${step.exerciseNumber}`;
    case 'interval':
    case 'steady':
      return `${step.kind}:${step.exerciseId}`;
    case 'recovery':
      return `recovery:${index}`;
    case 'warm-up':
    case 'cool-down':
      return step.kind;
  }
}

function isExercise(step: WorkoutStep): boolean {
  return step.kind !== 'warm-up' && step.kind !== 'cool-down';
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

/** The first step of the next exercise (or the cool-down, or finished): "skip this one". */
export function skipExercise(workout: Workout, index: number): number {
  const from = clampIndex(workout, index);
  const current = workout.steps[from];
  if (!current) return workout.steps.length;
  const group = groupOf(current, from);
  let to = from + 1;
  while (to < workout.steps.length && groupOf(workout.steps[to]!, to) === group) to += 1;
  return to;
}

/** The step after the current one, for "what's next?"; undefined on the last step or when finished. */
export function upcoming(workout: Workout, index: number): WorkoutStep | undefined {
  return workout.steps[clampIndex(workout, index) + 1];
}

/** For "how many left?" and "Exercise 2 of 5" on screen. */
export function progressOf(workout: Workout, index: number): WorkoutProgress {
  const at = clampIndex(workout, index);
  const groups: string[] = [];
  workout.steps.forEach((step, i) => {
    const group = groupOf(step, i);
    if (isExercise(step) && groups.at(-1) !== group) groups.push(group);
  });
  const exerciseCount = groups.length;
  const step = workout.steps[at];
  const exerciseNumber = !step || step.kind === 'cool-down' ? exerciseCount : step.kind === 'warm-up' ? 0 : groups.indexOf(groupOf(step, at)) + 1;
  const stepsLeft = Math.max(workout.steps.length - 1 - at, 0);
  const progress = { exerciseNumber, exerciseCount, exercisesLeft: exerciseCount - exerciseNumber, stepsLeft, isLast: step !== undefined && stepsLeft === 0 };
  if (workout.kind !== 'hiit') return progress;
  const roundsLeft = workout.steps.slice(at + 1).filter((later) => later.kind === 'interval').length;
  return { ...progress, roundsLeft };
}
