import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { findExercise } from '../content/catalogue';
import type { Exercise } from '../content/types';
import { isIntent, resolvedSlot, slotValue } from '../conversation/requests';
import { type Reply, type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { howToDatasource } from '../apl/workout-document';
import { namedVariation } from '../domain/variation';
import { speakDoseForLevel } from '../speech/dose';
import { screenDirectives } from './screen';
import { speech } from '../speech/ssml';

/** The how-to card for the Alexa app: the whole method, to read at leisure. */
function howToCard(turn: Turn, exercise: Exercise) {
  const { t } = turn;
  const lines = [
    exercise.summary,
    speakDoseForLevel(t, exercise.dose[turn.level], turn.level),
    ...exercise.steps.map((text, index) => `${index + 1}. ${text}`),
    t.t('howTo.cues', { cues: exercise.cues.join(' ') }),
    t.t('howTo.caution', { caution: exercise.caution }),
  ];
  return { title: t.t('howTo.allIntro', { name: exercise.name }).replace(/\.$/, ''), text: lines.join('\n') };
}

/** Dose, cues and caution: what to carry into the set, once the steps are known. */
function wrapUp(turn: Turn, exercise: Exercise) {
  const { t } = turn;
  return speech(
    speakDoseForLevel(t, exercise.dose[turn.level], turn.level),
    t.t('howTo.cues', { cues: exercise.cues.join(' ') }),
    t.t('howTo.caution', { caution: exercise.caution }),
    t.t('howTo.done', { name: exercise.name }),
    t.t('howTo.offerAnother'),
  );
}

type OpenReply = Extract<Reply, { reprompt: unknown }>;

/** The position after the last step, where the wrap-up is read. */
export function wrapUpPosition(exercise: Exercise): number {
  return exercise.steps.length;
}

/** Step `step` (zero-based) of `exercise`, or the wrap-up after the last one. */
function stepReply(turn: Turn, exercise: Exercise, step: number, hint?: string): OpenReply {
  const { t } = turn;
  const index = Math.min(Math.max(step, 0), wrapUpPosition(exercise));
  const howTo = { exerciseId: exercise.id, step: index };
  if (index === wrapUpPosition(exercise)) {
    return { speech: wrapUp(turn, exercise), reprompt: speech(t.t('howTo.offerAnother')), howTo, offer: { kind: 'pickExercise' }, health: true };
  }
  const text = exercise.steps[index] ?? '';
  const isLast = index === exercise.steps.length - 1;
  const said = isLast
    ? t.t('howTo.lastStep', { number: index + 1, text })
    : index === 0
      ? t.t('howTo.firstStep', { count: exercise.steps.length, text })
      : t.t('howTo.step', { number: index + 1, text });
  const question = isLast ? t.t('howTo.cuesPrompt') : t.t('howTo.nextPrompt', { number: index + 2 });
  const reprompt = isLast ? t.t('howTo.cuesReprompt') : t.t('howTo.nextReprompt', { number: index + 2 });
  return { speech: speech(said, hint, question), reprompt: speech(reprompt), howTo, health: true };
}

export function tellStep(turn: Turn, exercise: Exercise, step: number, prefix?: string): Response {
  const reply = stepReply(turn, exercise, step);
  return turn.reply(prefix ? { ...reply, speech: speech(prefix).append(reply.speech) } : reply);
}

/**
 * A one-line summary, then the first step; "next" walks on from there to the wrap-up. When the user named a variation
 * ("Romanian deadlifts"), that variation is what they hear about instead of the summary.
 */
export function startHowTo(turn: Turn, exercise: Exercise, said?: string): Response {
  const { t } = turn;
  const intro = speech(t.t('howTo.intro', { name: exercise.name }), namedVariation(exercise, said) ?? exercise.summary);
  const first = stepReply(turn, exercise, 0, t.t('howTo.navigation'));
  return turn.reply({
    ...first,
    speech: intro.append(first.speech),
    card: howToCard(turn, exercise),
    directives: screenDirectives(turn, howToDatasource(t, exercise, turn.level)),
  });
}

/** Everything at once, when the user asks for all the steps; mid-workout, the workout then carries on. */
export function tellAllSteps(turn: Turn, exercise: Exercise, options: { duringWorkout?: boolean } = {}): Response {
  const { t } = turn;
  if (options.duringWorkout) {
    const carryOn = t.t('workout.carryOn');
    const said = speech(t.t('howTo.allIntro', { name: exercise.name }))
      .say(...exercise.steps.map((text, index) => t.t('howTo.step', { number: index + 1, text })))
      .say(t.t('howTo.cues', { cues: exercise.cues.join(' ') }), t.t('howTo.caution', { caution: exercise.caution }), carryOn);
    return turn.reply({ speech: said, reprompt: speech(carryOn), card: howToCard(turn, exercise), health: true });
  }
  const said = speech(t.t('howTo.allIntro', { name: exercise.name }))
    .say(...exercise.steps.map((text, index) => t.t('howTo.step', { number: index + 1, text })))
    .say(exercise.variations ? t.t('howTo.variations', { variations: exercise.variations.join(' ') }) : undefined)
    .append(wrapUp(turn, exercise));
  return turn.reply({
    speech: said,
    reprompt: speech(t.t('howTo.offerAnother')),
    howTo: { exerciseId: exercise.id, step: wrapUpPosition(exercise) },
    offer: { kind: 'pickExercise' },
    card: howToCard(turn, exercise),
    health: true,
  });
}

/** The exercises of a category, as a spoken list ("the superman, deadlifts, and good mornings"). */
export function exerciseNames(turn: Turn, category: Exercise['category']): string {
  return turn.t.list(turn.catalogue.exercises.filter((exercise) => exercise.category === category).map((exercise) => exercise.name));
}

/** "I don't know that one yet" (or "I didn't catch which exercise"), what it can teach, and a question. */
export function tellUnknownExercise(turn: Turn, heard: 'unknown' | 'nothing'): Response {
  const { t } = turn;
  const canTeach = t.t('exercise.canTeach', { strength: exerciseNames(turn, 'strength'), burners: exerciseNames(turn, 'calorie-burner') });
  return turn.reply({
    speech: speech(t.t(heard === 'unknown' ? 'exercise.unknown' : 'exercise.notCaught'), canTeach, t.t('howTo.whichOne')),
    reprompt: speech(t.t('howTo.whichOne.reprompt')),
  });
}

export function exerciseHowToHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ExerciseHowToIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const slot = resolvedSlot(input, 'exercise');
      const exercise = slot.status === 'match' ? findExercise(turn.catalogue, slot.id) : undefined;
      return exercise ? startHowTo(turn, exercise, slotValue(input, 'exercise')) : tellUnknownExercise(turn, slot.status === 'empty' ? 'nothing' : 'unknown');
    },
  };
}
