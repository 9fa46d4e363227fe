import type { RequestHandler } from 'ask-sdk-core';
import { findFaq } from '../content/catalogue';
import type { FaqId } from '../content/types';
import { forIntent } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';

/** Each FAQ is its own intent: people ask these questions in very different words. */
export const FAQ_INTENTS: Readonly<Record<string, FaqId>> = {
  StubbornFatIntent: 'stubborn',
  SpotReductionIntent: 'spot-reduction',
  FatCausesIntent: 'causes',
  CalorieDeficitIntent: 'calorie-deficit',
};

export function faqHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => forIntent(input, FAQ_INTENTS) !== undefined,
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t } = turn;
      const faq = findFaq(turn.catalogue, forIntent(input, FAQ_INTENTS) ?? 'spot-reduction');
      const followUp = t.t('faq.followUp');
      return turn.reply({ speech: speech(faq.answer, followUp), reprompt: speech(t.t('anythingElse.reprompt')), health: true });
    },
  };
}
