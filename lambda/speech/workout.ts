import { type Catalogue, findExercise } from '../content/catalogue';
import type { Level } from '../content/types';
import { type Workout, type WorkoutStep, isFinished, progressOf, skipExercise, upcoming } from '../domain/guided-workout';
import type { Translator } from '../i18n/translator';
import { doseText, doseForLevelText } from '../text/dose';
import { estimateSpeechSeconds } from './duration';
import { Speech, speech } from './ssml';
import { stepInstructions } from '../text/workout';

type SetStep = Extract<WorkoutStep, { kind: 'set' }>;
type IntervalStep = Extract<WorkoutStep, { kind: 'interval' }>;

export interface SpokenStep {
  /** The step with its pacing breaks. It does not end with `prompt`: say both, and reprompt with `prompt`. */
  readonly speech: Speech;
  /** The closing instruction: "Say next when you're ready for set 2." */
  readonly prompt: string;
}

/** About three seconds a rep: the count word, then the movement. */
const REP_MS = 3_000;
/** Roughly how long a spoken count ("7.") takes, so a rep is counted every REP_MS. */
const COUNT_WORD_MS = 400;
/** Counting stays within this, so a set plus its introduction fits Alexa's 90-second response. */
const COUNT_BUDGET_MS = 55_000;
const MIN_REP_MS = 1_500;
/** After "and lower", before the next lift; shrinks for long sets, within these bounds. */
const LOWER_PAUSE_MS = 1_500;
const MIN_LOWER_PAUSE_MS = 500;
/** "1, lift, and hold" and "and lower" take about this long to say. */
const HOLD_REP_WORDS_MS = 2_000;
/** Three cues when the paced part is short, two when it is long. */
const SHORT_PACE_SECONDS = 45;
/** The last seconds called out in a hold or a HIIT round. */
const FINAL_CALL_SECONDS = 5;
/** A HIIT rest is silent until this many seconds are left. */
const REST_CALL_SECONDS = 10;

function clampToStep(workout: Workout, index: number): number {
  const last = workout.steps.length - 1;
  return isFinished(workout, index) ? last : Math.min(Math.max(Math.floor(Number.isNaN(index) ? 0 : index), 0), last);
}

function exerciseName(catalogue: Catalogue, id: string): string {
  return findExercise(catalogue, id)?.name ?? '';
}

function cuesOf(catalogue: Catalogue, id: string, count: number): readonly string[] {
  return findExercise(catalogue, id)?.cues.slice(0, count) ?? [];
}

/** Silences between call-outs: each pair is [seconds of silence, seconds left after it]; every ten seconds, and the last five. */
function countdown(total: number): ReadonlyArray<readonly [number, number]> {
  const marks: number[] = [];
  for (let left = Math.ceil(total / 10) * 10 - 10; left > 0; left -= 10) if (left < total) marks.push(left);
  if (total > FINAL_CALL_SECONDS && !marks.includes(FINAL_CALL_SECONDS)) marks.push(FINAL_CALL_SECONDS);
  const segments: Array<readonly [number, number]> = [];
  let from = total;
  for (const mark of marks) {
    segments.push([from - mark, mark]);
    from = mark;
  }
  segments.push([from, 0]);
  return segments;
}

function paceReps(t: Translator, dose: Extract<SetStep['dose'], { kind: 'reps' }>): Speech {
  const paced = new Speech();
  if (dose.holdSeconds) {
    const holdMs = dose.holdSeconds * 1000;
    const lowerMs = Math.min(Math.max(COUNT_BUDGET_MS / dose.reps - holdMs - HOLD_REP_WORDS_MS, MIN_LOWER_PAUSE_MS), LOWER_PAUSE_MS);
    for (let rep = 1; rep <= dose.reps; rep += 1) {
      paced.say(t.t('workout.rep.lift', { count: rep })).pause(holdMs).say(t.t('workout.rep.lower'));
      if (rep < dose.reps) paced.pause(lowerMs);
    }
    return paced;
  }
  const repMs = Math.max(Math.min(REP_MS, COUNT_BUDGET_MS / dose.reps), MIN_REP_MS);
  paced.say(t.t('workout.go'));
  for (let rep = 1; rep <= dose.reps; rep += 1) paced.pause(repMs - COUNT_WORD_MS).say(t.t('workout.count', { count: rep }));
  return paced;
}

function paceHold(t: Translator, seconds: number): Speech {
  const paced = speech(t.t('workout.hold.start'));
  for (const [silence, left] of countdown(seconds)) {
    paced.pause(silence * 1000).say(left > 0 ? t.t('workout.timeLeft', { seconds: left }) : t.t('workout.hold.done'));
  }
  return paced;
}

function restLine(t: Translator, seconds: number): string | undefined {
  if (seconds <= 0) return undefined;
  return seconds === 60 ? t.t('workout.restMinute') : t.t('workout.rest', { seconds });
}

/** What to say to move on from a paced step, from what comes next. */
function promptAfter(t: Translator, catalogue: Catalogue, current: WorkoutStep, next: WorkoutStep | undefined): string {
  if (!next) return t.t('workout.prompt.finish');
  switch (next.kind) {
    case 'set':
      if (current.kind === 'set' && current.exerciseNumber === next.exerciseNumber) {
        return next.side === 'second' ? t.t('workout.prompt.otherSide') : t.t('workout.prompt.set', { set: next.set });
      }
      return t.t('workout.prompt.exercise', { name: exerciseName(catalogue, next.exerciseId) });
    case 'interval':
      return t.t('workout.prompt.round', { round: next.round });
    case 'cool-down':
      return t.t('workout.prompt.coolDown');
    default:
      return t.t('workout.prompt.ready');
  }
}

function speakSet(t: Translator, catalogue: Catalogue, step: SetStep, next: WorkoutStep | undefined, level: Level): Speech {
  const pace = step.dose.kind === 'reps' ? paceReps(t, step.dose) : paceHold(t, step.dose.seconds);
  const said = new Speech();
  if (step.side === 'second') {
    said.say(t.t('workout.set.otherSide'));
  } else if (step.set === 1) {
    const cueCount = estimateSpeechSeconds(pace.toSsml()) <= SHORT_PACE_SECONDS ? 3 : 2;
    said.say(
      t.t('workout.set.announce', { number: step.exerciseNumber, count: step.exerciseCount, name: exerciseName(catalogue, step.exerciseId) }),
      doseForLevelText(t, step.dose, level),
      ...cuesOf(catalogue, step.exerciseId, cueCount),
      step.side === 'first' ? t.t('workout.set.firstSide') : undefined,
    );
  } else {
    said.say(t.t('workout.set.number', { set: step.set, sets: step.sets }));
  }
  said.append(pace);
  const sameExercise = next?.kind === 'set' && next.exerciseNumber === step.exerciseNumber;
  if (step.side === 'first') return said.say(t.t('workout.switchSides'));
  if (sameExercise) return said.say(t.t('workout.setDone'), restLine(t, step.restSeconds));
  if (next?.kind === 'set') return said.say(t.t('workout.exerciseDone'), restLine(t, step.restSeconds));
  return said.say(t.t('workout.allExercisesDone'));
}

function speakInterval(t: Translator, catalogue: Catalogue, step: IntervalStep): Speech {
  const said = speech(t.t('workout.round', { round: step.round, rounds: step.rounds }));
  if (step.round === 1) said.say(...cuesOf(catalogue, step.exerciseId, 2));
  if (step.round === step.rounds && step.rounds > 1) said.say(t.t('workout.round.last'));
  said.say(t.t('workout.round.go'));

  const work = step.workSeconds;
  if (work > 2 * FINAL_CALL_SECONDS) {
    const half = Math.round(work / 2);
    said.pause(half * 1000).say(t.t('workout.round.halfway'));
    const toFinal = work - half - FINAL_CALL_SECONDS;
    if (toFinal > 0) said.pause(toFinal * 1000).say(t.t('workout.round.finish', { seconds: FINAL_CALL_SECONDS })).pause(FINAL_CALL_SECONDS * 1000);
    else said.pause((work - half) * 1000);
  } else {
    said.pause(work * 1000);
  }

  if (step.restSeconds <= 0) return said.say(t.t('workout.round.done'));
  said.say(t.t('workout.round.rest'));
  if (step.restSeconds > REST_CALL_SECONDS) {
    said.pause((step.restSeconds - REST_CALL_SECONDS) * 1000).say(t.t('workout.timeLeft', { seconds: REST_CALL_SECONDS }));
    return said.pause(REST_CALL_SECONDS * 1000);
  }
  return said.pause(step.restSeconds * 1000);
}

/**
 * One step of the workout, ready to say: sets and HIIT rounds are paced with breaks (each at most 10 seconds,
 * the whole response within about 90 seconds); rests between sets are not timed, the user says next.
 * A finished index speaks the last step; callers check isFinished first.
 */
export function speakStep(t: Translator, catalogue: Catalogue, workout: Workout, index: number, level: Level): SpokenStep {
  const at = clampToStep(workout, index);
  const step = workout.steps[at];
  if (!step) return { speech: new Speech(), prompt: t.t('workout.prompt.finish') };
  const next = workout.steps[at + 1];
  switch (step.kind) {
    case 'set':
      return { speech: speakSet(t, catalogue, step, next, level), prompt: promptAfter(t, catalogue, step, next) };
    case 'interval':
      return { speech: speakInterval(t, catalogue, step), prompt: promptAfter(t, catalogue, step, next) };
    case 'warm-up':
      return { speech: speech(stepInstructions(t, workout, step)), prompt: t.t('workout.prompt.warmUp') };
    case 'steady':
      return {
        speech: speech(stepInstructions(t, workout, step), ...cuesOf(catalogue, step.exerciseId, 2)),
        prompt: t.t('workout.prompt.steady', { minutes: step.minutes }),
      };
    case 'cool-down':
      return { speech: speech(stepInstructions(t, workout, step)), prompt: t.t('workout.prompt.done') };
    case 'recovery':
      return {
        speech: speech(t.t('workout.recovery.lead', { number: step.number, count: step.count }), stepInstructions(t, workout, step)),
        prompt: t.t('workout.prompt.done'),
      };
  }
}

/** What today's session is, and how to drive it by voice. */
export function speakWorkoutIntro(t: Translator, workout: Workout, level: Level): Speech {
  const said = new Speech();
  switch (workout.kind) {
    case 'strength':
      said.say(t.t('workout.intro.strength', { count: progressOf(workout, 0).exerciseCount }));
      break;
    case 'hiit': {
      const round = workout.steps.find((step): step is IntervalStep => step.kind === 'interval');
      said.say(t.t('workout.intro.hiit', { rounds: round?.rounds ?? 0, work: round?.workSeconds ?? 0, rest: round?.restSeconds ?? 0 }));
      break;
    }
    case 'cardio': {
      const minutes = workout.steps.reduce((sum, step) => sum + ('minutes' in step ? step.minutes : 0), 0);
      said.say(t.t('workout.intro.cardio', { minutes }));
      break;
    }
    case 'rest':
      said.say(t.t('workout.intro.rest'));
      break;
  }
  if (workout.kind !== 'rest') said.say(t.t('workout.intro.level', { level: t.t(`level.${level}`) }));
  return said.say(t.t('workout.controls'));
}

/** "What's next?": the next step, and after a set, the exercise that follows this one. */
export function speakUpcoming(t: Translator, catalogue: Catalogue, workout: Workout, index: number): Speech {
  if (isFinished(workout, index)) return speech(t.t('workout.upcoming.finished'));
  const next = upcoming(workout, index);
  if (!next) return speech(t.t('workout.upcoming.none'));
  const said = speech(describeStep(t, catalogue, workout, index, next));
  const current = workout.steps[clampToStep(workout, index)];
  if (next.kind === 'set' && current?.kind === 'set' && next.exerciseNumber === current.exerciseNumber) {
    const after = workout.steps[skipExercise(workout, index)];
    if (after?.kind === 'set') said.say(t.t('workout.upcoming.then', { name: exerciseName(catalogue, after.exerciseId) }));
    else if (after?.kind === 'cool-down') said.say(t.t('workout.upcoming.thenCoolDown'));
  }
  return said;
}

function describeStep(t: Translator, catalogue: Catalogue, workout: Workout, index: number, next: WorkoutStep): string {
  const current = workout.steps[clampToStep(workout, index)];
  switch (next.kind) {
    case 'warm-up':
      return t.t('workout.upcoming.warmUp');
    case 'set':
      if (current?.kind === 'set' && current.exerciseNumber === next.exerciseNumber) {
        return next.side === 'second' ? t.t('workout.upcoming.otherSide') : t.t('workout.upcoming.set', { set: next.set, sets: next.sets });
      }
      return t.t('workout.upcoming.exercise', { name: exerciseName(catalogue, next.exerciseId), dose: doseText(t, next.dose) });
    case 'interval':
      return t.t('workout.upcoming.round', { round: next.round, rounds: next.rounds, work: next.workSeconds });
    case 'steady':
      return t.t('workout.upcoming.steady', { minutes: next.minutes });
    case 'cool-down':
      return t.t('workout.upcoming.coolDown', { minutes: next.minutes });
    case 'recovery':
      return t.t('workout.upcoming.recovery', { activity: t.t(`workout.activity.${next.activity}`), minutes: next.minutes });
  }
}

/** "How many left?" */
export function speakProgress(t: Translator, workout: Workout, index: number): Speech {
  if (isFinished(workout, index)) return speech(t.t('workout.progress.finished'));
  const progress = progressOf(workout, index);
  const step = workout.steps[clampToStep(workout, index)];
  switch (step?.kind) {
    case 'warm-up':
      return speech(t.t('workout.progress.warmUp'), aheadOfWarmUp(t, workout, progress.exercisesLeft, progress.roundsLeft ?? 0));
    case 'set': {
      const left = progress.exercisesLeft;
      return speech(
        t.t('workout.progress.exercise', { number: progress.exerciseNumber, count: progress.exerciseCount }),
        t.t('workout.progress.set', { set: step.set, sets: step.sets }),
        left === 0 ? t.t('workout.progress.lastExercise') : t.t('workout.progress.more', { count: left }),
      );
    }
    case 'interval': {
      const left = progress.roundsLeft ?? 0;
      return speech(
        t.t('workout.progress.round', { round: step.round, rounds: step.rounds }),
        left === 0 ? t.t('workout.progress.lastRound') : t.t('workout.progress.moreRounds', { count: left }),
      );
    }
    case 'steady':
      return speech(t.t('workout.progress.steady'));
    case 'recovery': {
      const left = progress.exercisesLeft;
      return speech(
        t.t('workout.progress.recovery', { number: step.number, count: step.count }),
        left === 0 ? t.t('workout.progress.recoveryLast') : t.t('workout.progress.recoveryMore', { count: left }),
      );
    }
    default:
      return speech(t.t('workout.progress.coolDown'));
  }
}

function aheadOfWarmUp(t: Translator, workout: Workout, exercises: number, rounds: number): string {
  if (workout.kind === 'hiit') return t.t('workout.progress.roundsAhead', { count: rounds });
  if (workout.kind === 'cardio') return t.t('workout.progress.steadyAhead');
  return t.t('workout.progress.exercisesAhead', { count: exercises });
}

/** A short well-done; the caller adds the week's progress. */
export function speakFinished(t: Translator, workout: Workout): Speech {
  return speech(t.t(`workout.finished.${workout.kind}`));
}
