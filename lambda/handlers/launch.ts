import type { RequestHandler } from 'ask-sdk-core';
import { isRequest } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';

export function launchHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isRequest(input, 'LaunchRequest'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      return turn.reply({
        lead: speech(t.t('launch.welcome')),
        speech: speech(t.t('launch.pitch'), t.t('launch.question')),
        reprompt: speech(t.t('launch.reprompt')),
        health: true,
      });
    },
  };
}
