import type { RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isIntent } from '../conversation/requests';
import { type Turn, beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';

export function tellHelp(turn: Turn): Response {
  const { t } = turn;
  return turn.reply({ speech: speech(t.t('help.body'), t.t('help.question')), reprompt: speech(t.t('help.reprompt')) });
}

export function helpHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
    handle: (input) => tellHelp(beginTurn(input, deps)),
  };
}
