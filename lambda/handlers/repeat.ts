import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { Speech, speech } from '../speech/ssml';
import { tellHelp } from './help';

/** "Repeat" outside a how-to says the last answer again, question and all. */
export function repeatHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { last, offer, lastLog } = turn.state;
      if (!last) return tellHelp(turn);
      return turn.reply({
        speech: Speech.replay(last.speech),
        reprompt: last.reprompt ? Speech.replay(last.reprompt) : speech(turn.t.t('anythingElse.reprompt')),
        ...(offer && { offer }),
        ...(lastLog && { lastLog }),
      });
    },
  };
}

/** "Next" or "go back" with nothing under way. */
export function stepOutsideHowToHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.NextIntent', 'AMAZON.PreviousIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      return turn.reply({ speech: speech(t.t('exercise.nextOutside'), t.t('howTo.whichOne')), reprompt: speech(t.t('howTo.whichOne.reprompt')) });
    },
  };
}
