import { type Catalogue, findExercise } from '../content/catalogue';
import {
  type BlockStep,
  type Workout,
  type WorkoutStep,
  type WorkoutSummary,
  afterGroup,
  cutShort,
  exercisePosition,
  isBlock,
  isFinished,
  progressOf,
  skipExercise,
  upcomingGroup,
} from '../domain/guided-workout';
import type { Translator } from '../i18n/translator';
import { doseForLevelText, doseText } from '../text/dose';
import { stepInstructions } from '../text/workout';
import { estimateSpeechSeconds } from './duration';
import { Speech, speech } from './ssml';

type SetStep = Extract<WorkoutStep, { kind: 'set' }>;
type IntervalStep = Extract<WorkoutStep, { kind: 'interval' }>;

export interface SpokenStep {
  /** The step with its pacing breaks. It does not end with `prompt`: say both, and reprompt with `prompt`. */
  readonly speech: Speech;
  /** The closing instruction: "Say next when you're ready for set 2." */
  readonly prompt: string;
  /** How long `speech` speaks before the step's work begins (its name, dose and cues, up to "Go."). */
  readonly leadSeconds: number;
}

/** Where a step's work begins in what is said: noted as the words before it are done. */
interface WorkStart {
  leadSeconds: number;
}

function noteWorkStart(start: WorkStart, said: Speech): void {
  start.leadSeconds = estimateSpeechSeconds(said.toSsml());
}

/** What the speech needs to know about this user's workout so far. */
export interface StepContext {
  /** Whether step `step` of the workout is done; what a step says is done ("that's every round") comes from it. */
  readonly isDone: (step: number) => boolean;
  /** Whether the user already knows the session's exercise at `position`: one short cue, not the full form. */
  readonly knows: (position: number) => boolean;
  /** Whether the session's exercise at `position` is to be left out when the workout gets to it ("skip the rows"). */
  readonly leftOut?: (position: number) => boolean;
  /** The longest a response may run, in seconds. @default MAX_RESPONSE_SECONDS */
  readonly maxSeconds?: number;
  /** Pain told today was said to have passed: the warm-up suggests nothing high-impact (see `stepInstructions`). */
  readonly gentle?: boolean;
  /** A doctor's okay was given this session: a caution's "check with your doctor first" is not said (see `cautionOnceCleared`). */
  readonly cleared?: boolean;
}

const FRESH: StepContext = { isDone: () => false, knows: () => false };

/**
 * The longest one response may run. Alexa documents 8,000 characters of speech, 24 KB for the whole response, 10
 * seconds a break and 240 seconds for all the audio clips in a response together; it documents no separate limit for
 * synthesized speech with breaks, so the audio figure is taken as the ceiling. Responses here stay well under it.
 */
export const MAX_RESPONSE_SECONDS = 240;
/** Room kept for estimates being off, so a response near the ceiling still fits. */
const ESTIMATE_MARGIN_SECONDS = 15;
/** About three seconds a rep: the count word, then the movement. */
const REP_MS = 3_000;
/** Roughly how long a spoken count ("7.") takes, so a rep is counted every REP_MS. */
const COUNT_WORD_MS = 400;
/** A long set is counted faster, so a set with its rest stays short enough to follow. */
const COUNT_BUDGET_MS = 55_000;
const MIN_REP_MS = 1_500;
/** After "and lower", before the next lift; shrinks for long sets, within these bounds. */
const LOWER_PAUSE_MS = 1_500;
const MIN_LOWER_PAUSE_MS = 500;
/** "1, lift, and hold" and "and lower" take about this long to say. */
const HOLD_REP_WORDS_MS = 2_000;
/** The last seconds called out in a hold or a HIIT round. */
const FINAL_CALL_SECONDS = 5;
/** Time left called out during a rest, longest first. */
const REST_CALLS_SECONDS = [30, 10] as const;
/** A rest left over when the whole one cannot be paced is rounded to this. */
const LEFTOVER_ROUNDING_SECONDS = 5;

function clampToStep(workout: Workout, index: number): number {
  const last = workout.steps.length - 1;
  return isFinished(workout, index) ? last : Math.min(Math.max(Math.floor(Number.isNaN(index) ? 0 : index), 0), last);
}

function exerciseName(catalogue: Catalogue, id: string): string {
  return findExercise(catalogue, id)?.name ?? '';
}

function cuesOf(catalogue: Catalogue, id: string): readonly string[] {
  return findExercise(catalogue, id)?.cues ?? [];
}

/** One short cue, turning through the exercise's cues so a reminder is not the same every set. */
function shortCue(catalogue: Catalogue, id: string, turn = 0): string | undefined {
  const cues = cuesOf(catalogue, id);
  return cues.length === 0 ? undefined : cues[turn % cues.length];
}

/** The full form the first time; one short cue for a user who knows the move. */
function formCues(catalogue: Catalogue, workout: Workout, step: WorkoutStep, context: StepContext): readonly string[] {
  if (!('exerciseId' in step)) return [];
  if (context.knows(exercisePosition(workout, step))) return [shortCue(catalogue, step.exerciseId) ?? ''];
  // The first time, the safety note too (good mornings "can injure your back" done wrong).
  const exercise = findExercise(catalogue, step.exerciseId);
  return [...cuesOf(catalogue, step.exerciseId), (context.cleared ? exercise?.cautionOnceCleared : undefined) ?? exercise?.caution ?? ''];
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

/** A hold counted down; a carry is walked with the weight, then set down (found by a helper trying the console: "Hold… And release"). */
function paceHold(t: Translator, seconds: number, walking = false): Speech {
  const paced = speech(t.t(walking ? 'workout.carry.start' : 'workout.hold.start'));
  for (const [silence, left] of countdown(seconds)) {
    paced.pause(silence * 1000).say(left > 0 ? t.t('workout.timeLeft', { seconds: left }) : t.t(walking ? 'workout.carry.done' : 'workout.hold.done'));
  }
  return paced;
}

const wordsMs = (text: string) => estimateSpeechSeconds(speech(text).toSsml()) * 1000;

/**
 * A rest of `seconds`, counted down inside the speech: silences of at most 10 seconds, the time left at 30 and 10
 * seconds, and `reminder` (one form cue for what comes next) with the last call. The words are taken out of the
 * silences, so the whole rest lasts about `seconds`.
 */
export function paceRest(t: Translator, seconds: number, reminder?: string): Speech {
  const paced = new Speech();
  let left = seconds;
  let spokenMs = 0;
  for (const call of REST_CALLS_SECONDS.filter((mark) => mark < seconds)) {
    const words = [t.t('workout.timeLeft', { seconds: call }), call === 10 ? reminder : undefined];
    paced.pause(Math.max((left - call) * 1000 - spokenMs, 0)).say(...words);
    spokenMs = words.reduce((sum, text) => sum + (text ? wordsMs(text) : 0), 0);
    left = call;
  }
  return paced.pause(Math.max(left * 1000 - spokenMs, 0));
}

function restLine(t: Translator, seconds: number): string | undefined {
  if (seconds <= 0) return undefined;
  return seconds === 60 ? t.t('workout.restMinute') : t.t('workout.rest', { seconds });
}

/**
 * The step after `at` as the workout will reach it: past any move to be left out (found by a helper trying the console:
 * after "skip the rows", the rest before them still said "Next up: bent-over rows").
 */
function nextReached(workout: Workout, at: number, context: StepContext): WorkoutStep | undefined {
  const own = exercisePosition(workout, workout.steps[at]);
  let to = at + 1;
  while (to < workout.steps.length) {
    const position = exercisePosition(workout, workout.steps[to]);
    if (position < 0 || position === own || !context.leftOut?.(position)) break;
    to = afterGroup(workout, to);
  }
  return workout.steps[to];
}

/** What to say to move on from a step, from what comes next. */
function promptAfter(t: Translator, catalogue: Catalogue, current: WorkoutStep, next: WorkoutStep | undefined): string {
  if (!next) return t.t('workout.prompt.finish');
  if (isBlock(current) && current.part < current.parts) return t.t('workout.prompt.keepGoing');
  switch (next.kind) {
    case 'set':
      if (current.kind === 'set' && current.exerciseNumber === next.exerciseNumber) {
        return next.side === 'second' ? t.t('workout.prompt.otherSide') : t.t('workout.prompt.set', { set: next.set });
      }
      return t.t('workout.prompt.exercise', { name: exerciseName(catalogue, next.exerciseId) });
    case 'interval':
      return t.t('workout.prompt.round', { round: next.round });
    case 'steady':
      return t.t('workout.prompt.steady');
    case 'cool-down':
      return t.t('workout.prompt.coolDown');
    case 'recovery':
      return t.t('workout.prompt.recovery', { activity: t.t(`workout.activity.${next.activity}`) });
    default:
      return t.t('workout.prompt.ready');
  }
}

/** Every other step of `kind` is done: this one completes them. */
function completesAll(workout: Workout, index: number, context: StepContext, kind: WorkoutStep['kind']): boolean {
  return workout.steps.every((step, i) => i === index || step.kind !== kind || context.isDone(i));
}

function speakSet(t: Translator, catalogue: Catalogue, workout: Workout, index: number, step: SetStep, context: StepContext, prompt: string, start: WorkStart): Speech {
  const next = nextReached(workout, index, context);
  const said = new Speech();
  if (step.side === 'second') {
    said.say(t.t('workout.set.otherSide'));
  } else if (step.set === 1) {
    said.say(
      t.t('workout.set.announce', { number: step.exerciseNumber, count: step.exerciseCount, name: exerciseName(catalogue, step.exerciseId) }),
      doseForLevelText(t, step.dose, step.level),
      ...formCues(catalogue, workout, step, context),
      step.side === 'first' ? t.t('workout.set.firstSide') : undefined,
    );
  } else {
    said.say(t.t('workout.set.number', { set: step.set, sets: step.sets }));
  }
  noteWorkStart(start, said);
  said.append(step.dose.kind === 'reps' ? paceReps(t, step.dose) : paceHold(t, step.dose.seconds, step.dose.walking === true));
  if (step.side === 'first') return said.say(t.t('workout.switchSides'));
  if (next?.kind !== 'set') {
    return said.say(t.t(completesAll(workout, index, context, 'set') ? 'workout.allExercisesDone' : 'workout.lastExerciseDone'));
  }
  const sameExercise = next.exerciseNumber === step.exerciseNumber;
  const reminder = sameExercise
    ? t.t('workout.reminder.set', { cue: shortCue(catalogue, step.exerciseId, step.set) ?? '' })
    : t.t('workout.reminder.exercise', { name: exerciseName(catalogue, next.exerciseId), cue: shortCue(catalogue, next.exerciseId) ?? '' });
  said.say(t.t(sameExercise ? 'workout.setDone' : 'workout.exerciseDone'), restLine(t, step.restSeconds));
  return said.append(restWithin(t, step.restSeconds, reminder, said, prompt, context));
}

/**
 * The rest, paced as far as the response has room for it; what is left over is said honestly, for the user to time.
 * With the rests the catalogue has, every rest fits.
 */
function restWithin(t: Translator, seconds: number, reminder: string, before: Speech, prompt: string, context: StepContext): Speech {
  const max = (context.maxSeconds ?? MAX_RESPONSE_SECONDS) - ESTIMATE_MARGIN_SECONDS;
  const room = Math.floor(max - estimateSpeechSeconds(before.toSsml()) - estimateSpeechSeconds(speech(prompt).toSsml()));
  if (room >= seconds) return paceRest(t, seconds, reminder);
  const paced = Math.max(Math.floor(room / LEFTOVER_ROUNDING_SECONDS) * LEFTOVER_ROUNDING_SECONDS, 0);
  const leftover = seconds - paced;
  return (paced > 0 ? paceRest(t, paced) : new Speech()).say(t.t('workout.rest.more', { seconds: leftover }), reminder);
}

function speakInterval(t: Translator, catalogue: Catalogue, workout: Workout, index: number, step: IntervalStep, context: StepContext, start: WorkStart): Speech {
  const said = speech(t.t('workout.round', { round: step.round, rounds: step.rounds }));
  if (step.round === 1) said.say(...formCues(catalogue, workout, step, context));
  if (step.round === step.rounds && step.rounds > 1) said.say(t.t('workout.round.last'));
  said.say(t.t('workout.round.go'));
  noteWorkStart(start, said);

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

  if (step.restSeconds <= 0) return said.say(t.t('workout.round.stop'), completesAll(workout, index, context, 'interval') ? t.t('workout.round.allDone') : undefined);
  said.say(t.t('workout.round.rest'));
  return said.append(paceRest(t, step.restSeconds, shortCue(catalogue, step.exerciseId, step.round)));
}

/** "4 minutes to go", "2 and a half minutes to go", "30 seconds to go": to the nearest half minute. */
function timeToGo(t: Translator, seconds: number): string {
  if (seconds < 60) return t.t('workout.block.secondsLeft', { seconds });
  const halves = Math.round(seconds / 30);
  const count = Math.floor(halves / 2);
  return halves % 2 === 0 ? t.t('workout.block.minutesLeft', { count }) : t.t('workout.block.minutesAndAHalfLeft', { count });
}

/**
 * Part of a timed block, paced: the instructions (or, after the first part, how long is left and a cue), then silences
 * of at most 10 seconds with the time left called at each whole minute of the block, and at 30 seconds.
 */
function speakBlock(t: Translator, catalogue: Catalogue, workout: Workout, step: BlockStep, context: StepContext, start: WorkStart): Speech {
  const total = step.minutes * 60;
  const end = step.fromSeconds + step.seconds;
  const said = new Speech();
  if (step.part === 1) {
    if (step.kind === 'recovery') said.say(t.t('workout.recovery.lead', { number: step.number, count: step.count }));
    said.say(stepInstructions(t, workout, step, context.gentle), ...formCues(catalogue, workout, step, context));
  } else {
    said.say(t.t('workout.block.keepGoing', { left: timeToGo(t, total - step.fromSeconds) }));
    if (step.kind === 'steady') said.say(shortCue(catalogue, step.exerciseId, step.part));
  }
  noteWorkStart(start, said);
  const calls: number[] = [];
  for (let left = total - 60 * Math.ceil((step.fromSeconds + 1) / 60); left > total - end; left -= 60) if (left > 0) calls.push(left);
  if (total - end < 30 && total - step.fromSeconds > 30) calls.push(30);
  let at = step.fromSeconds;
  let spokenMs = 0;
  for (const left of calls) {
    const words = timeToGo(t, left);
    said.pause(Math.max((total - left - at) * 1000 - spokenMs, 0)).say(words);
    spokenMs = wordsMs(words);
    at = total - left;
  }
  said.pause(Math.max((end - at) * 1000 - spokenMs, 0));
  return end >= total ? said.say(t.t('workout.block.done')) : said;
}

/**
 * One step of the workout, ready to say, paced inside the speech: a set with its rest counted down, a HIIT round, or
 * part of a timed block. Each break is at most 10 seconds, and the response stays within MAX_RESPONSE_SECONDS.
 * A finished index speaks the last step; callers check isFinished first.
 */
export function speakStep(t: Translator, catalogue: Catalogue, workout: Workout, index: number, context: StepContext = FRESH): SpokenStep {
  const at = clampToStep(workout, index);
  const step = workout.steps[at];
  if (!step) return { speech: new Speech(), prompt: t.t('workout.prompt.finish'), leadSeconds: 0 };
  const prompt = promptAfter(t, catalogue, step, nextReached(workout, at, context));
  const start: WorkStart = { leadSeconds: 0 };
  const said =
    step.kind === 'set'
      ? speakSet(t, catalogue, workout, at, step, context, prompt, start)
      : step.kind === 'interval'
        ? speakInterval(t, catalogue, workout, at, step, context, start)
        : speakBlock(t, catalogue, workout, step, context, start);
  return { speech: said, prompt, leadSeconds: start.leadSeconds };
}

/** "strength workout", "HIIT workout": how the workout is named when the user comes back to it. */
export function workoutName(t: Translator, workout: Workout): string {
  return t.t(`workout.name.${workout.kind}`);
}

/** What the session is, and how to drive it by voice; `chosen` when the user asked for it, or another day's, rather than today's plan. */
/**
 * How a workout begins: the day, its shape and the level, and then how to move through it. `returning`: someone who
 * has trained before hears only how to move on and cut a step short, not every control again.
 */
export function speakWorkoutIntro(t: Translator, workout: Workout, chosen: boolean | { readonly day: string } = false, returning = false, levelUnset = false): Speech {
  const name = workoutName(t, workout);
  const lead =
    typeof chosen === 'object' ? t.t('workout.lead.ofDay', { day: chosen.day, name }) : chosen ? t.t('workout.lead.chosen', { name }) : t.t(`workout.lead.today.${workout.kind}`);
  const said = new Speech();
  switch (workout.kind) {
    case 'strength':
      said.say(t.t('workout.intro.strength', { lead, count: progressOf(workout, 0).exerciseCount }));
      break;
    case 'hiit': {
      const round = workout.steps.find((step): step is IntervalStep => step.kind === 'interval');
      said.say(t.t('workout.intro.hiit', { lead, rounds: round?.rounds ?? 0, work: round?.workSeconds ?? 0, rest: round?.restSeconds ?? 0 }));
      break;
    }
    case 'cardio': {
      const minutes = workout.steps.reduce((sum, step) => sum + (isBlock(step) ? step.seconds : 0), 0) / 60;
      said.say(t.t('workout.intro.cardio', { lead, minutes: Math.round(minutes) }));
      break;
    }
    case 'rest':
      said.say(t.t('workout.intro.rest', { lead }));
      break;
  }
  const level = workout.levels[0];
  // A level never chosen is the default: how to say another comes with it (found by a helper trying the console as an
  // intermediate: paced at beginner, with no word of how to change it).
  if (workout.kind !== 'rest' && level) said.say(t.t('workout.intro.level', { level: t.t(`level.${level}`) }), levelUnset ? t.t('workout.intro.levelHint') : undefined);
  return returning ? said.say(t.t('workout.controls.short')) : said.say(t.t('workout.controls'), t.t('workout.cutShort'));
}

/** "What's next?": the next step, and after a set, the exercise that follows this one. */
export function speakUpcoming(t: Translator, catalogue: Catalogue, workout: Workout, index: number, context: StepContext = FRESH): Speech {
  if (isFinished(workout, index)) return speech(t.t('workout.upcoming.finished'));
  const at = clampToStep(workout, index);
  const current = workout.steps[at];
  if (current && isBlock(current) && current.part < current.parts) {
    const after = upcomingGroup(workout, at);
    const left = timeToGo(t, current.minutes * 60 - current.fromSeconds - current.seconds);
    const said = speech(t.t('workout.upcoming.moreOfBlock', { left }));
    return after ? said.say(describeStep(t, catalogue, current, after)) : said.say(t.t('workout.upcoming.thenDone'));
  }
  const next = nextReached(workout, at, context);
  if (!next || !current) return speech(t.t('workout.upcoming.none'));
  const said = speech(describeStep(t, catalogue, current, next));
  if (next.kind === 'set' && current.kind === 'set' && next.exerciseNumber === current.exerciseNumber) {
    const after = nextReached(workout, skipExercise(workout, at) - 1, context);
    if (after?.kind === 'set') said.say(t.t('workout.upcoming.then', { name: exerciseName(catalogue, after.exerciseId) }));
    else if (after?.kind === 'cool-down') said.say(t.t('workout.upcoming.thenCoolDown'));
  }
  return said;
}

function describeStep(t: Translator, catalogue: Catalogue, current: WorkoutStep, next: WorkoutStep): string {
  switch (next.kind) {
    case 'warm-up':
      return t.t('workout.upcoming.warmUp');
    case 'set':
      if (current.kind === 'set' && current.exerciseNumber === next.exerciseNumber) {
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

/**
 * "How many left?" `into`: seconds since the step's work began, when known. A set or a round asked about before half
 * of it could have gone by is under way (moving on then would leave it undone); a block's time left counts from there.
 */
export function speakProgress(t: Translator, workout: Workout, index: number, into?: number): Speech {
  if (isFinished(workout, index)) return speech(t.t('workout.progress.finished'));
  const progress = progressOf(workout, index);
  const step = workout.steps[clampToStep(workout, index)];
  const underWay = step !== undefined && cutShort(step, into);
  // Found by a helper trying the console: asked 40 seconds into the warm-up's last part, "Your warm-up is done".
  const blockToGo = (block: BlockStep) => blockLeft(block) + (into === undefined ? 0 : Math.max(0, block.seconds - Math.max(0, into)));
  switch (step?.kind) {
    case 'warm-up':
      return speech(
        blockToGo(step) > 0 ? t.t('workout.progress.warmUp', { left: timeToGo(t, blockToGo(step)) }) : t.t('workout.progress.warmUpDone'),
        // "Your warm-up is done. Then 5 exercises" read wrong (found by a helper trying the console): done, what comes next.
        aheadOfWarmUp(t, workout, progress.exercisesLeft, progress.roundsLeft ?? 0, blockToGo(step) <= 0),
      );
    // A set or a round is done once said (it is paced inside its answer), unless asked about early in it: found by a
    // helper trying the console, "how many sets left" after set 1 said "Set 1 of 2", and after the last set, "4 more
    // exercises after this one".
    case 'set': {
      const left = progress.exercisesLeft;
      if (underWay) {
        return speech(
          t.t('workout.progress.exercise', { number: progress.exerciseNumber, count: progress.exerciseCount }),
          t.t('workout.progress.setOn', { set: step.set, sets: step.sets }),
          doseForLevelText(t, step.dose, step.level),
          left === 0 ? t.t('workout.progress.lastExercise') : t.t('workout.progress.more', { count: left }),
        );
      }
      if (step.set === step.sets && step.side !== 'first') {
        return speech(
          t.t('workout.progress.exerciseDone', { number: progress.exerciseNumber, count: progress.exerciseCount }),
          left === 0 ? t.t('workout.progress.coolDownNext') : t.t('workout.progress.exercisesToGo', { count: left }),
        );
      }
      return speech(
        t.t('workout.progress.exercise', { number: progress.exerciseNumber, count: progress.exerciseCount }),
        t.t(step.side === 'first' ? 'workout.progress.sideDone' : 'workout.progress.setDone', { set: step.set, sets: step.sets }),
        // "How many reps?" is asked here too: the dose, as the set began with it.
        doseForLevelText(t, step.dose, step.level),
        left === 0 ? t.t('workout.progress.lastExercise') : t.t('workout.progress.more', { count: left }),
      );
    }
    case 'interval': {
      const left = progress.roundsLeft ?? 0;
      if (underWay) {
        return speech(
          t.t('workout.progress.roundOn', { round: step.round, rounds: step.rounds }),
          left === 0 ? t.t('workout.progress.coolDownNext') : t.t('workout.progress.roundsAfter', { count: left }),
        );
      }
      return speech(
        t.t('workout.progress.roundDone', { round: step.round, rounds: step.rounds }),
        left === 0 ? t.t('workout.progress.coolDownNext') : t.t('workout.progress.roundsToGo', { count: left }),
      );
    }
    case 'steady':
      return speech(blockToGo(step) > 0 ? t.t('workout.progress.steady', { left: timeToGo(t, blockToGo(step)) }) : t.t('workout.progress.steadyDone'));
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

/** The seconds of a block still to go after the part just paced: 0 once "That's time" was said. */
function blockLeft(step: BlockStep): number {
  return step.minutes * 60 - step.fromSeconds - step.seconds;
}

function aheadOfWarmUp(t: Translator, workout: Workout, exercises: number, rounds: number, warmedUp = false): string {
  if (workout.kind === 'hiit') return t.t(warmedUp ? 'workout.progress.roundsNext' : 'workout.progress.roundsAhead', { count: rounds });
  if (workout.kind === 'cardio') return t.t(warmedUp ? 'workout.progress.steadyNext' : 'workout.progress.steadyAhead');
  if (workout.kind === 'rest') return t.t(warmedUp ? 'workout.progress.recoveryNext' : 'workout.progress.recoveryAhead', { count: exercises });
  return t.t(warmedUp ? 'workout.progress.exercisesNext' : 'workout.progress.exercisesAhead', { count: exercises });
}

function blockName(t: Translator, step: BlockStep): string {
  switch (step.kind) {
    case 'warm-up':
      return t.t('workout.where.warmUp');
    case 'cool-down':
      return t.t('workout.where.coolDown');
    case 'steady':
      return t.t('workout.where.steady');
    case 'recovery':
      return t.t('workout.where.recovery', { number: step.number, count: step.count, activity: t.t(`workout.activity.${step.activity}`) });
  }
}

/**
 * Where the user is, for coming back to a workout: the workout, the exercise or round and the set, and the current
 * exercise's short cue. The step at `index` was said in full before the user left, so it counts as behind them.
 */
export function speakWhereYouAre(t: Translator, catalogue: Catalogue, workout: Workout, index: number, lead: string): Speech {
  const step = workout.steps[clampToStep(workout, index)];
  const context = { lead, name: workoutName(t, workout) };
  if (!step) return speech(t.t('workout.where.start', context));
  switch (step.kind) {
    case 'set':
      return speech(
        t.t(step.side === 'first' ? 'workout.where.setSide' : 'workout.where.set', {
          ...context,
          number: step.exerciseNumber,
          count: step.exerciseCount,
          exercise: exerciseName(catalogue, step.exerciseId),
          set: step.set,
          sets: step.sets,
        }),
        shortCue(catalogue, step.exerciseId),
      );
    case 'interval':
      return speech(t.t('workout.where.round', { ...context, round: step.round, rounds: step.rounds }), shortCue(catalogue, step.exerciseId));
    default: {
      const left = blockLeft(step);
      const where = left > 0 ? t.t('workout.where.block', { ...context, block: blockName(t, step), left: timeToGo(t, left) }) : t.t('workout.where.blockDone', { ...context, block: blockName(t, step) });
      return speech(where, step.kind === 'steady' ? shortCue(catalogue, step.exerciseId) : undefined);
    }
  }
}

/** "About 25 minutes". */
function minutesOf(t: Translator, seconds: number): string {
  const count = Math.round(seconds / 60);
  return count === 0 ? t.t('workout.summary.underAMinute') : t.t('workout.summary.minutes', { count });
}

/** What was done, in a sentence: "All 5 exercises, 10 sets, about 30 minutes." or "1 of 10 rounds, about 3 minutes." */
export function speakSummary(t: Translator, summary: WorkoutSummary): string {
  const minutes = minutesOf(t, summary.seconds);
  switch (summary.kind) {
    case 'strength': {
      // Sets of how many, said whenever some are left: half of them is what counts the session.
      const sets = summary.complete
        ? t.t('workout.summary.sets', { count: summary.sets.done })
        : t.t('workout.summary.setsOf', { done: summary.sets.done, count: summary.sets.of });
      return summary.complete
        ? t.t('workout.summary.strengthAll', { sets, minutes })
        : t.t('workout.summary.strength', { done: summary.exercises.done, count: summary.exercises.of, sets, minutes });
    }
    case 'hiit':
      return t.t(summary.complete ? 'workout.summary.hiitAll' : 'workout.summary.hiit', { done: summary.rounds.done, count: summary.rounds.of, minutes });
    case 'cardio':
      return t.t(summary.complete ? 'workout.summary.cardioAll' : 'workout.summary.cardio', { minutes });
    case 'rest':
      return t.t(summary.complete ? 'workout.summary.restAll' : 'workout.summary.rest', { done: summary.exercises.done, count: summary.exercises.of, minutes });
  }
}

/** The workout is over: a well-done for a full session, a plain "that's the end" for one partly done. */
export function speakFinished(t: Translator, workout: Workout, summary: WorkoutSummary): Speech {
  const opening = summary.countsAsSession ? t.t(`workout.finished.${workout.kind}`) : t.t('workout.finished.partly', { name: workoutName(t, workout) });
  return speech(opening, speakSummary(t, summary));
}
