import type { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../conversation/requests';
import { beginTurn } from '../conversation/turn';
import type { SkillDependencies } from '../dependencies';
import { speech } from '../speech/ssml';

/** The article's opening: why you can't spot-reduce, and what does work. */
export function howItWorksHandler(deps: SkillDependencies): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'HowItWorksIntent'),
    handle(input) {
      const turn = beginTurn(input, deps);
      const { t, catalogue } = turn;
      const said = speech(t.t('intro.lead'), ...catalogue.whyItWorks, t.t('tips.offer.plan'));
      return turn.reply({ speech: said, reprompt: speech(t.t('tips.offer.plan')), offer: { kind: 'plan' }, health: true });
    },
  };
}
