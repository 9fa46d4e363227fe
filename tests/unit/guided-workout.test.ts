import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { SESSIONS, type SessionId } from '../../lambda/content/sessions';
import { type Exercise, LEVELS, type Level } from '../../lambda/content/types';
import {
  type Workout,
  type WorkoutStep,
  buildWorkout,
  isFinished,
  nextPosition,
  previousPosition,
  progressOf,
  skipExercise,
  upcoming,
} from '../../lambda/domain/guided-workout';
import { MAX_WORKOUT_STEPS, readWorkoutPlace } from '../../lambda/domain/workout-place';

const exercises: readonly Exercise[] = EN_US_CATALOGUE.exercises;
const SESSION_IDS = Object.keys(SESSIONS) as SessionId[];
const CASES = SESSION_IDS.flatMap((id) => LEVELS.map((level) => [id, level] as const));

function exercise(id: string): Exercise {
  return exercises.find((candidate) => candidate.id === id)!;
}

/** Which exercise a step belongs to, as a listener would count them. */
function exerciseOf(step: WorkoutStep | undefined, index: number): string {
  if (!step) return 'finished';
  switch (step.kind) {
    case 'set':
      return `${step.exerciseNumber}:${step.exerciseId}`;
    case 'interval':
    case 'steady':
      return step.exerciseId;
    case 'recovery':
      return `recovery ${index}`;
    default:
      return step.kind;
  }
}

function startsAnExercise(step: WorkoutStep): boolean {
  if (step.kind === 'set') return step.set === 1 && step.side !== 'second';
  if (step.kind === 'interval') return step.round === 1;
  return true;
}

const positions = (workout: Workout) => Array.from({ length: workout.steps.length + 1 }, (_, i) => i);

describe('buildWorkout', () => {
  it.each(CASES)('%s at %s level: warm-up, the session, cool-down', (id, level) => {
    const workout = buildWorkout(id, level, exercises);
    const { steps } = workout;
    expect(workout.sessionId).toBe(id);
    expect(workout.kind).toBe(SESSIONS[id].kind);
    expect(steps.length).toBeGreaterThan(0);

    if (workout.kind === 'rest') {
      expect(steps.map((step) => (step.kind === 'recovery' ? step.activity : step.kind))).toEqual(['yoga-or-stretching', 'foam-rolling', 'walk']);
      return;
    }
    expect(steps[0]).toEqual({ kind: 'warm-up', minutes: 5 });
    expect(steps.at(-1)).toEqual({ kind: 'cool-down', minutes: 5 });
    expect(steps.slice(1, -1).every((step) => step.kind !== 'warm-up' && step.kind !== 'cool-down' && step.kind !== 'recovery')).toBe(true);
  });

  it.each(CASES.filter(([id]) => SESSIONS[id].kind === 'strength'))('%s at %s level: one step per set, and a side each when per side', (id, level) => {
    const sets = buildWorkout(id, level, exercises).steps.filter((step) => step.kind === 'set');
    const ids: readonly string[] = SESSIONS[id].exerciseIds;
    const expected = ids.flatMap((exerciseId, i) => {
      const dose = exercise(exerciseId).dose[level];
      if (dose.kind !== 'reps' && dose.kind !== 'hold') throw new Error(`${exerciseId} is not counted in sets`);
      return Array.from({ length: dose.sets }, (_, s) =>
        (dose.perSide ? (['first', 'second'] as const) : [undefined]).map((side) => ({ exerciseId, exerciseNumber: i + 1, set: s + 1, side, dose })),
      ).flat();
    });
    expect(sets.map(({ exerciseId, exerciseNumber, set, side, dose }) => ({ exerciseId, exerciseNumber, set, side, dose }))).toEqual(expected);
    expect(sets.every((step) => step.exerciseCount === ids.length && step.sets === step.dose.sets)).toBe(true);
  });

  it.each(CASES.filter(([id]) => SESSIONS[id].kind === 'strength'))('%s at %s level: rest between sets, none before switching sides or the cool-down', (id, level) => {
    const steps = buildWorkout(id, level, exercises).steps;
    steps.forEach((step, i) => {
      if (step.kind !== 'set') return;
      const next = steps[i + 1];
      if (step.side === 'first' || next?.kind === 'cool-down') expect(step.restSeconds).toBe(0);
      else expect(step.restSeconds).toBe(step.dose.kind === 'reps' ? 60 : 30);
    });
  });

  it.each(LEVELS)('HIIT at %s level: one step per round, as the dose says, with no rest after the last', (level) => {
    const dose = exercise('hiit').dose[level];
    if (dose.kind !== 'intervals') throw new Error('HIIT is dosed in intervals');
    const rounds = buildWorkout('hiit', level, exercises).steps.filter((step) => step.kind === 'interval');
    expect(rounds.map((step) => step.round)).toEqual(Array.from({ length: dose.rounds }, (_, i) => i + 1));
    expect(rounds.every((step) => step.rounds === dose.rounds && step.workSeconds === dose.workSeconds)).toBe(true);
    expect(rounds.map((step) => step.restSeconds)).toEqual([...Array<number>(dose.rounds - 1).fill(dose.restSeconds), 0]);
    // The dose's minutes are warm-up, rounds and cool-down together.
    expect(5 + (dose.rounds * (dose.workSeconds + dose.restSeconds)) / 60 + 5).toBe(dose.minutes);
  });

  it.each(LEVELS)('cardio at %s level: easy, steady, easy, adding up to the dose', (level) => {
    const dose = exercise('cardio').dose[level];
    if (dose.kind !== 'minutes') throw new Error('cardio is dosed in minutes');
    const { steps } = buildWorkout('cardio', level, exercises);
    expect(steps.map((step) => step.kind)).toEqual(['warm-up', 'steady', 'cool-down']);
    expect(steps.reduce((sum, step) => sum + ('minutes' in step ? step.minutes : 0), 0)).toBe(dose.minutes);
  });

  it('leaves out exercises the catalogue lacks, and counts the rest', () => {
    expect(buildWorkout('strength-a', 'beginner', []).steps.map((step) => step.kind)).toEqual(['warm-up', 'cool-down']);
    expect(buildWorkout('hiit', 'beginner', []).steps.map((step) => step.kind)).toEqual(['warm-up', 'cool-down']);
    const sets = buildWorkout('strength-a', 'beginner', [exercise('superman'), exercise('deadlift')]).steps.filter((step) => step.kind === 'set');
    expect(sets.map((step) => [step.exerciseId, step.exerciseNumber, step.exerciseCount])).toEqual([
      ['deadlift', 1, 2],
      ['deadlift', 1, 2],
      ['superman', 2, 2],
      ['superman', 2, 2],
    ]);
  });

  it('is the same every time for the same input', () => {
    expect(buildWorkout('strength-b', 'intermediate', exercises)).toEqual(buildWorkout('strength-b', 'intermediate', exercises));
  });
});

describe('navigation', () => {
  it.each(CASES)('%s at %s level: next and previous undo each other', (id, level) => {
    const workout = buildWorkout(id, level, exercises);
    const end = workout.steps.length;
    for (let i = 0; i < end; i += 1) {
      expect(nextPosition(workout, i)).toBe(i + 1);
      expect(previousPosition(workout, nextPosition(workout, i))).toBe(i);
    }
    for (let i = 1; i <= end; i += 1) expect(nextPosition(workout, previousPosition(workout, i))).toBe(i);
    expect(nextPosition(workout, end)).toBe(end);
    expect(previousPosition(workout, 0)).toBe(0);
  });

  it.each(CASES)('%s at %s level: skip lands on the start of the next exercise, skipping nothing else', (id, level) => {
    const workout = buildWorkout(id, level, exercises);
    const { steps } = workout;
    for (let i = 0; i < steps.length; i += 1) {
      const to = skipExercise(workout, i);
      expect(to).toBeGreaterThan(i);
      expect(exerciseOf(steps[to], to)).not.toBe(exerciseOf(steps[i], i));
      expect(exerciseOf(steps[to - 1], to - 1)).toBe(exerciseOf(steps[i], i));
      if (to < steps.length) expect(startsAnExercise(steps[to]!)).toBe(true);
    }
    expect(skipExercise(workout, steps.length)).toBe(steps.length);
  });

  it('skips the rest of the HIIT rounds to the cool-down', () => {
    const workout = buildWorkout('hiit', 'intermediate', exercises);
    expect(workout.steps[skipExercise(workout, 4)]?.kind).toBe('cool-down');
  });

  it.each(CASES)('%s at %s level: upcoming is the step after, and nothing after the last', (id, level) => {
    const workout = buildWorkout(id, level, exercises);
    for (const i of positions(workout)) expect(upcoming(workout, i)).toBe(workout.steps[i + 1]);
    expect(upcoming(workout, workout.steps.length - 1)).toBeUndefined();
  });

  it.each(CASES)('%s at %s level: progress counts down to zero', (id, level) => {
    const workout = buildWorkout(id, level, exercises);
    const end = workout.steps.length;
    const walk = positions(workout).map((i) => progressOf(workout, i));
    walk.slice(0, end).forEach((progress, i) => {
      expect(progress.stepsLeft).toBe(end - 1 - i);
      expect(progress.isLast).toBe(i === end - 1);
      expect(progress.exercisesLeft).toBe(progress.exerciseCount - progress.exerciseNumber);
    });
    for (let i = 1; i <= end; i += 1) {
      expect(walk[i]!.exerciseNumber).toBeGreaterThanOrEqual(walk[i - 1]!.exerciseNumber);
      expect(walk[i]!.roundsLeft ?? 0).toBeLessThanOrEqual(walk[i - 1]!.roundsLeft ?? 0);
    }
    const expectedCount = new Set(workout.steps.filter((step) => step.kind !== 'warm-up' && step.kind !== 'cool-down').map(exerciseOf)).size;
    expect(walk[0]!.exerciseCount).toBe(expectedCount);
    expect(walk.at(-1)).toEqual({
      exerciseNumber: expectedCount,
      exerciseCount: expectedCount,
      exercisesLeft: 0,
      stepsLeft: 0,
      isLast: false,
      ...(workout.kind === 'hiit' && { roundsLeft: 0 }),
    });
  });

  it('says "exercise 2 of 5" and counts HIIT rounds', () => {
    const strength = buildWorkout('strength-a', 'intermediate', exercises);
    const firstRow = strength.steps.findIndex((step) => step.kind === 'set' && step.exerciseId === 'bent-over-row');
    expect(progressOf(strength, 0)).toMatchObject({ exerciseNumber: 0, exerciseCount: 5, exercisesLeft: 5 });
    expect(progressOf(strength, firstRow)).toMatchObject({ exerciseNumber: 2, exerciseCount: 5, exercisesLeft: 3 });
    const hiit = buildWorkout('hiit', 'beginner', exercises);
    expect(progressOf(hiit, 0)).toMatchObject({ exerciseNumber: 0, exerciseCount: 1, roundsLeft: 10 });
    expect(progressOf(hiit, 3)).toMatchObject({ exerciseNumber: 1, roundsLeft: 7 });
    expect(progressOf(hiit, 10)).toMatchObject({ roundsLeft: 0, stepsLeft: 1, isLast: false });
    expect(progressOf(buildWorkout('rest', 'beginner', exercises), 1)).toMatchObject({ exerciseNumber: 2, exerciseCount: 3, exercisesLeft: 1 });
  });

  it.each(CASES)('%s at %s level: finished only past the last step', (id, level) => {
    const workout = buildWorkout(id, level, exercises);
    for (const i of positions(workout)) expect(isFinished(workout, i)).toBe(i === workout.steps.length);
    expect(isFinished(workout, workout.steps.length + 5)).toBe(true);
  });

  it('is total: any number is clamped to a position, never thrown on', () => {
    const workout = buildWorkout('strength-c', 'advanced', exercises);
    const end = workout.steps.length;
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -50, max: 200 })), (index) => {
        for (const move of [nextPosition, previousPosition, skipExercise]) {
          const to = move(workout, index);
          expect(Number.isInteger(to) && to >= 0 && to <= end).toBe(true);
        }
        const progress = progressOf(workout, index);
        expect(progress.stepsLeft).toBeGreaterThanOrEqual(0);
        expect(typeof isFinished(workout, index)).toBe('boolean');
        upcoming(workout, index);
      }),
    );
    expect(nextPosition(workout, Number.NaN)).toBe(1);
    expect(nextPosition(workout, -3)).toBe(1);
    expect(previousPosition(workout, Number.POSITIVE_INFINITY)).toBe(end - 1);
    expect(nextPosition(workout, 2.7)).toBe(3);
  });
});

describe('a whole walk', () => {
  it.each(['strength-a', 'hiit', 'cardio', 'rest'] as const)('walks %s from the start to finished by next alone', (id) => {
    for (const level of LEVELS) {
      const workout = buildWorkout(id, level, exercises);
      const said: WorkoutStep[] = [];
      let index = 0;
      while (!isFinished(workout, index)) {
        said.push(workout.steps[index]!);
        index = nextPosition(workout, index);
      }
      expect(said).toEqual(workout.steps);
      expect(progressOf(workout, index).exercisesLeft).toBe(0);
    }
  });

  it.each(['strength-b', 'hiit', 'cardio', 'rest'] as const)('skips through %s one exercise at a time', (id) => {
    const workout = buildWorkout(id, 'intermediate', exercises);
    const { exerciseCount } = progressOf(workout, 0);
    let index = 0;
    let skips = 0;
    while (!isFinished(workout, index)) {
      index = skipExercise(workout, index);
      skips += 1;
    }
    expect(skips).toBe(workout.kind === 'rest' ? exerciseCount : exerciseCount + 2);
  });

  it('goes back across an exercise boundary to its last set', () => {
    const workout = buildWorkout('strength-a', 'beginner', exercises);
    const firstRow = workout.steps.findIndex((step) => step.kind === 'set' && step.exerciseId === 'bent-over-row');
    expect(workout.steps[previousPosition(workout, firstRow)]).toMatchObject({ kind: 'set', exerciseId: 'deadlift', set: 2 });
  });
});

describe('readWorkoutPlace', () => {
  const date = '2026-11-24';
  const longest = (id: SessionId) => Math.max(...LEVELS.map((level: Level) => buildWorkout(id, level, exercises).steps.length));

  it('keeps a place this skill could have written, and only its fields', () => {
    expect(readWorkoutPlace({ date, sessionId: 'strength-a', index: 0 })).toEqual({ date, sessionId: 'strength-a', index: 0 });
    expect(readWorkoutPlace({ date, sessionId: 'hiit', index: 7, extra: '<audio/>' })).toEqual({ date, sessionId: 'hiit', index: 7 });
    for (const id of SESSION_IDS) expect(readWorkoutPlace({ date, sessionId: id, index: longest(id) })).toEqual({ date, sessionId: id, index: longest(id) });
  });

  it('leaves room above every session at every level (indexes are clamped on use)', () => {
    for (const id of SESSION_IDS) expect(longest(id)).toBeLessThan(MAX_WORKOUT_STEPS);
  });

  it('rejects garbage', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      'strength-a',
      42,
      [],
      ['strength-a', 0],
      {},
      { date, sessionId: 'strength-a' },
      { date, index: 0 },
      { sessionId: 'hiit', index: 0 },
      { date: '2026-13-40', sessionId: 'hiit', index: 0 },
      { date, sessionId: 'strength-z', index: 0 },
      { date, sessionId: 'toString', index: 0 },
      { date, sessionId: '__proto__', index: 0 },
      { date, sessionId: 'constructor', index: 0 },
      { date, sessionId: 3, index: 0 },
      { date, sessionId: 'hiit', index: -1 },
      { date, sessionId: 'hiit', index: 1.5 },
      { date, sessionId: 'hiit', index: '3' },
      { date, sessionId: 'hiit', index: Number.NaN },
      { date, sessionId: 'hiit', index: Number.POSITIVE_INFINITY },
      { date, sessionId: 'strength-a', index: MAX_WORKOUT_STEPS + 1 },
    ];
    for (const value of garbage) expect(readWorkoutPlace(value), JSON.stringify(value)).toBeUndefined();
  });

  it('never throws, and what it keeps is always in range', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ date: fc.constantFrom(date, 'x'), sessionId: fc.oneof(fc.constantFrom(...SESSION_IDS), fc.string()), index: fc.anything() }), (a, b) => {
        for (const value of [a, b]) {
          const place = readWorkoutPlace(value);
          if (place) expect(place.index).toBeLessThanOrEqual(MAX_WORKOUT_STEPS);
        }
      }),
    );
  });
});

describe('purity', () => {
  it('uses no Alexa, AWS, clock or randomness', () => {
    const source = readFileSync(new URL('../../lambda/domain/guided-workout.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/ask-sdk|@aws-sdk|Date\.now|new Date|Math\.random/);
  });
});
