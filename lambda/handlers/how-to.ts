import type { Response } from 'ask-sdk-model';
import { answerableTopics, findExercise, findTeachable } from '../content/catalogue';
import type { Exercise } from '../content/types';
import { namedExercises, namedWithin, reportedConcern } from '../content/named';
import { howToOf, workoutOf } from '../conversation/mode';
import { resolvedSlot, saidGoWords, screenEvent, slotValue } from '../conversation/requests';
import type { Turn } from '../conversation/turn';
import { wholeNumberOf } from '../domain/duration';
import { speech } from '../speech/ssml';
import {
  askWhichExercise,
  currentHowTo,
  endHowTo,
  holdHowTo,
  askedForNextStep,
  isHowToOver,
  moveInHowTo,
  nothingToMoveOn,
  offerSidePlank,
  startHowTo,
  tellAllSteps,
  tellHowToDose,
  tellExerciseList,
  tellMoreAbout,
  tellStepNumber,
  tellUnknownExercise,
} from '../replies/how-to';
import { tellDoseOf, tellHowItWorks, tellTopicById } from '../replies/knowledge';
import { answerConcern, currentWorkoutExercise, nextWithNothingUnderWay, nextWorkoutExercise, pickUpOr, resumeWorkout, startOverOutside, lastWorkoutExercise, tellCurrentExercise, workoutExerciseIds } from '../replies/workout';
import { route, said, saidGo, saidNext } from './route';

const inHowTo = (turn: Turn) => howToOf(turn.mode) !== undefined;

/** "Next", "ok done", "what's the next step", "and then", and "okay, keep going" after a hold: the next step of the how-to. */
export const howToNext = route(
  (turn) => inHowTo(turn) && (saidNext(turn, screenEvent(turn.input)) || said(turn, 'WhatsNextIntent', 'AMAZON.ResumeIntent')),
  // Past the wrap-up of a how-to asked mid-workout ("say next to carry on with your workout"): back to the workout.
  (turn) => (isHowToOver(turn) && workoutOf(turn.mode) ? resumeWorkout(turn) : moveInHowTo(turn, 'next')),
);
/**
 * "Let's go", "I'm ready, let's go" to "Ready for step 2?" in a how-to of its own: the next step (it used to start
 * today's workout). "Start my workout", a kind or a day named is a request of its own: the workout starts (found by a
 * helper trying the console: "start my workout" read step 2, then step 3).
 */
export const howToGoOn = route(
  (turn) =>
    turn.mode.kind === 'howTo' &&
    askedForNextStep(turn) &&
    saidGo(turn) &&
    saidGoWords(turn.input),
  (turn) => moveInHowTo(turn, 'next'),
);
export const howToBack = route((turn) => inHowTo(turn) && said(turn, 'AMAZON.PreviousIntent'), (turn) => moveInHowTo(turn, 'previous'));
export const howToRepeat = route(
  (turn) => inHowTo(turn) && (screenEvent(turn.input) === 'repeat' || said(turn, 'AMAZON.RepeatIntent')),
  (turn) => moveInHowTo(turn, 'repeat'),
);
export const howToStartOver = route((turn) => inHowTo(turn) && said(turn, 'AMAZON.StartOverIntent'), (turn) => moveInHowTo(turn, 'startOver'));
/** "Wait", "hang on": the how-to holds its place. */
export const howToHold = route((turn) => inHowTo(turn) && said(turn, 'AMAZON.PauseIntent'), holdHowTo);
/**
 * "I'm done" or "skip this one" while a move is taught (a workout's own how-to is the workout's to end or skip): tried
 * as a user, it was told no workout was running and offered one, so a "yes" meant as "log it" started a workout.
 */
export const howToEnd = route((turn) => inHowTo(turn) && said(turn, 'EndWorkoutIntent', 'SkipExerciseIntent'), endHowTo);
/** "How many reps of hip thrusts should I do", anywhere: that exercise's dose at the user's level. */
export const doseAsked = route(
  (turn) => said(turn, 'HowManyLeftIntent') && resolvedSlot(turn.input, 'exercise').status !== 'empty',
  (turn) => {
    const slot = resolvedSlot(turn.input, 'exercise');
    // "How many reps of those bridge things": what it names; a move the skill does not know, said so.
    if (slot.status === 'no-match') return teachWhatIsNamed(turn, slot.spoken, (exercise) => tellDoseOf(turn, exercise, slot.spoken));
    const exercise = slot.status === 'match' ? findExercise(turn.catalogue, slot.id) : undefined;
    return exercise ? tellDoseOf(turn, exercise, slotValue(turn.input, 'exercise')) : tellUnknownExercise(turn, 'unknown');
  },
);
/** "How many reps?" after "Want to hear how to do Romanian deadlifts?": the dose of the move offered. */
export const doseOfOffered = route(
  (turn) => said(turn, 'HowManyLeftIntent') && turn.offer?.kind === 'howTo' && turn.mode.kind === 'idle',
  (turn) => {
    const exercise = turn.offer?.kind === 'howTo' ? findTeachable(turn.catalogue, turn.offer.exerciseId) : undefined;
    return exercise ? tellDoseOf(turn, exercise) : tellUnknownExercise(turn, 'nothing');
  },
);
/** "How many reps?" while a move is taught: its dose at the user's level. */
export const howToDose = route((turn) => inHowTo(turn) && said(turn, 'HowManyLeftIntent'), tellHowToDose);
/** "Tell me more" about the exercise being taught. */
export const howToMore = route(
  (turn) => inHowTo(turn) && said(turn, 'AMAZON.MoreIntent') && currentHowTo(turn) !== undefined,
  (turn) => tellMoreAbout(turn, currentHowTo(turn)!.exercise),
);

/**
 * An exercise slot that took more than a name: "a plank when my back hurts" gets the safe answer, "the bent over row
 * thing" teaches rows, "a calorie deficit" answers the topic; nothing named is an exercise the skill does not know.
 */
export async function teachWhatIsNamed(turn: Turn, spoken: string, teach: (exercise: Exercise) => Response | Promise<Response>): Promise<Response> {
  // "How do I do it", "how do I do those": the move being taught, else the workout's move under way, else the move just
  // offered (found by a helper trying the console, December 5: "I don't know that one yet", mid-workout and after "what
  // are good mornings").
  if (MOVE_POINTED_AT.test(spoken.trim())) {
    // What is asked of it goes with it: "how many reps of these" is the dose, "how do I do it" the steps (found in review:
    // mid-workout, both read the steps).
    // Mid-workout, the steps are the workout's own short ones, never a lesson of their own (found in review).
    const taught = currentHowTo(turn)?.exercise ?? (workoutOf(turn.mode) && said(turn, 'HowManyLeftIntent') ? currentWorkoutExercise(turn) : undefined);
    if (taught) return teach(taught);
    if (workoutOf(turn.mode)) return tellCurrentExercise(turn);
    const offered = turn.offer?.kind === 'howTo' ? findTeachable(turn.catalogue, turn.offer.exerciseId) : undefined;
    return offered ? teach(offered) : tellUnknownExercise(turn, 'nothing');
  }
  const reported = reportedConcern(turn.catalogue, spoken);
  if (reported) return answerConcern(turn, reported.id, 'toTrain');
  const exercise = findExercise(turn.catalogue, namedWithin(namedExercises(turn.catalogue), spoken)?.id);
  if (exercise) return teach(exercise);
  // "How do I do the second one", "teach me the last exercise", after the day's moves were read out: that move of
  // today's plan (found by a helper trying the console: "I don't know that one yet").
  // Mid-workout, "how do I do the next exercise": the move after the one under way (found trying the console as a user:
  // it told what was next, set 2 of the deadlifts); the second one, or the last, of the workout under way.
  if (NEXT_MOVE.test(spoken.trim()) && workoutOf(turn.mode)) {
    const next = nextWorkoutExercise(turn);
    return next ? teach(next) : tellCurrentExercise(turn);
  }
  const ordinal = ORDINAL_MOVE.exec(spoken.trim())?.[1]?.toLowerCase();
  // Mid-workout, "the last one" is the one just done, never the workout's final move (found in review).
  const justDone = ordinal === 'last' ? lastWorkoutExercise(turn) : undefined;
  if (justDone) return teach(justDone);
  if (ordinal !== undefined) {
    const exerciseIds = workoutExerciseIds(turn) ?? turn.planOn(await turn.today()).exerciseIds;
    const at = ordinal === 'last' ? exerciseIds.length - 1 : ORDINALS.indexOf(ordinal) % 5;
    const named = findExercise(turn.catalogue, exerciseIds[at]);
    if (named) return teach(named);
  }
  const topic = namedWithin(answerableTopics(turn.catalogue), spoken);
  return topic ? tellTopicById(turn, topic.id) : tellUnknownExercise(turn, 'unknown');
}

/** A plank named alone, not the side plank the catalogue teaches: "a plank", "planks", "प्लैंक". */
const FRONT_PLANK = /^(?:a |the |an? )?(?:front |forearm |normal |regular |basic |simple )?(?:planks?|प्लैंक|प्लांक)(?: properly| correctly| exercise| pose)?$/iu;

/** The move after the one under way: "the next one", "next exercise", "agla wala". */
export const NEXT_MOVE = /^(?:the )?(?:next|agla|agli|अगला|अगली)(?: one| exercise| move| wala| wali| वाला| वाली)?$/iu;

/** A move pointed at, not named: "it", "those", "that one", "this exercise". */
const MOVE_POINTED_AT = /^(?:it|that|this|those|these|them|(?:that|this) (?:one|move|exercise)|(?:those|these) (?:ones|moves|exercises))$/i;

/** A move named by its place in the day's list ("the second one", "the last exercise", "what was the 3rd"). */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', '1st', '2nd', '3rd', '4th', '5th'];
export const ORDINAL_MOVE = new RegExp(`^(?:(?:what|which) (?:was|is|were) )?(?:the |my )?(${ORDINALS.join('|')}|last)(?: one| exercise| move)?$`, 'i');

/** "Good morning" as a greeting: the move's name said bare, no article and not plural. */
const GREETING = /^\s*good morning\s*$/i;

export const exerciseHowTo = route(
  (turn) => said(turn, 'ExerciseHowToIntent'),
  (turn) => {
    const slot = resolvedSlot(turn.input, 'exercise');
    // "How do I do a plank", "plank kaise karna hai": the side plank offered, outside a workout.
    const plank = slot.status === 'no-match' && FRONT_PLANK.test(slot.spoken.trim()) && !workoutOf(turn.mode) ? offerSidePlank(turn) : undefined;
    if (plank) return plank;
    if (slot.status === 'no-match') return teachWhatIsNamed(turn, slot.spoken, (exercise) => startHowTo(turn, exercise, slot.spoken));
    // "Good morning", said alone with nothing under way or asked: a greeting back, and the exercise offered, as the slot
    // cannot tell it from "how do I do good morning" (found by a helper trying the console in Indian English: the lesson
    // began). "A good morning" or "good mornings" teach it at once.
    if (slot.status === 'match' && slot.id === 'good-morning' && GREETING.test(slotValue(turn.input, 'exercise') ?? '') && turn.mode.kind === 'idle' && turn.offer === undefined) {
      return turn.reply({ speech: speech(turn.t.t('greeting.morning')), reprompt: speech(turn.t.t('greeting.morning.reprompt')), offer: { kind: 'howTo', exerciseId: slot.id } });
    }
    const exercise = slot.status === 'match' ? findExercise(turn.catalogue, slot.id) : undefined;
    return exercise ? startHowTo(turn, exercise, slotValue(turn.input, 'exercise')) : tellUnknownExercise(turn, slot.status === 'empty' ? 'nothing' : 'unknown');
  },
);

/** "What was step 3", "go back to step 2": in a how-to, that step; mid-workout, the move under way from its first. */
export const stepNumber = route(
  (turn) => said(turn, 'StepNumberIntent'),
  (turn) => {
    const current = currentHowTo(turn);
    if (current) return tellStepNumber(turn, current.exercise, wholeNumberOf(slotValue(turn.input, 'step') ?? slotValue(turn.input, 'ordinal')));
    return workoutOf(turn.mode) ? tellCurrentExercise(turn) : askWhichExercise(turn);
  },
);

/** "Read me all the steps" or "how do I do this one?", for the exercise named or the one being taught. */
export const allSteps = route(
  (turn) => said(turn, 'AllStepsIntent', 'HowToCurrentIntent'),
  async (turn) => {
    // "Show me how", to "I can log the superman, or show you how to do it": taught (found in review: how it all works).
    const toTeach = turn.offer?.kind === 'confirmLog' && turn.offer.log.teach !== undefined ? findTeachable(turn.catalogue, turn.offer.log.teach) : undefined;
    if (toTeach) return startHowTo(turn, toTeach);
    const slot = resolvedSlot(turn.input, 'exercise');
    if (slot.status === 'no-match') return teachWhatIsNamed(turn, slot.spoken, (exercise) => tellAllSteps(turn, exercise, 0, slot.spoken));
    if (slot.status === 'match') {
      const exercise = findExercise(turn.catalogue, slot.id);
      return exercise ? tellAllSteps(turn, exercise, 0, slotValue(turn.input, 'exercise')) : askWhichExercise(turn);
    }
    // After "Want to hear how to do the hip thrust?", "this one" is the move offered, as "yes" would be, even with
    // another move's how-to still open (found in review, December 4: it was the intro to the coaching, or the other
    // move). A workout under way keeps its own move.
    const offered = turn.offer?.kind === 'howTo' && !workoutOf(turn.mode) ? findTeachable(turn.catalogue, turn.offer.exerciseId) : undefined;
    if (offered) return said(turn, 'HowToCurrentIntent') ? startHowTo(turn, offered) : tellAllSteps(turn, offered);
    const current = currentHowTo(turn)?.exercise;
    if (current) return tellAllSteps(turn, current);
    // After "Today is a HIIT day… want to start now?", "how do I do this one" is that workout: HIIT or cardio taught, and
    // on a strength day, which of its moves (found by a helper trying the console: how fat loss works).
    if (said(turn, 'HowToCurrentIntent') && !workoutOf(turn.mode) && turn.offer?.kind === 'startWorkout') {
      const kind = turn.offer.instead ?? turn.planOn(await turn.today()).kind;
      const workout = kind === 'hiit' || kind === 'cardio' ? findTeachable(turn.catalogue, kind) : undefined;
      return workout ? startHowTo(turn, workout) : askWhichExercise(turn);
    }
    // "How does this work?" with nothing under way asks about the skill (found in a blind batch, December 4: it was
    // asked which exercise to read all the steps for). A paused workout's move is the one asked about.
    if (said(turn, 'HowToCurrentIntent')) return workoutOf(turn.mode) ? tellCurrentExercise(turn) : tellHowItWorks(turn);
    return askWhichExercise(turn);
  },
);

export const exerciseList = route((turn) => said(turn, 'ExerciseListIntent'), tellExerciseList);

/**
 * "Next", "back" or "start over" with nothing under way: "next" picks up a workout saved earlier today, and "start
 * over" starts one again from the top.
 */
export const moveOutside = route(
  (turn) => said(turn, 'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent', 'AMAZON.MoreIntent'),
  (turn) => {
    if (said(turn, 'AMAZON.StartOverIntent')) return startOverOutside(turn);
    return said(turn, 'AMAZON.NextIntent') ? pickUpOr(turn, nextWithNothingUnderWay) : nothingToMoveOn(turn, said(turn, 'AMAZON.PreviousIntent'));
  },
);
