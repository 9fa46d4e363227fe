import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';
import { exerciseNames } from './exercise-how-to';

export function exerciseListHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'ExerciseListIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      return turn.reply({
        speech: speech(t.t('exercise.list', { strength: exerciseNames(turn, 'strength'), burners: exerciseNames(turn, 'calorie-burner') }), t.t('howTo.whichOne')),
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
      const said = speech(t.t('burners.intro'))
        .say(...burners.map((e) => t.t('burners.item', { name: e.name.charAt(0).toUpperCase() + e.name.slice(1), pitch: e.pitch ?? e.summary })))
        .say(t.t('burners.question'));
      return turn.reply({ speech: said, reprompt: speech(t.t('howTo.whichOne.reprompt')), health: true });
    },
  };
}
