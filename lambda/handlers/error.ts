import type { ErrorHandler } from 'ask-sdk-core';
import { requestType } from '../conversation/requests';
import type { SkillDependencies } from '../dependencies';
import { translator } from '../i18n/translator';
import { speech } from '../speech/ssml';

/**
 * Anything unexpected in a conversation: log it (never who asked), apologise kindly, keep the door open.
 * A skill event that fails is left to fail, so Alexa can deliver it again.
 */
export function errorHandler(deps: SkillDependencies): ErrorHandler {
  return {
    canHandle: (input) => !requestType(input)?.startsWith('AlexaSkillEvent.'),
    handle(input, error) {
      deps.log.error('request failed', { requestType: requestType(input), error: error.name, detail: error.message });
      const t = translator(typeof input.requestEnvelope?.request?.locale === 'string' ? input.requestEnvelope.request.locale : undefined, deps.rng);
      return input.responseBuilder
        .speak(speech(t.t('error')).toSsml())
        .reprompt(speech(t.t('error.reprompt')).toSsml())
        .withShouldEndSession(false)
        .getResponse();
    },
  };
}
