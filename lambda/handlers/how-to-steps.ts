import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { findExercise } from '../content/catalogue';
import type { Exercise } from '../content/types';
import { intentName, isIntent, isYesWithNothingOffered, resolvedSlot } from '../conversation/requests';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';
import { tellAllSteps, tellStep, tellUnknownExercise, wrapUpPosition } from './exercise-how-to';
import { screenEvent } from './guided-workout';

/** The exercise and step the user is on, when a how-to is under way. */
function currentHowTo(turn: Turn): { exercise: Exercise; step: number } | undefined {
  const position = turn.state.howTo;
  const exercise = findExercise(turn.catalogue, position?.exerciseId);
  return position && exercise ? { exercise, step: Math.min(position.step, wrapUpPosition(exercise)) } : undefined;
}

export function inHowTo(input: HandlerInput, deps: SkillDependencies): boolean {
  return currentHowTo(beginTurn(input, deps)) !== undefined;
}


/** "next", "previous" and "repeat" while walking through an exercise's steps. */
export function howToNavigationHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) =>
      (isIntent(input, 'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent') || isYesWithNothingOffered(input, beginTurn(input, deps).state.offer) || screenEvent(input) !== undefined) &&
      inHowTo(input, deps),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const { exercise, step } = currentHowTo(turn)!;
      switch (screenEvent(input) ?? intentName(input)) {
        case 'next':
        case 'AMAZON.YesIntent':
        case 'AMAZON.NextIntent':
          if (step === wrapUpPosition(exercise)) {
            return turn.reply({
              speech: speech(t.t('howTo.lastAlready', { name: exercise.name }), t.t('howTo.offerAnother')),
              reprompt: speech(t.t('howTo.offerAnother')),
              howTo: { exerciseId: exercise.id, step },
              offer: { kind: 'pickExercise' },
            });
          }
          return tellStep(turn, exercise, step + 1);
        case 'AMAZON.PreviousIntent':
          return tellStep(turn, exercise, step - 1, step === 0 ? t.t('howTo.firstAlready') : undefined);
        default:
          return tellStep(turn, exercise, step);
      }
    },
  };
}

/** "read me all the steps" or "how do I do this one?", for the exercise named or the one under way. */
export function allStepsHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AllStepsIntent', 'HowToCurrentIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const slot = resolvedSlot(input, 'exercise');
      if (slot.status === 'no-match') return tellUnknownExercise(turn, 'unknown');
      const exercise = slot.status === 'match' ? findExercise(turn.catalogue, slot.id) : currentHowTo(turn)?.exercise;
      if (exercise) return tellAllSteps(turn, exercise);
      const { t } = turn;
      return turn.reply({ speech: speech(t.t('howTo.noExercise')), reprompt: speech(t.t('howTo.whichOne.reprompt')) });
    },
  };
}
