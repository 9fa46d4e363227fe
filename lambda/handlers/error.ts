import type { ErrorHandler } from 'ask-sdk-core';
import { requestType } from '../conversation/requests';
import type { SkillDependencies } from '../dependencies';
import { translator } from '../i18n/translator';
import { speech } from '../speech/ssml';

/** Anything unexpected: log it (never who asked), apologise kindly, keep the door open. */
export function errorHandler(deps: SkillDependencies): ErrorHandler {
  return {
    canHandle: () => true,
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
