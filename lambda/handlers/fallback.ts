import type { RequestHandler } from 'ask-sdk-core';
import { isRequest } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';

/**
 * AMAZON.FallbackIntent, and any intent no other handler took (the catch-all, so it is registered last):
 * mid how-to it points back to the steps, otherwise to what the skill can do.
 */
export function fallbackHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isRequest(input, 'IntentRequest'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t, state } = turn;
      if (state.howTo) {
        return turn.reply({ speech: speech(t.t('fallback'), t.t('fallback.howTo')), reprompt: speech(t.t('fallback.howTo')), howTo: state.howTo });
      }
      return turn.reply({ speech: speech(t.t('fallback'), t.t('fallback.suggest')), reprompt: speech(t.t('fallback.suggest')) });
    },
  };
}

/** Requests the skill has no use for (events from interfaces it does not use): acknowledged with an empty response. */
export function unhandledRequestHandler(): RequestHandler {
  return {
    canHandle: () => true,
    handle: (input) => input.responseBuilder.getResponse(),
  };
}
