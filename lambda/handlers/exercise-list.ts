import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../conversation/requests';
import { type Turn, beginTurn } from '../conversation/turn';
import type { Exercise } from '../content/types';
import type { SkillDependencies } from '../dependencies';
import { capitalise, speech } from '../speech/ssml';
import { exerciseNames } from './exercise-how-to';

function countOf(turn: Turn, category: Exercise['category']): number {
  return turn.catalogue.exercises.filter((exercise) => exercise.category === category).length;
}

export function exerciseListHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ExerciseListIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      return turn.reply({
        speech: speech(
          t.t('exercise.list', {
            strengthCount: countOf(turn, 'strength'),
            strength: exerciseNames(turn, 'strength'),
            burnerCount: countOf(turn, 'calorie-burner'),
            burners: exerciseNames(turn, 'calorie-burner'),
          }),
          t.t('howTo.whichOne'),
        ),
        reprompt: speech(t.t('howTo.whichOne.reprompt')),
      });
    },
  };
}

/** HIIT, cardio and walking: the whole-body calorie burn that actually takes fat off. */
export function calorieBurnersHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'CalorieBurnersIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t, catalogue } = turn;
      const burners = catalogue.exercises.filter((e) => e.category === 'calorie-burner');
      const said = speech(t.t('burners.intro', { count: burners.length }))
        .say(...burners.map((e) => t.t('burners.item', { name: capitalise(e.name), pitch: e.pitch ?? e.summary })))
        .say(t.t('burners.question'));
      return turn.reply({ speech: said, reprompt: speech(t.t('howTo.whichOne.reprompt')), health: true });
    },
  };
}
