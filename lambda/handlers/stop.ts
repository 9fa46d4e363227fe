import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';

/** Stop, Cancel and NavigateHome all end the session with a short goodbye. */
export function stopHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      return turn.reply({ speech: speech(turn.t.t('goodbye')), end: true });
    },
  };
}
